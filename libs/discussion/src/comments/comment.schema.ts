import { Schema, type Types } from 'mongoose';

export const COMMENT_MODEL = 'Comment';
export const COMMENT_VOTE_MODEL = 'CommentVote';
export const COMMENT_FLAG_MODEL = 'CommentFlag';

export const COMMENT_ALIGNMENTS = ['IN_FAVOR', 'AGAINST', 'NEUTRAL'] as const;
export type CommentAlignment = (typeof COMMENT_ALIGNMENTS)[number];

export const COMMENT_STATUSES = ['PUBLISHED', 'HIDDEN', 'DELETED'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** What a comment is about: a suggestion, or an item of a published list. */
export const COMMENT_TARGET_TYPES = ['PROPOSAL', 'LIST_ITEM'] as const;
export type CommentTargetType = (typeof COMMENT_TARGET_TYPES)[number];

export interface CommentRecord {
  _id: Types.ObjectId;
  /** A suggestion's id (hex) or a list item's id. */
  targetId: string;
  targetType: CommentTargetType;
  /** The list an item belongs to (LIST_ITEM only): follows and links go to the list. */
  listId: Types.ObjectId | null;
  authorId: Types.ObjectId;
  /** Markdown as written; cleared (empty) once DELETED. */
  body: string;
  alignment: CommentAlignment;
  /** The thread's first comment; null for a comment that starts a thread. One level only. */
  parentId: Types.ObjectId | null;
  status: CommentStatus;
  /** Why it was hidden (moderator's reason, or the automatic hide). */
  statusReason: string | null;
  /** Cached counts (the comment_votes collection is the truth). */
  upvotes: number;
  downvotes: number;
  /** Published replies, cached (the comments collection is the truth). */
  replyCount: number;
  /** The BEST order's value, stored at write time (see docs/DISCUSSION.md). */
  bestScore: number;
  flagCount: number;
  /** Set when a moderator unhid it: flags no longer hide it automatically. */
  moderatorCleared: boolean;
  /** Hidden by its reports, waiting for a moderator (flaggedComments); cleared when one decides. */
  autoHidden: boolean;
  createdAt: Date;
  editedAt: Date | null;
}

export const commentSchema = new Schema<CommentRecord>(
  {
    targetId: { type: String, required: true },
    targetType: { type: String, enum: COMMENT_TARGET_TYPES, required: true },
    listId: { type: Schema.Types.ObjectId, default: null },
    authorId: { type: Schema.Types.ObjectId, required: true },
    body: { type: String, default: '' },
    alignment: { type: String, enum: COMMENT_ALIGNMENTS, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, enum: COMMENT_STATUSES, required: true },
    statusReason: { type: String, default: null },
    upvotes: { type: Number, default: 0 },
    downvotes: { type: Number, default: 0 },
    replyCount: { type: Number, default: 0 },
    bestScore: { type: Number, default: 0 },
    flagCount: { type: Number, default: 0 },
    moderatorCleared: { type: Boolean, default: false },
    autoHidden: { type: Boolean, default: false },
    createdAt: { type: Date, required: true },
    editedAt: { type: Date, default: null },
  },
  { collection: 'comments' },
);
// flaggedComments, published reports not decided: status PUBLISHED, not cleared, most reports first.
commentSchema.index({ status: 1, moderatorCleared: 1, flagCount: -1, _id: -1 });
// flaggedComments, hidden by their reports: status HIDDEN, autoHidden, most reports first.
commentSchema.index({ status: 1, autoHidden: 1, flagCount: -1, _id: -1 });
// comments(targetId) and the recount of a target: every comment on one suggestion or list item.
commentSchema.index({ targetId: 1 });
// Comment.replies: the replies of the threads of a page.
commentSchema.index({ parentId: 1 });

/** One member's vote on a comment; `_id` is `<commentId>:<userId>`: one per member. */
export interface CommentVoteRecord {
  _id: string;
  commentId: Types.ObjectId;
  userId: Types.ObjectId;
  /** 1 up, -1 down. */
  value: 1 | -1;
}

export const commentVoteSchema = new Schema<CommentVoteRecord>(
  {
    _id: { type: String, required: true },
    commentId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    value: { type: Number, required: true },
  },
  { collection: 'comment_votes' },
);
// The recount of one comment's votes (its repair after a failed vote).
commentVoteSchema.index({ commentId: 1 });

/** A member's report of a comment; `_id` is `<commentId>:<userId>`: one flag per member. */
export interface CommentFlagRecord {
  _id: string;
  commentId: Types.ObjectId;
  userId: Types.ObjectId;
  reason: string;
  createdAt: Date;
}

export const commentFlagSchema = new Schema<CommentFlagRecord>(
  {
    _id: { type: String, required: true },
    commentId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
  },
  { collection: 'comment_flags', timestamps: { createdAt: true, updatedAt: false } },
);
// Counting one comment's flags, and their reasons newest first (flagReasons).
commentFlagSchema.index({ commentId: 1, createdAt: -1 });
