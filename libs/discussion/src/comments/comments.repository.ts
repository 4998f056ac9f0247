import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { findEachById } from '@app/database';
import { COMMENT_MODEL, type CommentRecord } from './comment.schema';

/** The only place that touches the comments collection. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectModel(COMMENT_MODEL) private readonly comments: Model<CommentRecord>) {}

  findById(id: string | Types.ObjectId): Promise<CommentRecord | null> {
    return this.comments.findById(id).lean<CommentRecord>().exec();
  }

  findMany(ids: readonly (string | Types.ObjectId)[]): Promise<CommentRecord[]> {
    return findEachById<CommentRecord>(this.comments, ids);
  }

  /** Inside the comment's unit of work. */
  async update(id: Types.ObjectId, set: Partial<Omit<CommentRecord, '_id'>>): Promise<void> {
    await this.comments.updateOne({ _id: id }, { $set: set }).exec();
  }
}
