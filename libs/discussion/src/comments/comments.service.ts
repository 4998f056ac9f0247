import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { z } from 'zod';
import { hasAnyRole, Role, type User, UsersService } from '@app/accounts';
import {
  bodyText,
  buildConnection,
  type Connection,
  ForbiddenError,
  InvalidInputError,
  NotAuthenticatedError,
  NotFoundError,
  parseInput,
  RequestLoader,
  resolvePageRequest,
} from '@app/core';
import { CuratedListsService } from '@app/curation';
import { UnitOfWork } from '@app/database';
import { type DomainEvent, DomainEvents, LiveUpdates } from '@app/events';
import {
  type CommentCounts,
  ModerationService,
  proposalKey,
  type ProposalRecord,
  ProposalsService,
} from '@app/proposals';
import { wilsonLowerBound } from './best-score';
import { COMMENT_CLOCK, type CommentClock } from './comment-clock';
import { commentKey, listItemCommentsKey } from './comment-keys';
import { sortedAfter, positionOf, type CommentSort } from './comment-order';
import { COMMENT_ALIGNMENTS, type CommentRecord, type CommentTargetType } from './comment.schema';
import { CommentsRepository } from './comments.repository';
import type { AddCommentInput, CommentsArgs } from './dto/comment.inputs';
import { canReadHiddenComment, COMMENT_EDIT_WINDOW_MS } from './models/comment.model';

/** The LiveUpdates topic with each new published comment (CommentRecord). */
export const COMMENT_ADDED = 'commentAdded';

/** A body's visible characters (min) and UTF-16 code units (max). */
export const COMMENT_BODY_LIMITS = { min: 2, max: 5_000 } as const;

/** Trimmed: spaces around the text show nothing and count for nothing. */
const commentBody = z.string().trim().pipe(bodyText(COMMENT_BODY_LIMITS));
const addSchema = z.object({
  targetId: z.string(),
  body: commentBody,
  alignment: z.enum(COMMENT_ALIGNMENTS),
  parentId: z.string().nullish(),
});

/** What a comment is about, as found for a reader or writer. */
interface Target {
  type: CommentTargetType;
  id: string;
  /** The unit-of-work key its counters move under. */
  key: string;
  title: string;
  /** For a list item: its list. */
  listId: Types.ObjectId | null;
  slug: string | null;
  /** For a suggestion: as read. */
  proposal: ProposalRecord | null;
}

/** The new status, reason and moderator mark `changeStatus` applies; null: no change. */
export type CommentStatusDecision = Partial<
  Pick<CommentRecord, 'status' | 'statusReason' | 'moderatorCleared' | 'autoHidden'>
> | null;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The same text by the same author in the same place within one such span, or the next, is taken
 * as the same request sent again.
 */
const REPEAT_WINDOW_MS = 10 * 60_000;

const NO_COMMENTS: CommentCounts = { total: 0, inFavor: 0, against: 0 };

/** The suggestion a comment discusses, for the audit log; null for a list item. */
export function discussedProposal(comment: CommentRecord): Types.ObjectId | null {
  return comment.targetType === 'PROPOSAL' ? new Types.ObjectId(comment.targetId) : null;
}

function isModerator(user: User | null): boolean {
  return user !== null && hasAnyRole(user.roles, [Role.MODERATOR]);
}

function targetKeyOf(type: CommentTargetType, id: string): string {
  return type === 'PROPOSAL' ? proposalKey(id) : listItemCommentsKey(id);
}

/** Published comments counted in all and per alignment. */
function countsOf(comments: readonly CommentRecord[]): CommentCounts {
  const published = comments.filter((comment) => comment.status === 'PUBLISHED');
  return {
    total: published.length,
    inFavor: published.filter((comment) => comment.alignment === 'IN_FAVOR').length,
    against: published.filter((comment) => comment.alignment === 'AGAINST').length,
  };
}

