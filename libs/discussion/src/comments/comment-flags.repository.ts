import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, type Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { findEachById } from '@app/database';
import { COMMENT_FLAG_MODEL, type CommentFlagRecord } from './comment.schema';
import { commentVoteId } from './comment-votes.repository';

/** A reason given for a flag, without who gave it or when. */
export type FlagReason = Pick<CommentFlagRecord, '_id' | 'commentId' | 'reason'>;

/** The only place that touches the comment_flags collection. */
@Injectable()
export class CommentFlagsRepository {
  constructor(@InjectModel(COMMENT_FLAG_MODEL) private readonly flags: Model<CommentFlagRecord>) {}

  /** False when this member flagged the comment before. */
  async insert(commentId: Types.ObjectId, userId: Types.ObjectId, reason: string): Promise<boolean> {
    return (
      (await unlessDuplicate(
        this.flags.create({ _id: commentVoteId(commentId, userId), commentId, userId, reason }),
      )) !== null
    );
  }

  /** A member's reports (a scan on FerretDB; once per account deletion). */
  ofMember(userId: Types.ObjectId): Promise<Pick<CommentFlagRecord, '_id' | 'commentId'>[]> {
    return this.flags
      .find({ userId }, { commentId: 1 })
      .lean<Pick<CommentFlagRecord, '_id' | 'commentId'>[]>()
      .exec();
  }

  /** Deleting by `_id` is atomic on FerretDB. */
  async delete(id: string): Promise<void> {
    await this.flags.deleteOne({ _id: id }).exec();
  }

  count(commentId: Types.ObjectId): Promise<number> {
    return this.flags.countDocuments({ commentId }).exec();
  }

  /** By `_id` one at a time (findEachById): the `myFlag` of a page of comments. */
  findByIds(ids: readonly string[]): Promise<CommentFlagRecord[]> {
    return findEachById(this.flags, ids);
  }

  /**
   * The flags on any of these comments, newest first, without who gave them: one query for a
   * page of the moderators' queue (on FerretDB it reads the collection once).
   */
  forComments(commentIds: readonly Types.ObjectId[]): Promise<FlagReason[]> {
    return this.flags
      .find({ commentId: trusted({ $in: [...commentIds] }) }, { commentId: 1, reason: 1 })
      .sort({ createdAt: -1, _id: -1 })
      .lean<FlagReason[]>()
      .exec();
  }
}
