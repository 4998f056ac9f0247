import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, Role, Roles, type User } from '@app/accounts';
import { type Connection, type Language, mapConnection, negotiateLanguage, RequestLanguage } from '@app/core';
import { LiveUpdates } from '@app/events';
import { NotificationConnection, NotificationModel, toNotificationModel } from './models/notification.model';
import type { NotificationRecord } from './notifications.schema';
import { NOTIFICATION_ADDED, NotificationsService } from './notifications.service';

interface SubscriptionContext {
  req: AuthenticatedRequest;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly live: LiveUpdates,
  ) {}

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, {
    description: 'Follow a suggestion or a list to be notified of what happens to it.',
  })
  async follow(
    @CurrentUser() user: User,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<boolean> {
    await this.notificationsService.follow(user, targetId, true);
    return true;
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean)
  async unfollow(
    @CurrentUser() user: User,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<boolean> {
    await this.notificationsService.follow(user, targetId, false);
    return true;
  }

  @Roles(Role.MEMBER)
  @Query(() => Boolean, {
    description: 'Whether you follow this suggestion or list (authors and voters follow automatically).',
  })
  following(
    @CurrentUser() user: User,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<boolean> {
    return this.notificationsService.isFollowing(user, targetId);
  }

  @Roles(Role.MEMBER)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @CurrentUser() user: User,
    @RequestLanguage() language: Language,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<Connection<NotificationModel>> {
    return mapConnection(
      await this.notificationsService.list(user, { first, after, unreadOnly }),
      (notification) => toNotificationModel(notification, language),
    );
  }

  @Roles(Role.MEMBER)
  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.notificationsService.unreadCount(user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Int, {
    description: 'Marks your notifications with these ids as read; returns how many changed.',
  })
  markNotificationsRead(
    @CurrentUser() user: User,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notificationsService.markRead(user, ids);
  }

  @Roles(Role.MEMBER)
  @Subscription(() => NotificationModel, {
    description:
      'Your new notifications, as they arrive (graphql-ws; send the access token as connectionParams.authorization).',
    filter: (payload: NotificationRecord, _: unknown, context: SubscriptionContext) =>
      context.req.user?._id.equals(payload.userId) === true,
    resolve: (payload: NotificationRecord, _: unknown, context: SubscriptionContext) =>
      toNotificationModel(payload, negotiateLanguage(context.req.headers['accept-language'])),
  })
  notificationAdded(): AsyncIterableIterator<NotificationRecord> {
    return this.live.asyncIterableIterator<NotificationRecord>(NOTIFICATION_ADDED);
  }
}
