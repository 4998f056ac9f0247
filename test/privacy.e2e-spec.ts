import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { REMOVED_MEMBER_ID, Role } from '@app/accounts';
import { DomainEvents } from '@app/events';
import { PairwiseService, type ProposalRecord, PROPOSAL_MODEL, VotesService } from '@app/proposals';
import { createSignedInUser, type SignedInUser, TEST_PASSWORD } from './support/accounts';
import {
  hideAsModerator,
  PROPOSAL_FIELDS,
  type ProposalView,
  submitProposal,
  themeIds,
  vote,
} from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

/** The operations of the profile page this spec runs, and the sign-in ones it checks after a deletion. */
const GQL = {
  export: '{ exportMyData }',
  delete: 'mutation ($password: String!) { deleteMyAccount(password: $password) }',
  login: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
  refresh: 'mutation ($token: String!) { refresh(refreshToken: $token) { accessToken } }',
  myVotes:
    'query ($first: Int, $after: String) { myVotes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id myVote } } } }',
  myFollows: '{ myFollows { totalCount edges { node { targetType proposal { id } list { slug } } } } }',
} as const;

interface Exported {
  format: string;
  exportedAt: string;
  profile: Record<string, unknown>;
  suggestions: { id: string; title: string }[];
  votes: { proposalId: string; value: string; sector: string | null; castAt: string }[];
  follows: { targetId: string; active: boolean }[];
  notifications: { type: string; targetId: string }[];
  pairwiseAnswers: { pair: string[]; chosen: string | null }[];
  flags: unknown[];
}

