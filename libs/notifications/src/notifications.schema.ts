import { Schema, type Types } from 'mongoose';

export const FOLLOW_MODEL = 'Follow';
export const NOTIFICATION_MODEL = 'Notification';

export const FOLLOW_TARGETS = ['PROPOSAL', 'LIST'] as const;
export type FollowTarget = (typeof FOLLOW_TARGETS)[number];

/**
 * Who follows what. `_id` is `<targetId>:<userId>`. An unfollow is kept (active: false) so that
 * voting again does not make the user follow again.
 */
export interface FollowRecord {
  _id: string;
  targetId: string;
  targetType: FollowTarget;
  userId: Types.ObjectId;
  active: boolean;
}

export const NOTIFICATION_TYPES = [
  'FOLLOW_UP_RECORDED',
  'LIST_PUBLISHED',
  'PROPOSAL_MERGED',
  'PROPOSAL_HIDDEN',
  'COMMENT_ADDED',
  'COMMENT_REPLY',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** One message for one user. */
export interface NotificationRecord {
  _id: Types.ObjectId;
  /**
   * `<eventId>:<userId>`, unique: a retried fan-out adds nothing twice. New comments are batched
   * instead: `comment:<targetId>:<hour>:<userId>`, one per target, hour and user.
   */
  key: string;
  userId: Types.ObjectId;
  type: NotificationType;
  targetType: FollowTarget;
  targetId: string;
  /** The slug of the list, for links. */
  targetSlug: string | null;
  /** What the message says, rendered in the reader's language. */
  params: Record<string, string | number>;
  createdAt: Date;
  readAt: Date | null;
  /** When it went out by mail, at once or in a digest; null: not (yet). */
  mailedAt: Date | null;
  /**
   * The day (yyyy-mm-dd, Europe/Amsterdam) whose digest dealt with it, mailed or not (the user's
   * choice for its kind was not DAILY then): each notification is considered by one digest only.
   */
  digestDay: string | null;
}

export const followSchema = new Schema<FollowRecord>(
  {
    _id: { type: String, required: true },
    targetId: { type: String, required: true },
    targetType: { type: String, enum: FOLLOW_TARGETS, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    active: { type: Boolean, required: true },
  },
  { collection: 'follows' },
);
// The fan-out reads the followers of a target.
followSchema.index({ targetId: 1, active: 1 });

export const notificationSchema = new Schema<NotificationRecord>(
  {
    key: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, enum: NOTIFICATION_TYPES, required: true },
    targetType: { type: String, enum: FOLLOW_TARGETS, required: true },
    targetId: { type: String, required: true },
    targetSlug: { type: String, default: null },
    params: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    mailedAt: { type: Date, default: null },
    digestDay: { type: String, default: null },
  },
  // Keep empty params: a message without parameters (a hidden suggestion's, to its followers).
  { collection: 'notifications', minimize: false },
);
// One notification per event and user.
notificationSchema.index({ key: 1 }, { unique: true });
// A user's inbox, newest first, and the unread count.
notificationSchema.index({ userId: 1, createdAt: -1, _id: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });
// The daily digest: what no digest has considered yet (a scan on FerretDB, once a day).
notificationSchema.index({ digestDay: 1, createdAt: 1 });