function sameCounts(a: CommentCounts, b: CommentCounts): boolean {
  return a.total === b.total && a.inFavor === b.inFavor && a.against === b.against;
}

/**
 * Whether the viewer sees a reply: published ones, and hidden ones if they may read them (its
 * author, moderators, admins). A deleted reply has nothing left to show.
 */
function showsReply(viewer: User | null, reply: CommentRecord): boolean {
  return reply.status === 'PUBLISHED' || (reply.status === 'HIDDEN' && canReadHiddenComment(viewer, reply));
}

/**
 * Whether the viewer sees a thread's first comment: published ones; hidden ones if they may read
 * them; and a deleted or hidden one whose replies the viewer sees, which keeps its place (with an
 * empty body and no author) so that the replies are not cut loose.
 */
function showsThread(viewer: User | null, thread: CommentRecord, shownReplies: number): boolean {
  return showsReply(viewer, thread) || shownReplies > 0;
}

/**
 * Comments on suggestions and on items of published lists: threads one level deep, the edit
 * window, deletion, and the counters on what they discuss.
 */
@Injectable()
export class CommentsService {
  /** The replies of each thread, by thread id, batched per request. */
  private readonly repliesLoader = new RequestLoader<string, CommentRecord[]>(async (threadIds) => {
    const replies = await this.comments.repliesOf(threadIds.map((id) => new Types.ObjectId(id)));
    return threadIds.map((id) => replies.filter((reply) => reply.parentId?.toHexString() === id));
  });

  constructor(
    private readonly comments: CommentsRepository,
    private readonly proposals: ProposalsService,
    private readonly lists: CuratedListsService,
    private readonly moderation: ModerationService,
    private readonly users: UsersService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly live: LiveUpdates,
    @Inject(COMMENT_CLOCK) private readonly clock: CommentClock,
  ) {}

  /**
   * Comments of a target, threads only (parentId null), in the requested order. With `request`,
   * the replies of the page's threads, read with them, are kept for its `replies` fields.
   */
  async list(viewer: User | null, args: CommentsArgs, request?: object): Promise<Connection<CommentRecord>> {
    const page = resolvePageRequest(args);
    const target = await this.readableTarget(viewer, args.targetId);
    const all = await this.comments.ofTarget(target.id);
    const shownReplies = new Map<string, number>();
    for (const reply of all) {
      if (reply.parentId !== null && showsReply(viewer, reply)) {
        const thread = reply.parentId.toHexString();
        shownReplies.set(thread, (shownReplies.get(thread) ?? 0) + 1);
      }
    }
    const threads = all.filter(
      (comment) =>
        comment.parentId === null &&
        showsThread(viewer, comment, shownReplies.get(comment._id.toHexString()) ?? 0),
    );
    const sort = args.sort as CommentSort;
    const shown = sortedAfter(threads, sort, page.after, page.limit + 1);
    if (request !== undefined) {
      const loader = this.repliesLoader.for(request);
      for (const thread of shown) {
        loader.prime(
          thread._id.toHexString(),
          all.filter((reply) => reply.parentId?.equals(thread._id) === true),
        );
      }
    }
    return buildConnection(shown, page, threads.length, (comment) => positionOf(sort, comment));
  }

  /** The replies of one thread, oldest first; `request` batches the reads of one request. */
  async replies(
    viewer: User | null,
    comment: CommentRecord,
    args: PageArgs,
    request: object,
  ): Promise<Connection<CommentRecord>> {
    const page = resolvePageRequest(args);
    const replies =
      comment.parentId === null
        ? (await this.repliesLoader.for(request).load(comment._id.toHexString())).filter((reply) =>
            showsReply(viewer, reply),
          )
        : [];
    return buildConnection(
      sortedAfter(replies, 'OLDEST', page.after, page.limit + 1),
      page,
      replies.length,
      (reply) => positionOf('OLDEST', reply),
    );
  }

