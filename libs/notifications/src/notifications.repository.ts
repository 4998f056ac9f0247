import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, type QueryFilter, trusted, Types } from 'mongoose';
import { type CursorPosition, unlessDuplicate } from '@app/core';
import { findEachById, findNewestPage } from '@app/database';
import {
  FOLLOW_MODEL,
  type FollowRecord,
  type FollowTarget,
  NOTIFICATION_MODEL,
  type NotificationRecord,
} from './notifications.schema';

/**
 * A notification's id follows from its key, so a retried fan-out finds the one it stored by
 * `{_id}` (the only filter FerretDB answers without a scan).
 */
function idOfKey(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest().subarray(0, 12));
}

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectModel(FOLLOW_MODEL) private readonly follows: Model<FollowRecord>,
    @InjectModel(NOTIFICATION_MODEL) private readonly notifications: Model<NotificationRecord>,
  ) {}

  /** Starts following unless the user ever followed or unfollowed this target. */
  async followIfNew(targetId: string, targetType: FollowTarget, userId: Types.ObjectId): Promise<void> {
    const follow: FollowRecord = {
      _id: `${targetId}:${userId.toHexString()}`,
      targetId,
      targetType,
      userId,
      active: true,
    };
    // Lean (no mongoose document): every vote comes through here.
    await unlessDuplicate(this.follows.insertMany([follow], { lean: true }));
  }

  async setFollowing(
    targetId: string,
    targetType: FollowTarget,
    userId: Types.ObjectId,
    active: boolean,
  ): Promise<void> {
    await this.follows
      .updateOne(
        { _id: `${targetId}:${userId.toHexString()}` },
        { $set: { active }, $setOnInsert: { targetId, targetType, userId } },
        { upsert: true },
      )
      .exec();
  }

  /** Served by the _id index: the follow document's id is `<targetId>:<userId>`. */
  async isFollowing(targetId: string, userId: Types.ObjectId): Promise<boolean> {
    const follow = await this.follows
      .findById(`${targetId}:${userId.toHexString()}`, { active: 1 })
      .lean<Pick<FollowRecord, 'active'>>()
      .exec();
    return follow?.active === true;
  }

  /**
   * The user's active follows, newest target first (ids are ObjectIds, which begin with their
   * creation time). One query: FerretDB scans the follows once, where a page per query would
   * scan it once per page.
   */
  async activeFollowsOf(userId: Types.ObjectId): Promise<FollowRecord[]> {
    const follows = await this.follows.find({ userId, active: true }).lean<FollowRecord[]>().exec();
    return follows.sort((a, b) => b.targetId.localeCompare(a.targetId));
  }

  async followers(targetIds: readonly string[]): Promise<Types.ObjectId[]> {
    const follows = await this.follows
      .find({ targetId: trusted({ $in: [...targetIds] }), active: true }, { userId: 1 })
      .lean<Pick<FollowRecord, 'userId'>[]>()
      .exec();
    return follows.map((follow) => follow.userId);
  }

  /** Null when the notification exists (a retried fan-out). */
  async insert(notification: Omit<NotificationRecord, '_id'>): Promise<NotificationRecord | null> {
    const created = await unlessDuplicate(
      this.notifications.create({ ...notification, _id: idOfKey(notification.key) }),
    );
    return created?.toObject() ?? null;
  }

  /** The notification stored under `key` (since keys decided ids; older ones are not found). */
  findByKey(key: string): Promise<NotificationRecord | null> {
    return this.notifications.findById(idOfKey(key)).lean<NotificationRecord>().exec();
  }

  async markMailed(id: Types.ObjectId, mailedAt: Date): Promise<void> {
    await this.notifications.updateOne({ _id: id }, { $set: { mailedAt } }).exec();
  }

  /** Every notification created before `before` that no digest has considered yet. */
  undigested(before: Date): Promise<NotificationRecord[]> {
    return this.notifications
      .find({ digestDay: null, createdAt: trusted({ $lt: before }) })
      .sort({ userId: 1, createdAt: 1, _id: 1 })
      .lean<NotificationRecord[]>()
      .exec();
  }

  /** Written by `_id` one at a time (see markRead); `mailedAt` for those the digest mailed. */
  async markDigested(
    ids: readonly Types.ObjectId[],
    digestDay: string,
    mailedAt: Date | null,
  ): Promise<void> {
    const set = mailedAt === null ? { digestDay } : { digestDay, mailedAt };
    await Promise.all(ids.map((id) => this.notifications.updateOne({ _id: id }, { $set: set }).exec()));
  }

  async page(
    userId: Types.ObjectId,
    unreadOnly: boolean,
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ notifications: NotificationRecord[]; totalCount: number }> {
    const filter: QueryFilter<NotificationRecord> = unreadOnly ? { userId, readAt: null } : { userId };
    const { items, totalCount } = await findNewestPage(this.notifications, filter, 'createdAt', after, limit);
    return { notifications: items, totalCount };
  }

  countUnread(userId: Types.ObjectId): Promise<number> {
    return this.notifications.countDocuments({ userId, readAt: null }).exec();
  }

  /**
   * Read through findEachById and written by `_id` one at a time: FerretDB scans the whole
   * collection for any filter but `{ _id: value }`.
   */
  async markRead(userId: Types.ObjectId, ids: readonly Types.ObjectId[]): Promise<number> {
    const found = await findEachById<
      NotificationRecord,
      Pick<NotificationRecord, '_id' | 'userId' | 'readAt'>
    >(this.notifications, ids, { projection: { userId: 1, readAt: 1 } });
    const unread = found.filter(
      (notification) => notification.userId.equals(userId) && notification.readAt === null,
    );
    const readAt = new Date();
    const results = await Promise.all(
      unread.map((notification) =>
        this.notifications.updateOne({ _id: notification._id }, { $set: { readAt } }).exec(),
      ),
    );
    return results.reduce((changed, result) => changed + result.modifiedCount, 0);
  }
}
