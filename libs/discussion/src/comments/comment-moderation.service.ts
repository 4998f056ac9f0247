import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import type { User } from '@app/accounts';
import {
  buildConnection,
  ConflictError,
  type Connection,
  ForbiddenError,
  orderByKeys,
  type PageRequest,
  parseInput,
  RequestLoader,
  resolvePageRequest,
} from '@app/core';
import { UnitOfWork } from '@app/database';
import { AUTO_HIDE_FLAGS, ModerationService, reasonSchema } from '@app/proposals';
import type { CommentFlagRecord, CommentRecord } from './comment.schema';
import { CommentFlagsRepository } from './comment-flags.repository';
import { commentKey } from './comment-keys';
import { CommentsRepository } from './comments.repository';
import { CommentsService, discussedProposal } from './comments.service';

/** Whether a comment's flags hide it now: published, and no moderator has cleared it. */
function dueForAutoHide(comment: CommentRecord, flagCount: number): boolean {
  return flagCount >= AUTO_HIDE_FLAGS && comment.status === 'PUBLISHED' && !comment.moderatorCleared;
}

/**
 * Reports on comments and what moderators do with them, the way suggestions are moderated: the
 * flag is the fact, the count follows in the comment's unit of work, and every status change goes
 * through CommentsService.changeStatus (which keeps the target's counters right).
 */
@Injectable()
export class CommentModerationService {
  /** The viewer's flags, by flag id (`<commentId>:<userId>`), batched per request. */
  readonly flagLoader = new RequestLoader<string, CommentFlagRecord | null>(async (ids) =>
    orderByKeys(ids, await this.flags.findByIds(ids), (flag) => flag._id),
  );

  /** The reasons given for each comment's flags, newest first, batched per request. */
  readonly reasonsLoader = new RequestLoader<string, string[]>(async (commentIds) => {
    const flags = await this.flags.forComments(commentIds.map((id) => new Types.ObjectId(id)));
    const byComment = new Map<string, string[]>(commentIds.map((id) => [id, []]));
    for (const flag of flags) {
      byComment.get(flag.commentId.toHexString())?.push(flag.reason);
    }
    return commentIds.map((id) => byComment.get(id) ?? []);
  });

  /** Comments by id, batched per request (the audit log's entries). */
  readonly commentLoader = new RequestLoader<string, CommentRecord | null>(async (ids) =>
    orderByKeys(ids, await this.repository.findMany(ids), (comment) => comment._id.toHexString()),
  );

  constructor(
    private readonly flags: CommentFlagsRepository,
    private readonly repository: CommentsRepository,
    private readonly comments: CommentsService,
    private readonly moderation: ModerationService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Once per member, not on one's own comment. A retry after the count or the automatic hide
   * failed finishes them instead of answering CONFLICT.
   */
  async flag(user: User, commentId: string, reason: string): Promise<void> {
    const why = parseInput(reasonSchema, reason, 'reason');
    const comment = await this.comments.requireReadable(user, commentId);
    if (comment.authorId.equals(user._id)) {
      throw new ForbiddenError('You cannot report your own comment; delete it instead.', 'OWN_COMMENT');
    }
    if (comment.status === 'DELETED') {
      throw new ConflictError('This comment was deleted.', 'COMMENT_DELETED');
    }
    const inserted = await this.flags.insert(comment._id, user._id, why);
    const { counted, hide } = await this.unitOfWork.run(commentKey(commentId), () =>
      this.countFlags(comment._id),
    );
    if (hide) {
      await this.autoHide(commentId);
    }
    if (!inserted && !counted && !hide) {
      throw new ConflictError('You have reported this comment already.', 'ALREADY_FLAGGED');
    }
  }

  /** A moderator hides a comment (again); it leaves the queue. In the audit log. */
  async hide(moderator: User, commentId: string, reason: string): Promise<CommentRecord> {
    const why = parseInput(reasonSchema, reason, 'reason');
    return this.comments.changeStatus(commentId, async (comment) => {
      if (comment.status === 'DELETED') {
        throw new ConflictError('A deleted comment cannot be hidden.', 'COMMENT_DELETED');
      }
      // Recorded before the status changes: a retry after a failure finds it unchanged and redoes both.
      await this.moderation.recordCommentAction({
        action: 'HIDE_COMMENT',
        actorId: moderator._id,
        commentId: comment._id,
        proposalId: discussedProposal(comment),
        reason: why,
      });
      return { status: 'HIDDEN', statusReason: why, autoHidden: false };
    });
  }

  /** Publishes a hidden comment again; from then on flags no longer hide it by themselves. */
  async unhide(moderator: User, commentId: string): Promise<CommentRecord> {
    const comment = await this.comments.changeStatus(commentId, (current) => {
      if (current.status !== 'HIDDEN') {
        throw new ConflictError('This comment is not hidden.', 'COMMENT_NOT_HIDDEN');
      }
      return Promise.resolve({
        status: 'PUBLISHED',
        statusReason: null,
        moderatorCleared: true,
        autoHidden: false,
      });
    });
    await this.moderation.recordCommentAction({
      action: 'UNHIDE_COMMENT',
      actorId: moderator._id,
      commentId: comment._id,
      proposalId: discussedProposal(comment),
      reason: null,
    });
    return comment;
  }

  /**
   * The moderators' queue: published comments with flags no moderator has cleared, and those
   * hidden by their flags; most flags first.
   */
  async flagged(request: PageRequest): Promise<Connection<CommentRecord>> {
    const page = resolvePageRequest(request);
    const { comments, totalCount } = await this.repository.flaggedPage(page.after, page.limit + 1);
    return buildConnection(comments, page, totalCount, (comment) => ({
      key: comment.flagCount,
      id: comment._id.toHexString(),
    }));
  }

  /** Inside the comment's unit of work: stores the count of its flags; says whether they hide it. */
  private async countFlags(commentId: Types.ObjectId): Promise<{ counted: boolean; hide: boolean }> {
    const current = await this.comments.require(commentId.toHexString());
    const flagCount = await this.flags.count(commentId);
    const counted = flagCount !== current.flagCount;
    if (counted) {
      await this.repository.update(commentId, { flagCount });
    }
    return { counted, hide: dueForAutoHide(current, flagCount) };
  }

  /** Hides a comment its flags hide, unless a moderator or another report did meanwhile. */
  private async autoHide(commentId: string): Promise<void> {
    await this.comments.changeStatus(commentId, async (comment) => {
      if (!dueForAutoHide(comment, comment.flagCount)) {
        return null;
      }
      await this.moderation.recordCommentAction({
        action: 'AUTO_HIDE_COMMENT',
        actorId: null,
        commentId: comment._id,
        proposalId: discussedProposal(comment),
        reason: `${comment.flagCount} flags`,
      });
      return {
        status: 'HIDDEN',
        statusReason: `Hidden automatically after ${AUTO_HIDE_FLAGS} reports.`,
        autoHidden: true,
      };
    });
  }
}
