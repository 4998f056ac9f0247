import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, type Language } from '@app/core';
import { notificationMessage } from '../messages';
import type { FollowTarget, NotificationRecord, NotificationType } from '../notifications.schema';

export enum NotificationTypeEnum {
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED',
  LIST_PUBLISHED = 'LIST_PUBLISHED',
  PROPOSAL_MERGED = 'PROPOSAL_MERGED',
  PROPOSAL_HIDDEN = 'PROPOSAL_HIDDEN',
  COMMENT_ADDED = 'COMMENT_ADDED',
  COMMENT_REPLY = 'COMMENT_REPLY',
}
registerEnumType(NotificationTypeEnum, { name: 'NotificationType' });

export enum FollowTargetEnum {
  PROPOSAL = 'PROPOSAL',
  LIST = 'LIST',
}
registerEnumType(FollowTargetEnum, { name: 'FollowTarget' });

const TYPES = {
  FOLLOW_UP_RECORDED: NotificationTypeEnum.FOLLOW_UP_RECORDED,
  LIST_PUBLISHED: NotificationTypeEnum.LIST_PUBLISHED,
  PROPOSAL_MERGED: NotificationTypeEnum.PROPOSAL_MERGED,
  PROPOSAL_HIDDEN: NotificationTypeEnum.PROPOSAL_HIDDEN,
  COMMENT_ADDED: NotificationTypeEnum.COMMENT_ADDED,
  COMMENT_REPLY: NotificationTypeEnum.COMMENT_REPLY,
} as const satisfies Record<NotificationType, NotificationTypeEnum>;

const TARGETS = {
  PROPOSAL: FollowTargetEnum.PROPOSAL,
  LIST: FollowTargetEnum.LIST,
} as const satisfies Record<FollowTarget, FollowTargetEnum>;

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationTypeEnum)
  type!: NotificationTypeEnum;

  @Field({ description: "In the request's language." })
  message!: string;

  @Field(() => FollowTargetEnum)
  targetType!: FollowTargetEnum;

  @Field(() => ID)
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'The slug of a list, for links.' })
  targetSlug!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

export function toNotificationModel(notification: NotificationRecord, language: Language): NotificationModel {
  return {
    id: notification._id.toHexString(),
    type: TYPES[notification.type],
    message: notificationMessage(notification, language),
    targetType: TARGETS[notification.targetType],
    targetId: notification.targetId,
    targetSlug: notification.targetSlug,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}