  /** Whether the viewer may see who wrote it: not for a deleted one, nor a hidden one they may not read. */
  showsAuthor(viewer: User | null, comment: CommentRecord): boolean {
    return (
      comment.status === 'PUBLISHED' || (comment.status === 'HIDDEN' && canReadHiddenComment(viewer, comment))
    );
  }

  /**
   * A reply to a reply joins the thread of the comment replied to. Replies to a deleted comment
   * are allowed (the thread stays, without its text); to a hidden one not.
   */
  async add(user: User, input: AddCommentInput): Promise<CommentRecord> {
    const data = parseInput(addSchema, input, 'input');
    const target = await this.readableTarget(user, data.targetId);
    const thread = data.parentId ? await this.threadOf(target, data.parentId) : null;
    const stored = await this.unitOfWork.run(
      [target.key, ...(thread === null ? [] : [commentKey(thread._id)])],
      async () => {
        const writable = await this.writableTarget(user, target);
        const current = thread === null ? null : await this.require(thread._id.toHexString());
        if (current?.status === 'HIDDEN') {
          throw new ForbiddenError(
            'This comment is hidden by moderation; it takes no replies.',
            'COMMENT_HIDDEN',
          );
        }
        return this.storeOnce(user, writable, current, data.body, data.alignment);
      },
      { repair: () => this.recount(target.type, target.id, thread?._id ?? null) },
    );
    await this.announce(target, stored, thread);
    return stored;
  }

  async edit(user: User, id: string, body: string): Promise<CommentRecord> {
    const text = parseInput(commentBody, body, 'body');
    return this.unitOfWork.run(commentKey(id), async () => {
      const comment = await this.require(id);
      if (!comment.authorId.equals(user._id)) {
        throw new ForbiddenError('Only its author can edit a comment.', 'NOT_AUTHOR');
      }
      if (comment.status !== 'PUBLISHED') {
        throw new ForbiddenError(
          `A ${comment.status.toLowerCase()} comment cannot be edited.`,
          'NOT_PUBLISHED',
        );
      }
      const now = this.clock.now();
      if (now.getTime() - comment.createdAt.getTime() >= COMMENT_EDIT_WINDOW_MS) {
        throw new ForbiddenError(
          'A comment can be edited for 15 minutes after it was written; that time has passed.',
          'COMMENT_EDIT_WINDOW_CLOSED',
          { minutes: COMMENT_EDIT_WINDOW_MS / 60_000 },
        );
      }
      await this.writableTarget(user, await this.readableTarget(user, comment.targetId));
      await this.comments.update(comment._id, { body: text, editedAt: now });
      return { ...comment, body: text, editedAt: now };
    });
  }

  /**
   * By its author or a moderator: the text goes and the counters follow. Deleting a deleted
   * comment again changes nothing and answers it as it is (idempotent, so a retry succeeds).
   */
  async delete(user: User, id: string): Promise<CommentRecord> {
    const comment = await this.requireReadable(user, id);
    const own = comment.authorId.equals(user._id);
    if (!own && !isModerator(user)) {
      throw new ForbiddenError('Only its author or a moderator can delete a comment.', 'NOT_AUTHOR');
    }
    return this.changeStatus(id, async (current) => {
      if (current.status === 'DELETED') {
        return null;
      }
      // Recorded before the status: a retry after a failure in between finds it undeleted and
      // records it again rather than not at all.
      if (!own) {
        await this.moderation.recordCommentAction({
          action: 'DELETE_COMMENT',
          actorId: user._id,
          commentId: current._id,
          proposalId: discussedProposal(current),
          reason: null,
        });
      }
      return { status: 'DELETED' };
    });
  }

