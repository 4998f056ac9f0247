import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, Types } from 'mongoose';
import { type CursorPosition, unlessDuplicate } from '@app/core';
import { findEachById, findReportedPage } from '@app/database';
import {
  COMMENT_MODEL,
  COMMENT_REQUEST_MODEL,
  type CommentRecord,
  type CommentRequestRecord,
} from './comment.schema';

export type NewComment = Pick<
  CommentRecord,
  '_id' | 'targetId' | 'targetType' | 'listId' | 'authorId' | 'body' | 'alignment' | 'parentId' | 'createdAt'
> &
  Pick<CommentRecord, 'bestScore'>;

/** The only place that touches the comments collection (and the requests that made them). */
@Injectable()
export class CommentsRepository {
  constructor(
    @InjectModel(COMMENT_MODEL) private readonly comments: Model<CommentRecord>,
    @InjectModel(COMMENT_REQUEST_MODEL) private readonly requests: Model<CommentRequestRecord>,
  ) {}

  /** A new comment, PUBLISHED, without votes, reports or replies. */
  async insert(comment: NewComment): Promise<CommentRecord> {
    const created = await this.comments.create({
      ...comment,
      status: 'PUBLISHED',
      statusReason: null,
      upvotes: 0,
      downvotes: 0,
      replyCount: 0,
      flagCount: 0,
      moderatorCleared: false,
      editedAt: null,
    });
    return created.toObject();
  }

  findById(id: string | Types.ObjectId): Promise<CommentRecord | null> {
    return this.comments.findById(id).lean<CommentRecord>().exec();
  }

  findMany(ids: readonly (string | Types.ObjectId)[]): Promise<CommentRecord[]> {
    return findEachById<CommentRecord>(this.comments, ids);
  }

  /**
   * Every comment on a target, threads and replies, in no order: one query (FerretDB reads the
   * collection for any filter but `{_id}`; its threads are sorted and paged in memory, since which
   * of them a viewer sees depends on the viewer).
   */
  ofTarget(targetId: string): Promise<CommentRecord[]> {
    return this.comments.find({ targetId }).lean<CommentRecord[]>().exec();
  }

  /** The comment a request with this key made, if one did. */
  async requestedBefore(keys: readonly string[]): Promise<Types.ObjectId | null> {
    const found = await findEachById<CommentRequestRecord>(this.requests, keys);
    return found[0]?.commentId ?? null;
  }

  /** Inside the target's unit of work, before the comment itself is stored. */
  async recordRequest(key: string, commentId: Types.ObjectId): Promise<void> {
    await unlessDuplicate(this.requests.create({ _id: key, commentId }));
  }

  /** The ids of the comments a member wrote (a scan on FerretDB; once per account deletion). */
  async authoredBy(userId: Types.ObjectId): Promise<Types.ObjectId[]> {
    const authored = await this.comments
      .find({ authorId: userId }, { _id: 1 })
      .lean<Pick<CommentRecord, '_id'>[]>()
      .exec();
    return authored.map((comment) => comment._id);
  }

  /** The replies of these threads, in no order. */
  repliesOf(threadIds: readonly Types.ObjectId[]): Promise<CommentRecord[]> {
    return this.comments
      .find({ parentId: trusted({ $in: [...threadIds] }) })
      .lean<CommentRecord[]>()
      .exec();
  }

  /** Inside the comment's unit of work. */
  async update(id: Types.ObjectId, set: Partial<Omit<CommentRecord, '_id'>>): Promise<void> {
    await this.comments.updateOne({ _id: id }, { $set: set }).exec();
  }

  /**
   * The moderators' queue (flaggedComments): reported comments no moderator has decided on,
   * published with flags and not cleared, or hidden by their flags; most flags first.
   */
  async flaggedPage(
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ comments: CommentRecord[]; totalCount: number }> {
    const { items, totalCount } = await findReportedPage(this.comments, after, limit);
    return { comments: items, totalCount };
  }
}
