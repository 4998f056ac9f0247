import { Injectable } from '@nestjs/common';
import type { User } from '@app/accounts';
import { type Connection, UnavailableError } from '@app/core';
import type { CommentRecord } from './comment.schema';
import type { AddCommentInput, CommentsArgs } from './dto/comment.inputs';

/** The LiveUpdates topic with each new published comment (CommentRecord). */
export const COMMENT_ADDED = 'commentAdded';

function notBuilt(): never {
  throw new UnavailableError('Not built yet.');
}

/**
 * Comments on suggestions and on items of published lists: threads one level deep, the edit
 * window, deletion, and the counters on what they discuss.
 */
@Injectable()
export class CommentsService {
  /** Comments of a target, threads only (parentId null), in the requested order. */
  list(_viewer: User | null, _args: CommentsArgs): Promise<Connection<CommentRecord>> {
    return notBuilt();
  }

  /** The replies of one thread, oldest first. */
  replies(
    _viewer: User | null,
    _comment: CommentRecord,
    _page: { first?: number | null; after?: string | null },
  ): Promise<Connection<CommentRecord>> {
    return notBuilt();
  }

  add(_user: User, _input: AddCommentInput): Promise<CommentRecord> {
    return notBuilt();
  }

  edit(_user: User, _id: string, _body: string): Promise<CommentRecord> {
    return notBuilt();
  }

  delete(_user: User, _id: string): Promise<CommentRecord> {
    return notBuilt();
  }
}