  /**
   * Applies what `decide(current)` answers (null: nothing) to a comment, in the unit of work of
   * the comment, its target and its thread, then recounts the target's counters and the thread's
   * replies. A DELETED comment loses its text. Answers the comment as stored.
   */
  async changeStatus(
    id: string,
    decide: (current: CommentRecord) => CommentStatusDecision | Promise<CommentStatusDecision>,
  ): Promise<CommentRecord> {
    const comment = await this.require(id);
    const keys = [
      commentKey(comment._id),
      targetKeyOf(comment.targetType, comment.targetId),
      ...(comment.parentId === null ? [] : [commentKey(comment.parentId)]),
    ];
    return this.unitOfWork.run(
      keys,
      async () => {
        const current = await this.require(id);
        const changes = await decide(current);
        if (changes === null) {
          return current;
        }
        const set = changes.status === 'DELETED' ? { ...changes, body: '' } : changes;
        await this.comments.update(current._id, set);
        await this.recountCounters(current.targetType, current.targetId);
        if (current.parentId !== null) {
          await this.recountReplies(current.parentId);
        }
        return this.require(id);
      },
      { repair: () => this.recount(comment.targetType, comment.targetId, comment.parentId) },
    );
  }

  /** The slug of the list whose item a comment discusses (for links); null for a suggestion. */
  listSlugOf(comment: CommentRecord): Promise<string | null> {
    return comment.listId === null ? Promise.resolve(null) : this.lists.slugOf(comment.listId);
  }

  /** NOT_FOUND when there is no such comment. */
  async require(id: string): Promise<CommentRecord> {
    const comment = Types.ObjectId.isValid(id) ? await this.comments.findById(id) : null;
    if (comment === null) {
      throw new NotFoundError('Comment', id);
    }
    return comment;
  }

  /**
   * NOT_FOUND also when the viewer may not read what it discusses, or may not read it (a hidden
   * comment for others than its author, moderators and admins).
   */
  async requireReadable(viewer: User | null, id: string): Promise<CommentRecord> {
    const comment = await this.require(id);
    await this.readableTarget(viewer, comment.targetId);
    if (comment.status === 'HIDDEN' && !canReadHiddenComment(viewer, comment)) {
      throw new NotFoundError('Comment', id);
    }
    return comment;
  }

  /**
   * The comment for `comment(id)`: null where requireReadable finds none (no such comment or an
   * invalid id, a target the viewer may not read, a hidden comment they may not read), except a
   * hidden thread with replies the viewer sees, which keeps its place as in `list` (its text and
   * author are then not shown). `request` batches the reads of its replies with its `replies`.
   */
  async findReadable(viewer: User | null, id: string, request: object): Promise<CommentRecord | null> {
    const comment = Types.ObjectId.isValid(id) ? await this.comments.findById(id) : null;
    if (comment === null || (await this.findReadableTarget(viewer, comment.targetId)) === null) {
      return null;
    }
    if (comment.status !== 'HIDDEN' || canReadHiddenComment(viewer, comment)) {
      return comment;
    }
    const replies =
      comment.parentId === null ? await this.repliesLoader.for(request).load(comment._id.toHexString()) : [];
    return replies.some((reply) => showsReply(viewer, reply)) ? comment : null;
  }

  /**
   * requireReadable, for a member who acts on it (votes): what it discusses must be open (a
   * suggestion that is not published is closed) and the member not blocked, as for commenting.
   */
  async requireOpen(user: User, id: string): Promise<CommentRecord> {
    const comment = await this.requireReadable(user, id);
    await this.writableTarget(user, await this.readableTarget(user, comment.targetId));
    return comment;
  }

  /**
   * Sets a target's comment counters, and every one of its threads' reply counts that differ,
   * from the comments; answers the target's counts. Each in the unit of work it moves under.
   */
  async recountTarget(targetType: CommentTargetType, targetId: string): Promise<CommentCounts> {
    const counts = await this.unitOfWork.run(targetKeyOf(targetType, targetId), () =>
      this.recountCounters(targetType, targetId),
    );
    const all = await this.comments.ofTarget(targetId);
    for (const thread of all.filter((comment) => comment.parentId === null)) {
      const replies = all.filter((reply) => reply.parentId?.equals(thread._id) === true);
      if (countsOf(replies).total !== thread.replyCount) {
        await this.unitOfWork.run([targetKeyOf(targetType, targetId), commentKey(thread._id)], () =>
          this.recountReplies(thread._id),
        );
      }
    }
    return counts;
  }

