import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, type Types } from 'mongoose';
import { findEachById } from '@app/database';
import { COMMENT_MODEL, type CommentRecord } from './comment.schema';

export type NewComment = Pick<
  CommentRecord,
  '_id' | 'targetId' | 'targetType' | 'listId' | 'authorId' | 'body' | 'alignment' | 'parentId' | 'createdAt'
> &
  Pick<CommentRecord, 'bestScore'>;

/** The only place that touches the comments collection. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectModel(COMMENT_MODEL) private readonly comments: Model<CommentRecord>) {}

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
}
