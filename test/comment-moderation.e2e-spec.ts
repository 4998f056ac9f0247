import { Types } from 'mongoose';
import { Role } from '@app/accounts';
import { CommentVotesService } from '@app/discussion';
import { AUTO_HIDE_FLAGS } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { submitProposal, themeIds } from './support/proposals';
import { type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

interface CommentView {
  id: string;
  body: string;
  status: 'PUBLISHED' | 'HIDDEN' | 'DELETED';
  upvotes: number;
  downvotes: number;
  myVote: boolean | null;
  myFlag: boolean | null;
  flagCount: number | null;
  flagReasons: string[] | null;
}

const FIELDS = 'id body status upvotes downvotes myVote myFlag flagCount flagReasons';

const ADD = `mutation ($input: AddCommentInput!) { addComment(input: $input) { ${FIELDS} } }`;
const VOTE = `mutation ($id: ID!, $up: Boolean!) { voteComment(id: $id, up: $up) { ${FIELDS} } }`;
const RETRACT = `mutation ($id: ID!) { retractCommentVote(id: $id) { ${FIELDS} } }`;
const FLAG = 'mutation ($id: ID!, $reason: String!) { flagComment(id: $id, reason: $reason) }';
const HIDE = `mutation ($id: ID!, $reason: String!) { hideComment(id: $id, reason: $reason) { ${FIELDS} } }`;
const UNHIDE = `mutation ($id: ID!) { unhideComment(id: $id) { ${FIELDS} } }`;
const THREADS = `query ($id: ID!) {
  comments(targetId: $id, sort: OLDEST, first: 10) {
    edges { node { ${FIELDS} replies(first: 3) { edges { node { id body status myVote myFlag } } } } }
  }
}`;
const FLAGGED = `query ($first: Int, $after: String) {
  flaggedComments(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } }
  }
}`;
const AUDIT = `{ auditLog(first: 50) {
  edges { node { action reason actor { displayName } proposal { id } comment { id body status } } }
} }`;

type Response = GraphQLResponse<unknown>;

const reasonOf = (response: Response): unknown => response.errors?.[0]?.extensions?.reason;
const codeOf = (response: Response): unknown => response.errors?.[0]?.extensions?.code;

describe('comment votes, reports and moderation (e2e)', () => {
  let t: TestApp;
  let author: SignedInUser;
  let moderator: SignedInUser;
  let members: SignedInUser[];
  let themeId: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_comment_moderation');
    [author, moderator, ...members] = await Promise.all([
      createSignedInUser(t, [], 'Auteur'),
      createSignedInUser(t, [Role.MODERATOR], 'Moderator Mia'),
      ...Array.from({ length: 20 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)),
    ]);
    themeId = Object.values(await themeIds(t))[0]!;
  });

  afterAll(() => t.close());

  async function as<T = Record<string, unknown>>(
    user: SignedInUser | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    return t.gql<T>(query, variables, user === null ? {} : { token: user.accessToken });
  }

  async function suggestion(): Promise<string> {
    return (await submitProposal(t, author, { title: 'Eén loket voor alle vergunningen', themeId })).id;
  }

  async function comment(targetId: string, body: string, parentId?: string, by = author): Promise<string> {
    const response = await as<{ addComment: CommentView }>(by, ADD, {
      input: { targetId, body, alignment: 'IN_FAVOR', parentId },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.addComment.id;
  }

  it('counts one vote per member, even from 20 identical requests at once, and flips and retracts it', async () => {
    const id = await comment(await suggestion(), 'Dit scheelt ondernemers weken wachten.');
    const [voter] = members;
    const burst = await Promise.all(Array.from({ length: 20 }, () => as(voter!, VOTE, { id, up: true })));
    expect(burst.filter((response) => response.errors !== undefined)).toEqual([]);
    let mine = await as<{ voteComment: CommentView }>(voter!, VOTE, { id, up: true });
    expect(mine.data?.voteComment).toMatchObject({ upvotes: 1, downvotes: 0, myVote: true });

    mine = await as<{ voteComment: CommentView }>(voter!, VOTE, { id, up: false });
    expect(mine.data?.voteComment).toMatchObject({ upvotes: 0, downvotes: 1, myVote: false });
    const retracted = await as<{ retractCommentVote: CommentView }>(voter!, RETRACT, { id });
    expect(retracted.data?.retractCommentVote).toMatchObject({ upvotes: 0, downvotes: 0, myVote: null });

    const own = await as(author, VOTE, { id, up: true });
    expect([codeOf(own), reasonOf(own)]).toEqual(['FORBIDDEN', 'OWN_COMMENT']);
    expect(codeOf(await as(null, VOTE, { id, up: true }))).toBe('UNAUTHENTICATED');
  });

  it('keeps the counters equal to a recount while 20 members vote, flip and retract at once', async () => {
    const target = await suggestion();
    const id = await comment(target, 'Een loket is ook goedkoper voor de overheid.');
    await Promise.all(
      members.map(async (member, index) => {
        await as(member, VOTE, { id, up: index % 3 !== 0 });
        if (index % 4 === 0) await as(member, VOTE, { id, up: index % 3 === 0 });
        if (index % 5 === 0) await as(member, RETRACT, { id });
      }),
    );
    const expected = members.map((_, index) =>
      index % 5 === 0 ? 0 : (index % 4 === 0 ? index % 3 === 0 : index % 3 !== 0) ? 1 : -1,
    );
    const { data, errors } = await as<{ comments: { edges: { node: CommentView }[] } }>(null, THREADS, {
      id: target,
    });
    expect(errors).toBeUndefined();
    const node = data!.comments.edges[0]!.node;
    expect({ up: node.upvotes, down: node.downvotes }).toEqual({
      up: expected.filter((value) => value === 1).length,
      down: expected.filter((value) => value === -1).length,
    });
    // Nothing to repair: the stored counters are the votes' count.
    expect(await t.app.get(CommentVotesService).recount(new Types.ObjectId(id))).toBe(false);
  });

  it(`hides a comment at ${AUTO_HIDE_FLAGS} reports; after a moderator unhid it, a sixth does not`, async () => {
    const target = await suggestion();
    const id = await comment(target, 'Koop nu goedkope horloges bij ons!');
    const first = await as(members[0]!, FLAG, { id, reason: 'Reclame' });
    expect(first.data).toEqual({ flagComment: true });
    const again = await as(members[0]!, FLAG, { id, reason: 'Reclame' });
    expect([codeOf(again), reasonOf(again)]).toEqual(['CONFLICT', 'ALREADY_FLAGGED']);
    expect(reasonOf(await as(author, FLAG, { id, reason: 'Reclame' }))).toBe('OWN_COMMENT');

    const seen = await as<{ comments: { edges: { node: CommentView }[] } }>(members[0]!, THREADS, {
      id: target,
    });
    expect(seen.data?.comments.edges[0]?.node).toMatchObject({
      myFlag: true,
      flagCount: null,
      flagReasons: null,
    });
    const others = members.slice(1, AUTO_HIDE_FLAGS);
    await Promise.all(
      others.map((member, index) => as(member, FLAG, { id, reason: `Reclame, melding ${index + 2}` })),
    );

    const queue = await as<{ flaggedComments: { edges: { node: CommentView }[] } }>(moderator, FLAGGED, {
      first: 50,
    });
    const queued = queue.data?.flaggedComments.edges.find((edge) => edge.node.id === id)?.node;
    expect(queued).toMatchObject({ status: 'HIDDEN', flagCount: AUTO_HIDE_FLAGS, myFlag: false });
    expect(queued?.flagReasons).toHaveLength(AUTO_HIDE_FLAGS);
    expect(queued?.flagReasons?.at(-1)).toBe('Reclame');

    const unhidden = await as<{ unhideComment: CommentView }>(moderator, UNHIDE, { id });
    expect(unhidden.data?.unhideComment.status).toBe('PUBLISHED');
    expect((await as(members[AUTO_HIDE_FLAGS]!, FLAG, { id, reason: 'Nog steeds reclame' })).data).toEqual({
      flagComment: true,
    });
    const after = await as<{ comments: { edges: { node: CommentView }[] } }>(null, THREADS, { id: target });
    expect(after.data?.comments.edges[0]?.node).toMatchObject({ id, status: 'PUBLISHED' });
    const later = await as<{ flaggedComments: { edges: { node: CommentView }[] } }>(moderator, FLAGGED, {
      first: 50,
    });
    expect(later.data?.flaggedComments.edges.map((edge) => edge.node.id)).not.toContain(id);

    const audit = await as<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(moderator, AUDIT);
    const entries = audit
      .data!.auditLog.edges.map((edge) => edge.node)
      .filter((entry) => (entry.comment as { id: string } | null)?.id === id);
    expect(entries.map((entry) => [entry.action, entry.actor, entry.proposal])).toEqual([
      ['UNHIDE_COMMENT', { displayName: 'Moderator Mia' }, { id: target }],
      ['AUTO_HIDE_COMMENT', null, { id: target }],
    ]);
  });

  it('lets only moderators hide, unhide and see the queue, in the audit log', async () => {
    const target = await suggestion();
    const id = await comment(target, 'Dit is buiten het onderwerp.');
    expect(codeOf(await as(members[0]!, HIDE, { id, reason: 'Buiten het onderwerp' }))).toBe('FORBIDDEN');
    expect(codeOf(await as(members[0]!, FLAGGED))).toBe('FORBIDDEN');
    expect(codeOf(await as(null, FLAGGED))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(members[0]!, AUDIT))).toBe('FORBIDDEN');
    const notHidden = await as(moderator, UNHIDE, { id });
    expect([codeOf(notHidden), reasonOf(notHidden)]).toEqual(['CONFLICT', 'COMMENT_NOT_HIDDEN']);

    const hidden = await as<{ hideComment: CommentView }>(moderator, HIDE, {
      id,
      reason: 'Buiten het onderwerp',
    });
    expect(hidden.data?.hideComment).toMatchObject({
      status: 'HIDDEN',
      body: 'Dit is buiten het onderwerp.',
    });
    await as(moderator, UNHIDE, { id });
    const audit = await as<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(moderator, AUDIT);
    expect(audit.data!.auditLog.edges.slice(0, 2).map((edge) => edge.node)).toEqual([
      {
        action: 'UNHIDE_COMMENT',
        reason: null,
        actor: { displayName: 'Moderator Mia' },
        proposal: { id: target },
        comment: { id, body: 'Dit is buiten het onderwerp.', status: 'PUBLISHED' },
      },
      {
        action: 'HIDE_COMMENT',
        reason: 'Buiten het onderwerp',
        actor: { displayName: 'Moderator Mia' },
        proposal: { id: target },
        comment: { id, body: 'Dit is buiten het onderwerp.', status: 'PUBLISHED' },
      },
    ]);

    const deleted = await comment(target, 'Deze reactie trek ik in.');
    await as(author, 'mutation ($id: ID!) { deleteComment(id: $id) { id } }', { id: deleted });
    const refused = await as(moderator, HIDE, { id: deleted, reason: 'Buiten het onderwerp' });
    expect([codeOf(refused), reasonOf(refused)]).toEqual(['CONFLICT', 'COMMENT_DELETED']);
  });

  it('never shows the text of a hidden comment to others', async () => {
    const target = await suggestion();
    const SECRET = 'Geheim scheldwoord dat niemand mag lezen';
    const thread = await comment(target, `${SECRET} (draad)`);
    await comment(target, 'Een nette reactie eronder.', thread, members[0]);
    const published = await comment(target, 'Een nette draad.', undefined, members[0]);
    await comment(target, `${SECRET} (antwoord)`, published);
    const reply = (
      await as<{ comments: { edges: { node: { replies: { edges: { node: CommentView }[] } } }[] } }>(
        author,
        THREADS,
        { id: target },
      )
    ).data!.comments.edges[1]!.node.replies.edges[0]!.node.id;
    for (const id of [thread, reply]) {
      for (const member of members.slice(0, AUTO_HIDE_FLAGS)) {
        await as(member, FLAG, { id, reason: 'Scheldwoorden' });
      }
    }

    for (const viewer of [null, members[0]!, members[10]!]) {
      const read = await as(viewer, THREADS, { id: target });
      expect(read.errors).toBeUndefined();
      expect(JSON.stringify(read.data)).not.toContain(SECRET);
      // The hidden thread keeps its place for its visible reply, without its text.
      expect(JSON.stringify(read.data)).toContain('Een nette reactie eronder.');
      for (const query of [FLAGGED, AUDIT]) {
        const refused = await as(viewer, query, { first: 50 });
        expect(refused.data ?? null).toBeNull();
        expect(JSON.stringify(refused)).not.toContain(SECRET);
      }
      expect(JSON.stringify(await as(viewer, VOTE, { id: reply, up: true }))).not.toContain(SECRET);
    }
    // Its author and moderators still read it.
    expect(JSON.stringify((await as(author, THREADS, { id: target })).data)).toContain(
      `${SECRET} (antwoord)`,
    );
    const queue = await as(moderator, FLAGGED, { first: 50 });
    expect(JSON.stringify(queue.data)).toContain(`${SECRET} (draad)`);
  });

  it('pages the queue most reports first', async () => {
    const target = await suggestion();
    const ids: string[] = [];
    for (let flags = 1; flags <= 3; flags += 1) {
      const id = await comment(target, `Reactie met ${flags} meldingen`);
      for (const member of members.slice(0, flags)) {
        await as(member, FLAG, { id, reason: 'Twijfelachtig' });
      }
      ids.push(id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const response: GraphQLResponse<{
        flaggedComments: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: CommentView }[];
        };
      }> = await as(moderator, FLAGGED, { first: 2, after });
      const connection = response.data!.flaggedComments;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      const counts = connection.edges.map((edge) => edge.node.flagCount!);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const mine = seen.filter((id) => ids.includes(id));
    expect(mine).toEqual([...ids].reverse());
  });

  it('counts comment votes in the votes bucket per member, like castVote', async () => {
    const strict = await startTestApp('e2e_comment_moderation_throttle', {
      THROTTLE_VOTES_PER_USER: '3',
      THROTTLE_MUTATIONS_PER_USER: '100',
    });
    try {
      const [writer, voter] = await Promise.all([createSignedInUser(strict), createSignedInUser(strict)]);
      const target = (
        await submitProposal(strict, writer, {
          title: 'Snel stemmen op reacties',
          themeId: Object.values(await themeIds(strict))[0]!,
        })
      ).id;
      const added = await strict.gql<{ addComment: CommentView }>(
        ADD,
        { input: { targetId: target, body: 'Stem maar op mij.', alignment: 'NEUTRAL' } },
        { token: writer.accessToken },
      );
      const id = added.data!.addComment.id;
      const send = (query: string, variables: Record<string, unknown>) =>
        strict.gql(query, variables, { token: voter.accessToken });
      expect((await send(VOTE, { id, up: true })).errors).toBeUndefined();
      expect((await send(VOTE, { id, up: false })).errors).toBeUndefined();
      expect((await send(RETRACT, { id })).errors).toBeUndefined();
      expect(codeOf(await send(VOTE, { id, up: true }))).toBe('TOO_MANY_REQUESTS');
      // Other mutations keep their own budget.
      expect((await send(FLAG, { id, reason: 'Alleen om te testen' })).errors).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});