  /** Inside the target's (and the thread's) unit of work, after a write failed part-way. */
  private async recount(
    targetType: CommentTargetType,
    targetId: string,
    threadId: Types.ObjectId | null,
  ): Promise<void> {
    await this.recountCounters(targetType, targetId);
    if (threadId !== null) {
      await this.recountReplies(threadId);
    }
  }

  /** Inside the target's unit of work: its counters from its published comments. */
  private async recountCounters(targetType: CommentTargetType, targetId: string): Promise<CommentCounts> {
    const counts = countsOf(await this.comments.ofTarget(targetId));
    if (targetType === 'PROPOSAL') {
      const stored = await this.proposals.findMany([targetId]);
      if (stored[0] !== undefined && !sameCounts(stored[0].comments ?? NO_COMMENTS, counts)) {
        await this.proposals.setCommentCounts(stored[0]._id, counts);
      }
    } else {
      await this.lists.setItemCommentCount(targetId, counts.total);
    }
    return counts;
  }

  /** Inside the thread's unit of work: its reply count from its published replies. */
  private async recountReplies(threadId: Types.ObjectId): Promise<void> {
    const replies = await this.comments.repliesOf([threadId]);
    await this.comments.update(threadId, { replyCount: countsOf(replies).total });
  }

  /**
   * Inside the target's and the thread's unit of work: stores the comment, then moves the
   * counters by it.
   */
  private async recordComment(
    id: Types.ObjectId,
    user: User,
    target: Target,
    thread: CommentRecord | null,
    body: string,
    alignment: CommentRecord['alignment'],
  ): Promise<CommentRecord> {
    const stored = await this.comments.insert({
      _id: id,
      targetId: target.id,
      targetType: target.type,
      listId: target.listId,
      authorId: user._id,
      body,
      alignment,
      parentId: thread?._id ?? null,
      bestScore: wilsonLowerBound(0, 0),
      createdAt: this.clock.now(),
    });
    if (target.proposal !== null) {
      const counts = target.proposal.comments ?? NO_COMMENTS;
      await this.proposals.setCommentCounts(target.proposal._id, {
        total: counts.total + 1,
        inFavor: counts.inFavor + (alignment === 'IN_FAVOR' ? 1 : 0),
        against: counts.against + (alignment === 'AGAINST' ? 1 : 0),
      });
    } else {
      await this.lists.setItemCommentCount(target.id, (await this.lists.itemCommentCount(target.id)) + 1);
    }
    if (thread !== null) {
      await this.comments.update(thread._id, { replyCount: thread.replyCount + 1 });
    }
    return stored;
  }

  /**
   * Inside the target's unit of work: the same comment by the same author, sent moments ago (a
   * double click, or a retry after the answer was lost because the database went away after the
   * comment was stored and before its event). It is answered with the stored comment, and the
   * announcement it may have missed is made again under the same event key. A request is
   * recorded by `{_id}` before its comment, so a retry after a failure between the two stores the
   * comment under the id the request reserved.
   */
  private async storeOnce(
    user: User,
    target: Target,
    thread: CommentRecord | null,
    body: string,
    alignment: CommentRecord['alignment'],
  ): Promise<CommentRecord> {
    const window = Math.floor(this.clock.now().getTime() / REPEAT_WINDOW_MS);
    const keyIn = (span: number): string =>
      createHash('sha256')
        .update(JSON.stringify([user._id, target.id, thread?._id ?? null, alignment, body, span]))
        .digest('base64url');
    const key = keyIn(window);
    const earlier = await this.comments.requestedBefore([key, keyIn(window - 1)]);
    const stored = earlier === null ? null : await this.comments.findById(earlier);
    if (stored !== null) {
      return stored;
    }
    const id = earlier ?? new Types.ObjectId();
    await this.comments.recordRequest(key, id);
    return this.recordComment(id, user, target, thread, body, alignment);
  }

