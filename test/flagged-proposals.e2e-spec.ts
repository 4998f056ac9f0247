import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const FLAG = 'mutation ($id: ID!, $reason: String!) { flagProposal(id: $id, reason: $reason) }';
const HIDE = 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Buiten het onderwerp") { status } }';
const CLEAR = 'mutation ($id: ID!) { clearProposalFlags(id: $id) { status } }';
const QUEUE = `query ($first: Int, $after: String) {
  flaggedProposals(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status flagCount flagReasons } }
  }
}`;
const FLAG_FIELDS = 'query ($id: ID!) { proposal(id: $id) { flagCount flagReasons } }';

interface Queued {
  id: string;
  status: string;
  flagCount: number | null;
  flagReasons: string[] | null;
}

interface Queue {
  flaggedProposals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Queued }[];
  };
}

describe('flaggedProposals: the moderators’ queue of reported suggestions', () => {
  let t: TestApp;
  let themeId: string;
  let author: SignedInUser;
  let moderator: SignedInUser;
  let members: SignedInUser[];

  beforeAll(async () => {
    t = await startTestApp('e2e_flagged_proposals');
    themeId = (await themeIds(t))['media-transparency']!;
    author = await createSignedInUser(t, [], 'Auteur');
    moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator Mo');
    members = await Promise.all(Array.from({ length: 5 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)));
  });

  afterAll(() => t.close());

  const flag = async (id: string, count: number, reason = 'Reclame') => {
    for (const member of members.slice(0, count)) {
      const response = await t.gql(
        FLAG,
        { id, reason: `${reason} ${member.user.displayName}` },
        {
          token: member.accessToken,
        },
      );
      expect(response.errors).toBeUndefined();
    }
  };
  const queue = async (variables: { first?: number; after?: string | null } = {}) => {
    const response = await t.gql<Queue>(QUEUE, variables, { token: moderator.accessToken });
    expect(response.errors).toBeUndefined();
    return response.data!.flaggedProposals;
  };

  it('lists reported and auto-hidden suggestions, most reports first, until a moderator decides', async () => {
    const submit = (title: string) => submitProposal(t, author, { title, themeId }).then((p) => p.id);
    const once = await submit('Eén keer gemeld voorstel');
    const thrice = await submit('Drie keer gemeld voorstel');
    const hidden = await submit('Vijf keer gemeld voorstel');
    await submit('Nooit gemeld voorstel');
    await flag(once, 1);
    await flag(thrice, 3, 'Onzin');
    await flag(hidden, 5);

    const first = await queue({ first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => [edge.node.id, edge.node.status, edge.node.flagCount])).toEqual([
      [hidden, 'HIDDEN', 5],
      [thrice, 'PUBLISHED', 3],
    ]);
    expect([...(first.edges[1]!.node.flagReasons ?? [])].sort()).toEqual([
      'Onzin Lid 0',
      'Onzin Lid 1',
      'Onzin Lid 2',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await queue({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([once]);

    // A moderator's hide, clear or unhide takes it out of the queue.
    expect((await t.gql(HIDE, { id: thrice }, { token: moderator.accessToken })).errors).toBeUndefined();
    expect((await t.gql(CLEAR, { id: once }, { token: moderator.accessToken })).errors).toBeUndefined();
    const after = await queue();
    expect(after.edges.map((edge) => edge.node.id)).toEqual([hidden]);
    expect(after.totalCount).toBe(1);
  });

  it('is for moderators: others get FORBIDDEN, and flag data stays null for them', async () => {
    const response = await t.gql(QUEUE, {}, { token: members[0]!.accessToken });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const id = (await submitProposal(t, author, { title: 'Nog een gemeld voorstel', themeId })).id;
    await flag(id, 1);
    const asAuthor = await t.gql(FLAG_FIELDS, { id }, { token: author.accessToken });
    expect(asAuthor.data).toEqual({ proposal: { flagCount: null, flagReasons: null } });
    const asModerator = await t.gql(FLAG_FIELDS, { id }, { token: moderator.accessToken });
    expect(asModerator.data).toEqual({ proposal: { flagCount: 1, flagReasons: ['Reclame Lid 0'] } });
  });

  it("shows members their own report as myFlag, never someone else's, per suggestion on a page", async () => {
    const submit = (title: string) => submitProposal(t, author, { title, themeId }).then((p) => p.id);
    const reported = await submit('Door één lid gemeld voorstel');
    const other = await submit('Door een ander lid gemeld voorstel');
    const before = Date.now();
    await flag(reported, 1, 'Spam');
    const [reporter, otherMember] = members;
    const second = await t.gql(FLAG, { id: other, reason: 'Dubbel' }, { token: otherMember!.accessToken });
    expect(second.errors).toBeUndefined();

    const MY_FLAG = 'query ($id: ID!) { proposal(id: $id) { myFlag { reason at } } }';
    const myFlag = async (id: string, token?: string) => {
      const response = await t.gql<{ proposal: { myFlag: { reason: string; at: string } | null } }>(
        MY_FLAG,
        { id },
        token === undefined ? {} : { token },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.proposal.myFlag;
    };
    const own = await myFlag(reported, reporter!.accessToken);
    expect(own?.reason).toBe(`Spam ${reporter!.user.displayName}`);
    expect(Date.parse(own!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(own!.at)).toBeLessThanOrEqual(Date.now());
    // Anonymous readers, the author, a moderator and another member who did not report it: null.
    expect(await myFlag(reported)).toBeNull();
    expect(await myFlag(reported, author.accessToken)).toBeNull();
    expect(await myFlag(reported, moderator.accessToken)).toBeNull();
    expect(await myFlag(reported, otherMember!.accessToken)).toBeNull();

    // A page of suggestions: each one's own report (one batched lookup), the other's stays null.
    const PAGE = `query { proposals(first: 50, sort: NEWEST) { edges { node { id myFlag { reason } } } } }`;
    const page = await t.gql<{
      proposals: { edges: { node: { id: string; myFlag: { reason: string } | null } }[] };
    }>(PAGE, {}, { token: otherMember!.accessToken });
    expect(page.errors).toBeUndefined();
    const flags = new Map(page.data!.proposals.edges.map(({ node }) => [node.id, node.myFlag]));
    expect(flags.get(other)).toEqual({ reason: 'Dubbel' });
    expect(flags.get(reported)).toBeNull();
  });
});
