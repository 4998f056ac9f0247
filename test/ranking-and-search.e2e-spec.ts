import { confidenceScore, controversialScore } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { everyProposalPage, type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

type Page = {
  proposals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: ProposalView }[];
  };
};

const PAGE = `query ($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {
  proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title upvotes downvotes score tags } }
  }
}`;

/** Votes per proposal: [up, down]. */
const VOTES: [number, number][] = [
  [0, 0],
  [5, 0],
  [9, 1],
  [3, 3],
  [1, 4],
  [6, 5],
  [2, 0],
  [4, 4],
];

describe('ranking orders and search', () => {
  let t: TestApp;
  let proposals: ProposalView[];

  function allPages(variables: Record<string, unknown>, first = 3): Promise<ProposalView[]> {
    return everyProposalPage<ProposalView>(t, PAGE, variables, first);
  }

  beforeAll(async () => {
    t = await startTestApp('e2e_ranking');
    const themes = await themeIds(t);
    const author = await createSignedInUser(t, [], 'Auteur');
    const voters: SignedInUser[] = await Promise.all(Array.from({ length: 11 }, () => createSignedInUser(t)));
    proposals = [];
    for (const [index, [up, down]] of VOTES.entries()) {
      const proposal = await submitProposal(t, author, {
        title: `Voorstel ${index}: ${index === 2 ? 'De Minister van Financiën en de Oranje Bank' : 'beloon duurzame innovatie'}`,
        themeId: index % 2 === 0 ? themes['finance-banking']! : themes['sustainable-innovation']!,
        tags: index === 3 ? ['mkb'] : [],
      });
      for (let i = 0; i < up + down; i += 1) {
        await vote(t, voters[i]!, proposal.id, i < up ? 'UP' : 'DOWN');
      }
      proposals.push(proposal);
    }
  });

  afterAll(async () => {
    await t.close();
  });

  const byId = (id: string): [number, number] => VOTES[proposals.findIndex((p) => p.id === id)]!;

  it.each([
    ['TOP', ([up, down]: [number, number]) => up - down],
    ['CONFIDENCE', ([up, down]: [number, number]) => confidenceScore(up, down)],
    ['CONTROVERSIAL', ([up, down]: [number, number]) => controversialScore(up, down)],
  ] as const)(
    '%s: pages in descending score without repeats or gaps, score = the order value',
    async (sort, expected) => {
      const seen = await allPages({ sort });
      expect(seen).toHaveLength(VOTES.length);
      expect(new Set(seen.map((p) => p.id)).size).toBe(VOTES.length);
      for (const proposal of seen) {
        expect(proposal.score).toBeCloseTo(expected(byId(proposal.id)), 10);
      }
      const scores = seen.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('NEWEST: latest first', async () => {
    const seen = await allPages({ sort: 'NEWEST' });
    expect(seen.map((p) => p.id)).toEqual([...proposals].reverse().map((p) => p.id));
  });

  it('HOT: net votes weigh in among suggestions of about the same age', async () => {
    const seen = await allPages({ sort: 'HOT' });
    expect(seen).toHaveLength(VOTES.length);
    expect(new Set(seen.map((p) => p.id)).size).toBe(VOTES.length);
    const scores = seen.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Submitted within seconds of each other: 8 net votes beat 0 and -3.
    const position = (index: number): number => seen.findIndex((p) => p.id === proposals[index]!.id);
    expect(position(2)).toBeLessThan(position(0));
    expect(position(0)).toBeLessThan(position(4));
  });

  it('RANDOM: the same order on every page for one seed, another for another seed', async () => {
    const first = await allPages({ sort: 'RANDOM', seed: 7 }, 3);
    const again = await allPages({ sort: 'RANDOM', seed: 7 }, 5);
    const other = await allPages({ sort: 'RANDOM', seed: 8 }, 3);
    expect(first.map((p) => p.id)).toEqual(again.map((p) => p.id));
    expect(new Set(first.map((p) => p.id)).size).toBe(VOTES.length);
    expect(other.map((p) => p.id)).not.toEqual(first.map((p) => p.id));
  });

  it('filters by theme, tag and accent-insensitive whole words, ignoring stop words', async () => {
    const search = async (filter: Record<string, unknown>): Promise<string[]> =>
      (await t.gql<Page>(PAGE, { sort: 'NEWEST', filter })).data!.proposals.edges.map(
        (edge) => edge.node.title,
      );
    expect(await search({ search: 'financien' })).toEqual([
      'Voorstel 2: De Minister van Financiën en de Oranje Bank',
    ]);
    expect(await search({ search: 'FINANCIËN van de' })).toHaveLength(1);
    expect(await search({ search: 'oranje minister' })).toHaveLength(1);
    expect(await search({ search: 'financ' })).toEqual([]);
    expect(await search({ tag: 'MKB' })).toEqual(['Voorstel 3: beloon duurzame innovatie']);
    const themes = await themeIds(t);
    expect(await search({ themeId: themes['finance-banking'] })).toHaveLength(4);
    expect(await search({ themeId: themes['finance-banking'], search: 'duurzame' })).toHaveLength(3);
  });

  it('rejects bad paging and filter input with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 0 }, { after: 'nonsense' }, { filter: { themeId: 'not-an-id' } }]) {
      const response = await t.gql(PAGE, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const capped = await t.gql<Page>(PAGE, { first: 1000 });
    expect(capped.data?.proposals.edges.length).toBe(VOTES.length);
  });

  it('suggests similar suggestions while typing, best match first', async () => {
    const response = await t.gql<{ similarProposals: { title: string; score: number }[] }>(
      'query ($text: String!) { similarProposals(text: $text, first: 3) { title score } }',
      { text: 'Een Oranje bank voor financiën' },
    );
    const similar = response.data!.similarProposals;
    expect(similar[0]?.title).toBe('Voorstel 2: De Minister van Financiën en de Oranje Bank');
    expect(similar[0]?.score).toBeGreaterThan(similar[1]?.score ?? 0);
    expect((await t.gql('{ similarProposals(text: "de het een") { id } }')).data).toEqual({
      similarProposals: [],
    });
  });
});