  /** The domain event (notifications) and the live update (commentAdded) of a new comment. */
  private async announce(
    target: Target,
    comment: CommentRecord,
    thread: CommentRecord | null,
  ): Promise<void> {
    const event: DomainEvent = {
      type: 'COMMENT_ADDED',
      commentId: comment._id.toHexString(),
      targetType: target.type,
      targetId: target.id,
      listId: target.listId?.toHexString() ?? null,
      slug: target.slug,
      targetTitle: target.title,
      authorId: comment.authorId.toHexString(),
      parentAuthorId: thread?.authorId.toHexString() ?? null,
    };
    await this.events.publish(event, `comment-added:${comment._id.toHexString()}`);
    await this.live.publish(COMMENT_ADDED, comment);
  }

  /** The thread a reply joins: the comment replied to, or the thread it is a reply in. */
  private async threadOf(target: Target, parentId: string): Promise<CommentRecord> {
    if (!Types.ObjectId.isValid(parentId)) {
      throw new InvalidInputError('input.parentId: is not a valid id', 'input.parentId', 'INVALID_ID');
    }
    const parent = await this.comments.findById(parentId);
    if (parent === null || parent.targetId !== target.id) {
      throw new InvalidInputError(
        'input.parentId: is no comment on this suggestion or list item',
        'input.parentId',
        'INVALID_ID',
      );
    }
    if (parent.status === 'HIDDEN') {
      throw new ForbiddenError(
        'This comment is hidden by moderation; it takes no replies.',
        'COMMENT_HIDDEN',
      );
    }
    return parent.parentId === null ? parent : this.require(parent.parentId.toHexString());
  }

  /**
   * The suggestion (if the viewer may read it) or the item of a published list with this id;
   * NOT_FOUND for anything else.
   */
  private async readableTarget(viewer: User | null, targetId: string): Promise<Target> {
    const target = await this.findReadableTarget(viewer, targetId);
    if (target === null) {
      throw new NotFoundError('Suggestion or list item', targetId);
    }
    return target;
  }

  /** readableTarget, null for anything else. */
  private async findReadableTarget(viewer: User | null, targetId: string): Promise<Target | null> {
    const proposal = await this.proposals.findVisible(viewer, targetId);
    if (proposal !== null) {
      return {
        type: 'PROPOSAL',
        id: proposal._id.toHexString(),
        key: proposalKey(proposal._id),
        title: proposal.title,
        listId: null,
        slug: null,
        proposal,
      };
    }
    const item = /^[0-9a-f]{24}$/.test(targetId) ? await this.lists.findPublishedItem(targetId) : null;
    if (item === null) {
      return null;
    }
    return {
      type: 'LIST_ITEM',
      id: item.itemId,
      key: listItemCommentsKey(item.itemId),
      title: item.title,
      listId: item.listId,
      slug: item.slug,
      proposal: null,
    };
  }

  /**
   * Inside the target's unit of work: the target read again, if the user may comment on it now.
   * A suggestion that is not published is closed; a blocked user may not comment (the guard read
   * the user when the request began).
   */
  private async writableTarget(user: User, target: Target): Promise<Target> {
    const current = await this.users.findById(user._id.toHexString());
    if (current === null || current.blockedAt !== null) {
      throw new NotAuthenticatedError('This account is blocked.', 'ACCOUNT_BLOCKED');
    }
    if (target.type === 'LIST_ITEM') {
      return target;
    }
    const proposal = await this.proposals.findVisible(current, target.id);
    if (proposal === null) {
      throw new NotFoundError('Suggestion or list item', target.id);
    }
    if (proposal.status !== 'PUBLISHED') {
      throw new ForbiddenError(
        `This suggestion is ${proposal.status.toLowerCase()}; comments on it are closed.`,
        'COMMENTS_CLOSED',
      );
    }
    return { ...target, proposal };
  }
}
