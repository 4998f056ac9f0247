import { Role } from '@app/accounts';
import { ITEM_BUSY_MESSAGE } from '@app/database';
import { COMMENT_CLOCK, type CommentClock, CommentsService } from '@app/discussion';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { FollowUpScene } from './support/follow-up';
import { hideAsModerator, submitProposal, themeIds } from './support/proposals';
import { type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

interface CommentView {
  id: string;
  body: string;
  alignment: 'IN_FAVOR' | 'AGAINST' | 'NEUTRAL';
  parentId: string | null;
  status: 'PUBLISHED' | 'HIDDEN' | 'DELETED';
  replyCount: number;
  editedAt: string | null;
  editableUntil: string | null;
  listSlug: string | null;
  author: { id: string } | null;
}

interface ThreadView extends CommentView {
  replies: { totalCount: number; edges: { node: CommentView }[] };
}

const FIELDS = 'id body alignment parentId status replyCount editedAt editableUntil listSlug author { id }';

const ADD = `mutation ($input: AddCommentInput!) { addComment(input: $input) { ${FIELDS} } }`;

// Paged lists inside paged lists multiply the query's cost: a client asks for few replies per thread.
const THREADS = `query ($id: ID!, $sort: CommentSort, $first: Int, $replies: Int) {
  comments(targetId: $id, sort: $sort, first: $first) {
    totalCount
    edges { node { ${FIELDS} replies(first: $replies) { totalCount edges { node { ${FIELDS} } } } } }
  }
}`;

const REPLY_COUNTS = `query ($id: ID!, $sort: CommentSort, $first: Int, $replies: Int) {
  comments(targetId: $id, sort: $sort, first: $first) {
    totalCount
    edges { node { id replyCount replies(first: $replies) { totalCount edges { node { id } } } } }
  }
}`;

const COUNTS = `query ($id: ID!) { proposal(id: $id) { commentCount commentsInFavor commentsAgainst } }`;

describe('discussion (e2e)', () => {
  let t: TestApp;
  let author: SignedInUser;
  let member: SignedInUser;
  let moderator: SignedInUser;
  let themeId: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_discussion');
    [author, member, moderator] = await Promise.all([
      createSignedInUser(t),
      createSignedInUser(t),
      createSignedInUser(t, [Role.MODERATOR]),
    ]);
    themeId = Object.values(await themeIds(t))[0]!;
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  async function suggestion(title = 'Eén loket voor vergunningen'): Promise<string> {
    return (await submitProposal(t, author, { title, themeId })).id;
  }

  let written = 0;
  function add(
    user: SignedInUser,
    targetId: string,
    extra: { body?: string; alignment?: string; parentId?: string } = {},
  ): Promise<GraphQLResponse<{ addComment: CommentView }>> {
    return t.gql<{ addComment: CommentView }>(
      ADD,
      {
        input: {
          targetId,
          // A text of its own each time: the same text again moments later is taken as a repeat.
          body: `Goed idee, dit scheelt ondernemers veel tijd (${++written}).`,
          alignment: 'IN_FAVOR',
          ...extra,
        },
      },
      { token: user.accessToken },
    );
  }

  async function added(
    user: SignedInUser,
    targetId: string,
    extra: { body?: string; alignment?: string; parentId?: string } = {},
  ): Promise<CommentView> {
    const response = await add(user, targetId, extra);
    expect(response.errors).toBeUndefined();
    return response.data!.addComment;
  }

  /**
   * As the web client does with a busy answer: try again a moment later. Under a heavy load the
   * wait for an item's lock may run out; such an answer writes nothing, which the recount checks.
   */
  async function addedWhenNotBusy(
    user: SignedInUser,
    targetId: string,
    extra: { alignment?: string; parentId?: string },
  ): Promise<CommentView> {
    for (let attempt = 1; attempt < 5; attempt += 1) {
      const response = await add(user, targetId, extra);
      if (response.errors?.[0]?.message !== ITEM_BUSY_MESSAGE) {
        expect(response.errors).toBeUndefined();
        return response.data!.addComment;
      }
      await sleep(200 * attempt);
    }
    return added(user, targetId, extra);
  }

  async function threads(
    targetId: string,
    viewer: SignedInUser | null = null,
    sort = 'OLDEST',
  ): Promise<{ totalCount: number; nodes: ThreadView[] }> {
    const response = await t.gql<{ comments: { totalCount: number; edges: { node: ThreadView }[] } }>(
      THREADS,
      { id: targetId, sort, first: 10, replies: 3 },
      viewer === null ? {} : { token: viewer.accessToken },
    );
    expect(response.errors).toBeUndefined();
    const comments = response.data!.comments;
    return { totalCount: comments.totalCount, nodes: comments.edges.map((edge) => edge.node) };
  }

  it('threads one level deep: a reply to a reply joins the thread', async () => {
    const id = await suggestion();
    const first = await added(member, id, { alignment: 'AGAINST' });
    expect(first).toMatchObject({
      status: 'PUBLISHED',
      parentId: null,
      author: { id: member.user._id.toHexString() },
    });
    expect(first.editableUntil).not.toBeNull();
    const reply = await added(author, id, { parentId: first.id, alignment: 'IN_FAVOR' });
    const nested = await added(member, id, { parentId: reply.id, alignment: 'NEUTRAL' });
    expect(reply.parentId).toBe(first.id);
    expect(nested.parentId).toBe(first.id);
    const { totalCount, nodes } = await threads(id);
    expect(totalCount).toBe(1);
    expect(nodes[0]).toMatchObject({ id: first.id, replyCount: 2, editableUntil: null });
    expect(nodes[0]!.replies.edges.map((edge) => edge.node.id)).toEqual([reply.id, nested.id]);
    const counts = await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id });
    expect(counts.data?.proposal).toEqual({ commentCount: 3, commentsInFavor: 1, commentsAgainst: 1 });
  });

  it('lets the author edit for 15 minutes, and nobody else', async () => {
    const id = await suggestion();
    const comment = await added(member, id);
    const edit = (user: SignedInUser, body: string) =>
      t.gql<{ editComment: CommentView }>(
        `mutation ($id: ID!, $body: String!) { editComment(id: $id, body: $body) { ${FIELDS} } }`,
        { id: comment.id, body },
        { token: user.accessToken },
      );
    const edited = await edit(member, 'Beter verwoord: dit scheelt tijd en geld.');
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.editComment).toMatchObject({ body: 'Beter verwoord: dit scheelt tijd en geld.' });
    expect(edited.data?.editComment.editedAt).not.toBeNull();
    expect((await edit(author, 'Niet mijn reactie')).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHOR',
    });
    const clock = t.app.get<CommentClock>(COMMENT_CLOCK);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 15 * 60_000 + 1_000));
    expect((await edit(member, 'Te laat voor een bewerking')).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COMMENT_EDIT_WINDOW_CLOSED',
      params: { minutes: 15 },
    });
  });

  it('deletes: the text goes; the place stays only for a thread with replies', async () => {
    const id = await suggestion();
    const lonely = await added(member, id);
    const thread = await added(member, id, { alignment: 'AGAINST' });
    await added(author, id, { parentId: thread.id, alignment: 'NEUTRAL' });
    const remove = (user: SignedInUser, commentId: string) =>
      t.gql<{ deleteComment: CommentView }>(
        `mutation ($id: ID!) { deleteComment(id: $id) { ${FIELDS} } }`,
        { id: commentId },
        { token: user.accessToken },
      );
    expect((await remove(author, lonely.id)).errors?.[0]?.extensions?.reason).toBe('NOT_AUTHOR');
    expect((await remove(member, lonely.id)).data?.deleteComment).toMatchObject({
      status: 'DELETED',
      body: '',
      author: null,
    });
    // Deleting again changes nothing and succeeds.
    expect((await remove(member, lonely.id)).data?.deleteComment.status).toBe('DELETED');
    expect((await remove(moderator, thread.id)).errors).toBeUndefined();
    const { totalCount, nodes } = await threads(id);
    expect(totalCount).toBe(1);
    expect(nodes[0]).toMatchObject({
      id: thread.id,
      status: 'DELETED',
      body: '',
      author: null,
      replyCount: 1,
    });
    expect(nodes[0]!.replies.totalCount).toBe(1);
    const counts = await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id });
    expect(counts.data?.proposal).toEqual({ commentCount: 1, commentsInFavor: 0, commentsAgainst: 0 });
    const audit = await t.gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      '{ auditLog(first: 5) { edges { node { action } } } }',
      {},
      { token: moderator.accessToken },
    );
    expect(audit.data?.auditLog.edges.map((edge) => edge.node.action)).toContain('DELETE_COMMENT');
  });

  it('closes comments on a hidden or withdrawn suggestion, and hides them with it', async () => {
    const hidden = await suggestion('Verborgen suggestie');
    await added(member, hidden);
    await hideAsModerator(t, hidden);
    expect((await add(member, hidden)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await add(moderator, hidden)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COMMENTS_CLOSED',
    });
    const anonymous = await t.gql(THREADS, { id: hidden, sort: 'BEST', first: 5, replies: 1 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await threads(hidden, moderator)).totalCount).toBe(1);

    const withdrawn = await suggestion('Ingetrokken suggestie');
    await t.gql(
      'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "Dubbel ingediend") { id } }',
      { id: withdrawn },
      { token: author.accessToken },
    );
    expect((await add(author, withdrawn)).errors?.[0]?.extensions?.reason).toBe('COMMENTS_CLOSED');
    expect((await add(member, withdrawn)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a blocked member', async () => {
    const id = await suggestion();
    const blocked = await createSignedInUser(t);
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    await t.gql(
      'mutation ($id: ID!) { blockUser(userId: $id, reason: "Spam") { id } }',
      { id: blocked.user._id.toHexString() },
      { token: admin.accessToken },
    );
    expect((await add(blocked, id)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await threads(id)).totalCount).toBe(0);
  });

  it('validates the body, the alignment, the target and the parent', async () => {
    const id = await suggestion();
    const short = await add(member, id, { body: '  x  ' });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.body',
      reason: 'TOO_SHORT',
      params: { min: 2 },
    });
    expect((await add(member, id, { body: 'x'.repeat(5_001) })).errors?.[0]?.extensions).toMatchObject({
      field: 'input.body',
      reason: 'TOO_LONG',
    });
    // Line breaks are part of a body, as in a suggestion's.
    expect((await added(member, id, { body: 'Twee\nregels' })).body).toBe('Twee\nregels');
    expect((await add(member, id, { body: 'Lone \uD800 surrogate' })).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_TEXT',
    });
    expect((await add(member, id, { alignment: 'MAYBE' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await add(member, '0123456789abcdef01234567')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await added(member, await suggestion('Andere suggestie'));
    expect((await add(member, id, { parentId: other.id })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parentId',
    });
  });

  it('shows a hidden comment to its author and moderators only, and takes no replies to it', async () => {
    const id = await suggestion();
    const comment = await added(member, id);
    await t.app
      .get(CommentsService)
      .changeStatus(comment.id, () => ({ status: 'HIDDEN', statusReason: 'Beledigend' }));
    expect((await threads(id)).totalCount).toBe(0);
    expect((await threads(id, author)).totalCount).toBe(0);
    expect((await threads(id, member)).nodes[0]).toMatchObject({ status: 'HIDDEN', body: comment.body });
    expect((await threads(id, moderator)).nodes[0]?.body).not.toBe('');
    expect((await add(author, id, { parentId: comment.id })).errors?.[0]?.extensions?.reason).toBe(
      'COMMENT_HIDDEN',
    );
    const counts = await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id });
    expect(counts.data?.proposal.commentCount).toBe(0);
  });

  it('answers one comment with its replies, and null where it is not there for the viewer', async () => {
    const scene = await FollowUpScene.start(t);
    const { slug, itemId } = await scene.publishedList('Eén reactie opvragen');
    const thread = await added(member, itemId);
    const reply = await added(author, itemId, { parentId: thread.id });
    const hidden = await added(member, itemId);
    await t.app
      .get(CommentsService)
      .changeStatus(hidden.id, () => ({ status: 'HIDDEN', statusReason: 'Beledigend' }));
    const comment = async (id: string, viewer: SignedInUser | null = null) => {
      const response = await t.gql<{ comment: ThreadView | null }>(
        `query ($id: ID!) { comment(id: $id) { ${FIELDS} replies(first: 5) { totalCount edges { node { ${FIELDS} } } } } }`,
        { id },
        viewer === null ? {} : { token: viewer.accessToken },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.comment;
    };
    const found = await comment(thread.id);
    expect(found).toMatchObject({ id: thread.id, listSlug: slug, replyCount: 1 });
    expect(found!.replies.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: reply.id, listSlug: slug }),
    ]);
    expect(await comment(hidden.id)).toBeNull();
    expect(await comment(hidden.id, author)).toBeNull();
    expect(await comment(hidden.id, member)).toMatchObject({ status: 'HIDDEN', body: hidden.body });
    expect(await comment(hidden.id, moderator)).toMatchObject({ status: 'HIDDEN', body: hidden.body });
    expect(await comment('0123456789abcdef01234567')).toBeNull();
    expect(await comment('geen-id')).toBeNull();
  });

  it('discusses an item of a published list and counts its comments', async () => {
    const scene = await FollowUpScene.start(t);
    const { slug, itemId } = await scene.publishedList('Tien geboden voor ondernemers');
    const thread = await added(member, itemId, { alignment: 'NEUTRAL' });
    expect(thread.listSlug).toBe(slug);
    await added(author, itemId, { parentId: thread.id });
    const { nodes } = await threads(itemId);
    expect(nodes[0]).toMatchObject({ id: thread.id, listSlug: slug, replyCount: 1 });
    const list = await t.gql<{ curatedList: { items: { id: string; commentCount: number }[] } }>(
      'query ($slug: String!) { curatedList(slug: $slug) { items { id commentCount } } }',
      { slug },
    );
    expect(list.data?.curatedList.items).toEqual([{ id: itemId, commentCount: 2 }]);
  });

  it('keeps the counters equal to a recount under 50 concurrent commenters', async () => {
    const proposalId = await suggestion('Drukbesproken suggestie');
    const scene = await FollowUpScene.start(t);
    const { slug, itemId } = await scene.publishedList('Drukbesproken lijst');
    const members = await Promise.all(Array.from({ length: 50 }, () => createSignedInUser(t)));
    const alignments = ['IN_FAVOR', 'AGAINST', 'NEUTRAL'] as const;
    const threadAlignment = (index: number) => alignments[index % 3]!;
    const replyAlignment = (index: number) => alignments[(index + 1) % 3]!;
    const targets = [proposalId, itemId];
    const started = await Promise.all(
      targets.map((targetId) =>
        Promise.all(
          members.map((user, index) =>
            addedWhenNotBusy(user, targetId, { alignment: threadAlignment(index) }),
          ),
        ),
      ),
    );
    // Then each member replies at once, to one of the first five threads of each target.
    await Promise.all(
      targets.flatMap((targetId, target) =>
        members.map((user, index) =>
          addedWhenNotBusy(user, targetId, {
            alignment: replyAlignment(index),
            parentId: started[target]![index % 5]!.id,
          }),
        ),
      ),
    );

    const written = members.flatMap((_, index) => [threadAlignment(index), replyAlignment(index)]);
    const expected = {
      commentCount: written.length,
      commentsInFavor: written.filter((alignment) => alignment === 'IN_FAVOR').length,
      commentsAgainst: written.filter((alignment) => alignment === 'AGAINST').length,
    };
    const counts = await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id: proposalId });
    expect(counts.data?.proposal).toEqual(expected);
    const list = await t.gql<{ curatedList: { items: { commentCount: number }[] } }>(
      'query ($slug: String!) { curatedList(slug: $slug) { items { commentCount } } }',
      { slug },
    );
    expect(list.data?.curatedList.items[0]?.commentCount).toBe(written.length);
    const replyCounts = async (targetId: string, first: number, replies: number) => {
      const response = await t.gql<{
        comments: {
          totalCount: number;
          edges: {
            node: { replyCount: number; replies: { totalCount: number; edges: { node: { id: string } }[] } };
          }[];
        };
      }>(REPLY_COUNTS, { id: targetId, sort: 'BEST', first, replies });
      expect(response.errors).toBeUndefined();
      return response.data!.comments;
    };
    for (const targetId of targets) {
      const all = await replyCounts(targetId, 50, 1);
      expect(all.totalCount).toBe(50);
      expect(all.edges.reduce((sum, { node }) => sum + node.replyCount, 0)).toBe(50);
      // BEST puts the five threads with replies first (no votes yet: most replies first).
      const replied = await replyCounts(targetId, 5, 10);
      for (const { node } of replied.edges) {
        expect(node.replyCount).toBe(10);
        expect(node.replies.totalCount).toBe(10);
        expect(node.replies.edges).toHaveLength(10);
      }
    }
    // A recount from the comments changes nothing.
    expect(await t.app.get(CommentsService).recountTarget('PROPOSAL', proposalId)).toEqual({
      total: expected.commentCount,
      inFavor: expected.commentsInFavor,
      against: expected.commentsAgainst,
    });
    expect(
      (await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id: proposalId })).data?.proposal,
    ).toEqual(counts.data?.proposal);
  });

  it('stores a comment sent twice at once (a double click, a retried request) once', async () => {
    const id = await suggestion();
    const body = 'Twee keer op verzenden gedrukt.';
    const answers = await Promise.all([added(member, id, { body }), added(member, id, { body })]);
    expect(answers[1].id).toBe(answers[0].id);
    expect((await threads(id)).totalCount).toBe(1);
    const counts = await t.gql<{ proposal: Record<string, number> }>(COUNTS, { id });
    expect(counts.data?.proposal.commentCount).toBe(1);
  });

  it('throttles comments as every other mutation, per member', async () => {
    const strict = await startTestApp('e2e_discussion_throttle', { THROTTLE_MUTATIONS_PER_USER: '2' });
    try {
      const writer = await createSignedInUser(strict);
      const id = (
        await submitProposal(strict, await createSignedInUser(strict), {
          title: 'Snel reageren',
          themeId: Object.values(await themeIds(strict))[0]!,
        })
      ).id;
      const comment = (body: string) =>
        strict.gql(
          ADD,
          { input: { targetId: id, body, alignment: 'NEUTRAL' } },
          { token: writer.accessToken },
        );
      expect((await comment('Eerste reactie')).errors).toBeUndefined();
      expect((await comment('Tweede reactie')).errors).toBeUndefined();
      expect((await comment('Derde reactie')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await strict.close();
    }
  });
});
