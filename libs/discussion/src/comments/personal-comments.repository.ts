import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import {
  COMMENT_FLAG_MODEL,
  COMMENT_MODEL,
  COMMENT_VOTE_MODEL,
  type CommentFlagRecord,
  type CommentRecord,
  type CommentVoteRecord,
} from './comment.schema';

/**
 * What one member did in the discussion, for the deletion of their account: their comments,
 * votes and reports, and the counters those move. Apart from CommentsRepository so that the
 * privacy work and the comment work do not edit the same file.
 */
@Injectable()
export class PersonalCommentsRepository {
  constructor(
    @InjectModel(COMMENT_MODEL) private readonly comments: Model<CommentRecord>,
    @InjectModel(COMMENT_VOTE_MODEL) private readonly votes: Model<CommentVoteRecord>,
    @InjectModel(COMMENT_FLAG_MODEL) private readonly flags: Model<CommentFlagRecord>,
  ) {}

  /** The ids of the comments the member wrote (a scan on FerretDB; once per deletion). */
  async authoredBy(userId: Types.ObjectId): Promise<Types.ObjectId[]> {
    const authored = await this.comments
      .find({ authorId: userId }, { _id: 1 })
      .lean<Pick<CommentRecord, '_id'>[]>()
      .exec();
    return authored.map((comment) => comment._id);
  }

  votesOf(userId: Types.ObjectId): Promise<Pick<CommentVoteRecord, '_id' | 'commentId'>[]> {
    return this.votes
      .find({ userId }, { commentId: 1 })
      .lean<Pick<CommentVoteRecord, '_id' | 'commentId'>[]>()
      .exec();
  }

  flagsOf(userId: Types.ObjectId): Promise<Pick<CommentFlagRecord, '_id' | 'commentId'>[]> {
    return this.flags
      .find({ userId }, { commentId: 1 })
      .lean<Pick<CommentFlagRecord, '_id' | 'commentId'>[]>()
      .exec();
  }

  /** Deleting by `_id` is atomic on FerretDB. */
  async deleteVote(id: string): Promise<void> {
    await this.votes.deleteOne({ _id: id }).exec();
  }

  async deleteFlag(id: string): Promise<void> {
    await this.flags.deleteOne({ _id: id }).exec();
  }

  /** The votes on one comment, summed in code (see docs/DATABASE.md on `$group`). */
  async countVotes(commentId: Types.ObjectId): Promise<{ upvotes: number; downvotes: number }> {
    const votes = await this.votes
      .find({ commentId }, { value: 1 })
      .lean<Pick<CommentVoteRecord, 'value'>[]>()
      .exec();
    const upvotes = votes.filter((vote) => vote.value === 1).length;
    return { upvotes, downvotes: votes.length - upvotes };
  }

  countFlags(commentId: Types.ObjectId): Promise<number> {
    return this.flags.countDocuments({ commentId }).exec();
  }

  /** Inside the comment's unit of work (a whole-document write on FerretDB). */
  async update(
    id: Types.ObjectId,
    set: Partial<Pick<CommentRecord, 'authorId' | 'upvotes' | 'downvotes' | 'bestScore' | 'flagCount'>>,
  ): Promise<void> {
    await this.comments.updateOne({ _id: id }, { $set: set }).exec();
  }
}
