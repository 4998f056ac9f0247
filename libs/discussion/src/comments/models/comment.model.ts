import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { hasAnyRole, Role, type User } from '@app/accounts';
import type { CommentRecord } from '../comment.schema';

export enum CommentAlignmentEnum {
  IN_FAVOR = 'IN_FAVOR',
  AGAINST = 'AGAINST',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(CommentAlignmentEnum, {
  name: 'CommentAlignment',
  description: 'Where a comment stands on what it discusses.',
});

export enum CommentStatusEnum {
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
  DELETED = 'DELETED',
}
registerEnumType(CommentStatusEnum, { name: 'CommentStatus' });

export enum CommentSortEnum {
  BEST = 'BEST',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
}
registerEnumType(CommentSortEnum, {
  name: 'CommentSort',
  description:
    'BEST: the lower bound of the Wilson score interval (95 %) of the share of up votes among the votes, ties to the most replies, then the newest (docs/DISCUSSION.md).',
});

export enum CommentTargetTypeEnum {
  PROPOSAL = 'PROPOSAL',
  LIST_ITEM = 'LIST_ITEM',
}
registerEnumType(CommentTargetTypeEnum, { name: 'CommentTargetType' });

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'Markdown as written; render it safely (no raw HTML). Empty when DELETED, and for a HIDDEN comment to anyone but moderators, admins and its author.',
  })
  body!: string;

  @Field(() => CommentAlignmentEnum)
  alignment!: CommentAlignmentEnum;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to; null for a thread.' })
  parentId!: string | null;

  @Field(() => ID, { description: 'The suggestion or list item discussed.' })
  targetId!: string;

  @Field(() => CommentTargetTypeEnum)
  targetType!: CommentTargetTypeEnum;

  @Field(() => String, {
    nullable: true,
    description: "For a list item: the list's slug, for links (`/lijsten/<slug>`); null for a suggestion.",
  })
  listSlug!: string | null;

  @Field(() => Int, { description: 'Published replies.' })
  replyCount!: number;

  @Field(() => Int)
  upvotes!: number;

  @Field(() => Int)
  downvotes!: number;

  @Field(() => CommentStatusEnum)
  status!: CommentStatusEnum;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when its author may edit it (15 minutes after writing); null for others and after.',
  })
  editableUntil!: Date | null;

  record!: CommentRecord;
}

@ObjectType('CommentConnection')
export class CommentConnection extends ConnectionType(CommentModel, 'Comment') {}

/** How long after writing it the author may edit a comment. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

/**
 * Whether the viewer may read a hidden comment's text: moderators, admins and its author.
 * Admins pass every role check. Deleted comments have no text left for anyone.
 */
export function canReadHiddenComment(viewer: User | null, comment: CommentRecord): boolean {
  return (
    viewer !== null && (viewer._id.equals(comment.authorId) || hasAnyRole(viewer.roles, [Role.MODERATOR]))
  );
}

export function toCommentModel(
  record: CommentRecord,
  viewer: User | null,
  listSlug: string | null = null,
): CommentModel {
  const readable =
    record.status === 'PUBLISHED' || (record.status === 'HIDDEN' && canReadHiddenComment(viewer, record));
  const editableUntil = new Date(record.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);
  return {
    id: record._id.toHexString(),
    body: readable ? record.body : '',
    alignment: CommentAlignmentEnum[record.alignment],
    parentId: record.parentId?.toHexString() ?? null,
    targetId: record.targetId,
    targetType: CommentTargetTypeEnum[record.targetType],
    listSlug,
    replyCount: record.replyCount,
    upvotes: record.upvotes,
    downvotes: record.downvotes,
    status: CommentStatusEnum[record.status],
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    editableUntil:
      viewer !== null &&
      viewer._id.equals(record.authorId) &&
      record.status === 'PUBLISHED' &&
      editableUntil.getTime() > Date.now()
        ? editableUntil
        : null,
    record,
  };
}
