import type { TestingModule } from '@nestjs/testing';
import { Role, type User, UsersService } from '@app/accounts';
import { ForbiddenError, InvalidInputError, NotAuthenticatedError, NotFoundError } from '@app/core';
import { CuratedListsService } from '@app/curation';
import { UnitOfWork } from '@app/database';
import { DomainEvents } from '@app/events';
import { ModerationService, proposalKey, ProposalsService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { DiscussionModule } from '../discussion.module';
import { COMMENT_CLOCK, type CommentClock } from './comment-clock';
import type { CommentRecord } from './comment.schema';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { CommentAlignmentEnum, CommentSortEnum } from './models/comment.model';

describe('CommentsService', () => {
  let moduleRef: TestingModule;
  let comments: CommentsService;
  let proposals: ProposalsService;
  let author: User;
  let member: User;
  let moderator: User;
  let clock: CommentClock;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-comments-service', [DiscussionModule]);
    comments = moduleRef.get(CommentsService);
    proposals = moduleRef.get(ProposalsService);
    clock = moduleRef.get<CommentClock>(COMMENT_CLOCK);
    [author, member, moderator] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR]),
    ]);
  });

  afterEach(() => jest.restoreAllMocks());
  /** Each comment a text of its own: the same text again moments later is taken as a repeat. */
  let written = 0;
  afterAll(() => moduleRef.close());

  function add(
    user: User,
    targetId: string,
    alignment: CommentAlignmentEnum = CommentAlignmentEnum.NEUTRAL,
    parentId: string | null = null,
    body = `Een goed punt, daar wil ik op reageren (${++written}).`,
  ): Promise<CommentRecord> {
    return comments.add(user, { targetId, body, alignment, parentId });
  }

  async function threadIds(viewer: User | null, targetId: string, sort = CommentSortEnum.OLDEST) {
    const page = await comments.list(viewer, { targetId, sort, first: 50 });
    return page.edges.map((edge) => edge.node._id.toHexString());
  }

  it('counts comments on a suggestion by alignment and replies on their thread', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    const first = await add(member, id, CommentAlignmentEnum.IN_FAVOR);
    expect(first).toMatchObject({ status: 'PUBLISHED', replyCount: 0, bestScore: 0, parentId: null });
    const reply = await add(author, id, CommentAlignmentEnum.AGAINST, first._id.toHexString());
    // A reply to a reply joins the thread.
    const nested = await add(member, id, CommentAlignmentEnum.NEUTRAL, reply._id.toHexString());
    expect(reply.parentId?.equals(first._id)).toBe(true);
    expect(nested.parentId?.equals(first._id)).toBe(true);
    expect((await proposals.require(id)).comments).toEqual({ total: 3, inFavor: 1, against: 1 });
    expect((await comments.require(first._id.toHexString())).replyCount).toBe(2);
    expect(await threadIds(null, id)).toEqual([first._id.toHexString()]);
    const replies = await comments.replies(null, first, {}, {});
    expect(replies.edges.map((edge) => edge.node._id)).toEqual([reply._id, nested._id]);
    expect(await comments.recountTarget('PROPOSAL', id)).toEqual({ total: 3, inFavor: 1, against: 1 });
  });

  it('does not bump the suggestion’s updatedAt', async () => {
    const proposal = await submitProposal(moduleRef, author);
    await add(member, proposal._id.toHexString());
    expect((await proposals.require(proposal._id.toHexString())).updatedAt).toEqual(proposal.updatedAt);
  });

  it('refuses bodies that are too short or too long, and unknown targets and parents', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    await expect(add(member, id, undefined, null, ' a ')).rejects.toMatchObject({
      field: 'input.body',
      reason: 'TOO_SHORT',
    });
    await expect(add(member, id, undefined, null, 'x'.repeat(5_001))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(add(member, '0123456789abcdef01234567')).rejects.toBeInstanceOf(NotFoundError);
    await expect(add(member, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
    const other = (await submitProposal(moduleRef, author))._id.toHexString();
    const elsewhere = await add(member, other);
    await expect(add(member, id, undefined, elsewhere._id.toHexString())).rejects.toMatchObject({
      field: 'input.parentId',
    });
  });

  it('closes comments on a withdrawn suggestion and hides them from who may not read it', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    await add(member, id);
    await proposals.withdraw(author, id, 'Dubbel ingediend');
    await expect(add(author, id)).rejects.toMatchObject({ reason: 'COMMENTS_CLOSED' });
    await expect(add(member, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.list(member, { targetId: id, sort: CommentSortEnum.BEST })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await threadIds(moderator, id)).toHaveLength(1);
  });

  it('closes comments on a hidden suggestion', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    await moduleRef.get(ModerationService).hide(moderator, id, 'Persoonsgegevens in de tekst');
    await expect(add(moderator, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses a blocked user', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const blocked = await createUser(moduleRef);
    await moduleRef.get(UsersService).setBlocked(moderator, blocked._id.toHexString(), 'Spam');
    await expect(add(blocked, id)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('lets the author edit within the window only', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const comment = await add(member, id);
    const edited = await comments.edit(member, comment._id.toHexString(), 'Beter verwoord, met een bron.');
    expect(edited.body).toBe('Beter verwoord, met een bron.');
    expect(edited.editedAt).toBeInstanceOf(Date);
    await expect(comments.edit(author, comment._id.toHexString(), 'Niet van mij')).rejects.toMatchObject({
      reason: 'NOT_AUTHOR',
    });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(comment.createdAt.getTime() + 15 * 60_000));
    await expect(comments.edit(member, comment._id.toHexString(), 'Te laat bewerkt')).rejects.toMatchObject({
      reason: 'COMMENT_EDIT_WINDOW_CLOSED',
      params: { minutes: 15 },
    });
  });

  it('deletes: the text goes, the counters follow, the place stays only with replies', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const lonely = await add(member, id, CommentAlignmentEnum.AGAINST);
    const thread = await add(member, id, CommentAlignmentEnum.IN_FAVOR);
    await add(author, id, CommentAlignmentEnum.NEUTRAL, thread._id.toHexString());
    await expect(comments.delete(author, lonely._id.toHexString())).rejects.toMatchObject({
      reason: 'NOT_AUTHOR',
    });
    const deleted = await comments.delete(member, lonely._id.toHexString());
    expect(deleted).toMatchObject({ status: 'DELETED', body: '' });
    // Idempotent: a second delete answers it as it is.
    expect(await comments.delete(member, lonely._id.toHexString())).toMatchObject({ status: 'DELETED' });
    await comments.delete(moderator, thread._id.toHexString());
    expect((await proposals.require(id)).comments).toEqual({ total: 1, inFavor: 0, against: 0 });
    expect(await threadIds(null, id)).toEqual([thread._id.toHexString()]);
  });

  it('shows a hidden comment only to its author and moderators, unless it keeps a thread', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const hidden = await add(member, id);
    const thread = await add(member, id);
    await add(author, id, undefined, thread._id.toHexString());
    for (const comment of [hidden, thread]) {
      await comments.changeStatus(comment._id.toHexString(), () => ({
        status: 'HIDDEN',
        statusReason: 'Beledigend',
      }));
    }
    expect((await proposals.require(id)).comments?.total).toBe(1);
    expect(await threadIds(null, id)).toEqual([thread._id.toHexString()]);
    expect(await threadIds(member, id)).toHaveLength(2);
    expect(await threadIds(moderator, id)).toHaveLength(2);
    await expect(add(author, id, undefined, thread._id.toHexString())).rejects.toMatchObject({
      reason: 'COMMENT_HIDDEN',
    });
    await expect(comments.requireReadable(author, hidden._id.toHexString())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const unhidden = await comments.changeStatus(hidden._id.toHexString(), () => ({ status: 'PUBLISHED' }));
    expect(unhidden.status).toBe('PUBLISHED');
    expect((await proposals.require(id)).comments?.total).toBe(2);
  });

  it('finds one comment for who may read it, and a hidden thread where it keeps its replies', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const hidden = await add(member, id);
    const thread = await add(member, id);
    await add(author, id, undefined, thread._id.toHexString());
    for (const comment of [hidden, thread]) {
      await comments.changeStatus(comment._id.toHexString(), () => ({ status: 'HIDDEN' }));
    }
    const found = async (viewer: User | null, commentId: string) =>
      (await comments.findReadable(viewer, commentId, {}))?._id.toHexString() ?? null;
    const hiddenId = hidden._id.toHexString();
    expect(await found(null, hiddenId)).toBeNull();
    expect(await found(author, hiddenId)).toBeNull();
    expect(await found(member, hiddenId)).toBe(hiddenId);
    expect(await found(moderator, hiddenId)).toBe(hiddenId);
    expect(await found(null, thread._id.toHexString())).toBe(thread._id.toHexString());
    expect(await found(null, '0123456789abcdef01234567')).toBeNull();
    expect(await found(null, 'not-an-id')).toBeNull();
    await proposals.withdraw(author, id, 'Dubbel ingediend');
    expect(await found(member, hiddenId)).toBeNull();
  });

  it('pages threads in the BEST, NEWEST and OLDEST orders without skipping or repeating', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const written: CommentRecord[] = [];
    for (let index = 0; index < 5; index += 1) {
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.UTC(2026, 10, 1, 12, index)));
      written.push(await add(member, id));
    }
    jest.restoreAllMocks();
    await add(author, id, undefined, written[1]!._id.toHexString());
    const ids = written.map((comment) => comment._id.toHexString());
    for (const [sort, expected] of [
      [CommentSortEnum.OLDEST, ids],
      [CommentSortEnum.NEWEST, [...ids].reverse()],
      // No votes: the thread with a reply first, then the newest.
      [CommentSortEnum.BEST, [ids[1], ids[4], ids[3], ids[2], ids[0]]],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await comments.list(null, { targetId: id, sort, first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.edges.map((edge) => edge.node._id.toHexString()));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
      expect(seen).toEqual(expected);
    }
  });

  it('counts comments on an item of a published list', async () => {
    const editor = await createUser(moduleRef, [Role.EDITOR]);
    const view = await publishList(moduleRef, editor, [[await submitProposal(moduleRef, author)]]);
    const itemId = view.content.items[0]!.id;
    const thread = await add(member, itemId, CommentAlignmentEnum.IN_FAVOR);
    await add(author, itemId, CommentAlignmentEnum.AGAINST, thread._id.toHexString());
    expect(thread).toMatchObject({ targetType: 'LIST_ITEM', listId: view.list._id });
    const lists = moduleRef.get(CuratedListsService);
    expect(await lists.itemCommentCount(itemId)).toBe(2);
    expect(await comments.listSlugOf(thread)).toBe(view.list.slug);
    await comments.delete(member, thread._id.toHexString());
    expect(await lists.itemCommentCount(itemId)).toBe(1);
  });

  it('recounts counters that went wrong: a repair needs no CLI', async () => {
    const editor = await createUser(moduleRef, [Role.EDITOR]);
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    const itemId = (await publishList(moduleRef, editor, [[proposal]], 'Herteld')).content.items[0]!.id;
    const threads = await Promise.all(
      [id, itemId].map((target) => add(member, target, CommentAlignmentEnum.AGAINST)),
    );
    await Promise.all(
      threads.map((thread) => add(author, thread.targetId, undefined, thread._id.toHexString())),
    );
    // Counters off, as a write cut short could leave them.
    await moduleRef
      .get(UnitOfWork)
      .run(proposalKey(id), () =>
        proposals.setCommentCounts(proposal._id, { total: 9, inFavor: 9, against: 0 }),
      );
    const lists = moduleRef.get(CuratedListsService);
    await lists.setItemCommentCount(itemId, 7);
    await moduleRef.get(CommentsRepository).update(threads[1]!._id, { replyCount: 5 });

    expect(await comments.recountTarget('PROPOSAL', id)).toEqual({ total: 2, inFavor: 0, against: 1 });
    expect(await comments.recountTarget('LIST_ITEM', itemId)).toEqual({ total: 2, inFavor: 0, against: 1 });
    expect((await proposals.require(id)).comments).toEqual({ total: 2, inFavor: 0, against: 1 });
    expect(await lists.itemCommentCount(itemId)).toBe(2);
    expect((await comments.require(threads[1]!._id.toHexString())).replyCount).toBe(1);
  });

  it('repairs the counters when the database failed between the comment and its counters', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    jest.spyOn(proposals, 'setCommentCounts').mockRejectedValueOnce(new Error('connection lost'));
    await expect(add(member, id, CommentAlignmentEnum.IN_FAVOR)).rejects.toThrow('connection lost');
    // The unit of work retries the recount every 2 s.
    const deadline = Date.now() + 10_000;
    while ((await proposals.require(id)).comments?.total !== 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await proposals.require(id)).comments).toEqual({ total: 1, inFavor: 1, against: 0 });
  });

  it('answers a repeated request with the comment it stored, and announces it then', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const events = moduleRef.get(DomainEvents);
    jest.spyOn(events, 'publish').mockRejectedValueOnce(new Error('connection lost'));
    await expect(
      add(member, id, CommentAlignmentEnum.IN_FAVOR, null, 'Twee keer verstuurd.'),
    ).rejects.toThrow('connection lost');
    const publish = jest.spyOn(events, 'publish');
    const again = await add(member, id, CommentAlignmentEnum.IN_FAVOR, null, 'Twee keer verstuurd.');
    expect(await threadIds(null, id)).toEqual([again._id.toHexString()]);
    expect((await proposals.require(id)).comments).toEqual({ total: 1, inFavor: 1, against: 0 });
    expect(publish).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'COMMENT_ADDED', commentId: again._id.toHexString() }),
      `comment-added:${again._id.toHexString()}`,
    );
    // Another text, or the same text later, is a new comment.
    await add(member, id, CommentAlignmentEnum.IN_FAVOR, null, 'Nog een ander punt om te noemen.');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 21 * 60_000));
    await add(member, id, CommentAlignmentEnum.IN_FAVOR, null, 'Twee keer verstuurd.');
    expect((await proposals.require(id)).comments?.total).toBe(3);
  });
});