describe('your data: myVotes, myFollows, exportMyData and deleteMyAccount', () => {
  let t: TestApp;
  let themeId: string;
  let proposals: Model<ProposalRecord>;

  const exported = async (user: SignedInUser): Promise<Exported> => {
    const response = await t.gql<{ exportMyData: string }>(GQL.export, {}, { token: user.accessToken });
    expect(response.errors).toBeUndefined();
    return JSON.parse(response.data!.exportMyData) as Exported;
  };

  const deleteAccount = (user: SignedInUser, password: string) =>
    t.gql<{ deleteMyAccount: boolean }>(GQL.delete, { password }, { token: user.accessToken });

  const expectCountersRecounted = async (): Promise<void> => {
    await t.app.get(DomainEvents).drain();
    expect((await t.app.get(VotesService).recountAll()).fixed).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_privacy');
    themeId = Object.values(await themeIds(t))[0]!;
    proposals = t.app.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
  });

  afterAll(() => t.close());

  it('lists the suggestions one voted on, latest vote first, readable ones only, page by page', async () => {
    const author = await createSignedInUser(t);
    const member = await createSignedInUser(t);
    const ids: string[] = [];
    for (const title of ['Eerste stem', 'Tweede stem', 'Derde stem']) {
      const proposal = await submitProposal(t, author, { title: `${title}: een voorstel`, themeId });
      expect((await vote(t, member, proposal.id, 'UP')).errors).toBeUndefined();
      ids.push(proposal.id);
    }
    await hideAsModerator(t, ids[1]!);

    type Page = {
      myVotes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; myVote: string } }[];
      };
    };
    const first = await t.gql<Page>(GQL.myVotes, { first: 1 }, { token: member.accessToken });
    expect(first.errors).toBeUndefined();
    expect(first.data!.myVotes.edges.map((edge) => edge.node)).toEqual([{ id: ids[2], myVote: 'UP' }]);
    expect(first.data!.myVotes.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql<Page>(
      GQL.myVotes,
      { first: 5, after: first.data!.myVotes.pageInfo.endCursor },
      { token: member.accessToken },
    );
    expect(rest.errors).toBeUndefined();
    // The hidden one is left out.
    expect(rest.data!.myVotes.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(rest.data!.myVotes.pageInfo.hasNextPage).toBe(false);

    await t.app.get(DomainEvents).drain();
    const follows = await t.gql<{
      myFollows: {
        totalCount: number;
        edges: { node: { targetType: string; proposal: { id: string } | null } }[];
      };
    }>(GQL.myFollows, {}, { token: member.accessToken });
    expect(follows.errors).toBeUndefined();
    expect(follows.data!.myFollows.totalCount).toBe(3);
    // Newest suggestion first; the hidden one is followed but not readable.
    expect(follows.data!.myFollows.edges.map((edge) => edge.node)).toEqual([
      { targetType: 'PROPOSAL', proposal: { id: ids[2] }, list: null },
      { targetType: 'PROPOSAL', proposal: null, list: null },
      { targetType: 'PROPOSAL', proposal: { id: ids[0] }, list: null },
    ]);
  });

  it('exports what is stored about the member, then deletes it all but their suggestions', async () => {
    const other = await createSignedInUser(t, [], 'Ander lid', 'bouw');
    const member = await createSignedInUser(t, [], 'Lid met gegevens', 'ict');
    const own = await submitProposal(t, member, { title: 'Mijn eigen voorstel voor minder regels', themeId });
    const voted = await submitProposal(t, other, { title: 'Voorstel van een ander lid', themeId });
    const third = await submitProposal(t, other, { title: 'Nog een voorstel om te vergelijken', themeId });
    expect((await vote(t, member, voted.id, 'UP')).errors).toBeUndefined();
    expect((await vote(t, other, own.id, 'DOWN')).errors).toBeUndefined();
    const followed = await t.gql(
      'mutation ($id: ID!) { follow(targetId: $id) }',
      { id: third.id },
      { token: member.accessToken },
    );
    expect(followed.errors).toBeUndefined();
    // A pairwise answer: any pair of the three.
    const pairwise = t.app.get(PairwiseService);
    const pair = await pairwise.nextPair(member.user);
    expect(await pairwise.comparePair(member.user, pair.token, 'LEFT')).toBe(true);
    // A notification: a moderator hides the suggestion the member voted on (they follow it).
    await hideAsModerator(t, voted.id, 'Dubbel ingediend');
    await t.app.get(DomainEvents).drain();

    const data = await exported(member);
    expect(data.format).toBe('kabinet-personal-data/1');
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.profile).toMatchObject({
      email: member.user.email,
      displayName: 'Lid met gegevens',
      sector: 'ict',
    });
    expect(data.suggestions.map((suggestion) => suggestion.id)).toEqual([own.id]);
    expect(data.votes).toEqual([
      expect.objectContaining({ proposalId: voted.id, value: 'UP', sector: 'ict' }),
    ]);
    expect(data.follows.map((follow) => follow.targetId).sort()).toEqual([own.id, voted.id, third.id].sort());
    expect(data.notifications).toEqual([
      expect.objectContaining({ type: 'PROPOSAL_HIDDEN', targetId: voted.id }),
    ]);
    expect(data.pairwiseAnswers).toEqual([
      expect.objectContaining({
        pair: [pair.left._id.toHexString(), pair.right._id.toHexString()].sort(),
        chosen: pair.left._id.toHexString(),
      }),
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toContain('argon2');
    expect(text).not.toContain('passwordHash');
    // Nothing of the other member: not their address, their vote or their suggestions' texts.
    expect(text).not.toContain(other.user.email);
    expect(text).not.toContain(other.user._id.toHexString());
    expect(text).not.toContain('Nog een voorstel om te vergelijken');

    const wrong = await deleteAccount(member, 'niet-mijn-wachtwoord');
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    expect((await exported(member)).votes).toHaveLength(1);

    const deleted = await deleteAccount(member, TEST_PASSWORD);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteMyAccount).toBe(true);

    expect((await t.gql(GQL.export, {}, { token: member.accessToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.gql(GQL.refresh, { token: member.refreshToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const login = await t.gql(GQL.login, { input: { email: member.user.email, password: TEST_PASSWORD } });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const suggestion = await t.gql<{ proposal: ProposalView | null }>(
      `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`,
      { id: own.id },
    );
    expect(suggestion.data?.proposal).toMatchObject({ id: own.id, author: null, downvotes: 1 });
    expect((await proposals.findById(own.id).lean().exec())?.authorId.equals(REMOVED_MEMBER_ID)).toBe(true);
    const counted = await proposals.findById(voted.id).lean().exec();
    expect(counted).toMatchObject({ upvotes: 0, downvotes: 0 });
    await expectCountersRecounted();
    expect(await t.app.get(VotesService).votesOn([voted.id, own.id])).toEqual([
      expect.objectContaining({ userId: other.user._id }),
    ]);
    // The other member's data is untouched.
    expect((await exported(other)).votes).toHaveLength(1);

    const again = await t.gql<{ register: { accessToken: string } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
      { input: { email: member.user.email, password: TEST_PASSWORD, displayName: 'Opnieuw' } },
    );
    expect(again.errors).toBeUndefined();
    const fresh = await t.gql<{ exportMyData: string }>(
      GQL.export,
      {},
      { token: again.data!.register.accessToken },
    );
    const freshData = JSON.parse(fresh.data!.exportMyData) as Exported;
    expect(freshData).toMatchObject({
      suggestions: [],
      votes: [],
      follows: [],
      notifications: [],
      pairwiseAnswers: [],
    });
  });

  it('keeps counters equal to a recount when the member votes while deleting their account', async () => {
    const author = await createSignedInUser(t);
    const member = await createSignedInUser(t, [], 'Haastig lid', 'zorg');
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      ids.push(
        (await submitProposal(t, author, { title: `Voorstel ${index} om snel op te stemmen`, themeId })).id,
      );
    }
    for (const id of ids.slice(0, 3)) {
      expect((await vote(t, member, id, 'UP')).errors).toBeUndefined();
    }
    const [deletion] = await Promise.all([
      deleteAccount(member, TEST_PASSWORD),
      ...ids.map((id, index) => vote(t, member, id, index % 2 === 0 ? 'DOWN' : 'UP')),
    ]);
    expect(deletion.errors).toBeUndefined();
    await expectCountersRecounted();
    const left = await t.app.get(VotesService).votesOn(ids);
    expect(left.filter((counted) => counted.userId.equals(member.user._id))).toEqual([]);
    for (const id of ids) {
      expect(await proposals.findById(id).lean().exec()).toMatchObject({
        upvotes: 0,
        downvotes: 0,
        sectorVotes: [],
      });
    }
  });

  it('refuses to delete the only admin', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const refused = await deleteAccount(admin, TEST_PASSWORD);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Still usable: nothing was removed.
    expect((await exported(admin)).profile).toMatchObject({ email: admin.user.email, blockedAt: null });
  });
});
