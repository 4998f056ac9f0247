import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { findEachById } from '@app/database';
import { COMMENT_VOTE_MODEL, type CommentVoteRecord } from './comment.schema';

/** A member's vote (or flag) on a comment: `<commentId>:<userId>`, one per member. */
export function commentVoteId(commentId: Types.ObjectId | string, userId: Types.ObjectId | string): string {
  return `${commentId.toString()}:${userId.toString()}`;
}

/** The only place that touches the comment_votes collection. */
@Injectable()
export class CommentVotesRepository {
  constructor(@InjectModel(COMMENT_VOTE_MODEL) private readonly votes: Model<CommentVoteRecord>) {}

  find(commentId: Types.ObjectId, userId: Types.ObjectId): Promise<CommentVoteRecord | null> {
    return this.votes.findById(commentVoteId(commentId, userId)).lean<CommentVoteRecord>().exec();
  }

  /** By `_id` one at a time (findEachById): the `myVote` of a page of comments. */
  findByIds(ids: readonly string[]): Promise<CommentVoteRecord[]> {
    return findEachById(this.votes, ids);
  }

  /** The stored vote, or null when the member has a vote on the comment already. */
  async insert(
    commentId: Types.ObjectId,
    userId: Types.ObjectId,
    value: 1 | -1,
  ): Promise<CommentVoteRecord | null> {
    const vote: CommentVoteRecord = { _id: commentVoteId(commentId, userId), commentId, userId, value };
    return (await unlessDuplicate(this.votes.insertMany([vote], { lean: true }))) === null ? null : vote;
  }

  /** A member's votes on comments (a scan on FerretDB; once per account deletion). */
  ofVoter(userId: Types.ObjectId): Promise<Pick<CommentVoteRecord, '_id' | 'commentId'>[]> {
    return this.votes
      .find({ userId }, { commentId: 1 })
      .lean<Pick<CommentVoteRecord, '_id' | 'commentId'>[]>()
      .exec();
  }

  async setValue(id: string, value: 1 | -1): Promise<void> {
    await this.votes.updateOne({ _id: id }, { $set: { value } }).exec();
  }

  /** True when this call deleted the vote. */
  async delete(id: string): Promise<boolean> {
    return (await this.votes.deleteOne({ _id: id }).exec()).deletedCount === 1;
  }

  /** The counts of one comment's votes, summed in code (FerretDB's $group sums are unreliable). */
  async count(commentId: Types.ObjectId): Promise<{ up: number; down: number }> {
    const votes = await this.votes
      .find({ commentId }, { value: 1 })
      .lean<Pick<CommentVoteRecord, 'value'>[]>();
    const up = votes.filter((vote) => vote.value === 1).length;
    return { up, down: votes.length - up };
  }

  /**
   * Up and down votes of each of these comments, by comment id: one read of the votes collection
   * (FerretDB reads all of it for any filter but `{_id}` anyway), summed in code.
   */
  async tally(commentIds: readonly Types.ObjectId[]): Promise<Map<string, { up: number; down: number }>> {
    const wanted = new Set(commentIds.map((id) => id.toHexString()));
    const counts = new Map<string, { up: number; down: number }>(
      [...wanted].map((id) => [id, { up: 0, down: 0 }]),
    );
    const votes = await this.votes
      .find({}, { commentId: 1, value: 1 })
      .lean<Pick<CommentVoteRecord, 'commentId' | 'value'>[]>();
    for (const vote of votes) {
      const count = counts.get(vote.commentId.toHexString());
      if (count !== undefined) {
        if (vote.value === 1) count.up += 1;
        else count.down += 1;
      }
    }
    return counts;
  }
}
