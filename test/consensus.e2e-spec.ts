import { createSignedInUser, type SignedInUser } from './support/accounts';
import { everyProposalPage, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

interface Ranked {
  id: string;
  title: string;
  score: number;
  consensus: number;
  upvotes: number;
  supportBySector: { sector: string; up: number; down: number }[];
}

const PAGE = `query ($sort: ProposalSort, $first: Int, $after: String) {
  proposals(sort: $sort, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id title score consensus upvotes supportBySector { sector up down } } }
  }
}`;

const BROAD_SECTORS = ['agrarisch', 'bouw', 'horeca', 'ict', 'zorg'];

describe('CONSENSUS: support across sectors', () => {
  let t: TestApp;

  function allPages(sort: string, first: number): Promise<Ranked[]> {
    return everyProposalPage<Ranked>(t, PAGE, { sort }, first);
  }

  beforeAll(async () => {
    t = await startTestApp('e2e_consensus');
    const themeId = Object.values(await themeIds(t))[0]!;
    const author = await createSignedInUser(t, [], 'Auteur');
    const member = (sector: string): Promise<SignedInUser> => createSignedInUser(t, [], 'Lid', sector);
    const broad = await submitProposal(t, author, { title: 'Breed gedragen: minder regels', themeId });
    const favourite = await submitProposal(t, author, {
      title: 'Favoriet van ICT: snellere glasvezel',
      themeId,
    });
    await submitProposal(t, author, { title: 'Nog zonder stemmen', themeId });
    const disputed = await submitProposal(t, author, { title: 'Omstreden: hogere heffing', themeId });
    // One up vote from each of five sectors (net 5) against eight from ICT alone (net 8).
    for (const sector of BROAD_SECTORS) {
      expect((await vote(t, await member(sector), broad.id, 'UP')).errors).toBeUndefined();
    }
    for (let index = 0; index < 8; index += 1) {
      expect((await vote(t, await member('ict'), favourite.id, 'UP')).errors).toBeUndefined();
    }
    // A member without a sector counts under "anders".
    expect((await vote(t, await createSignedInUser(t), disputed.id, 'DOWN')).errors).toBeUndefined();
    expect((await vote(t, await member('bouw'), disputed.id, 'UP')).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t.close();
  });

  it('orders a suggestion supported in every sector above a one-sector favourite with more net votes', async () => {
    const titles = (ranked: Ranked[]): string[] => ranked.map((proposal) => proposal.title.split(':')[0]!);
    expect(titles(await allPages('TOP', 10))[0]).toBe('Favoriet van ICT');
    const byConsensus = await allPages('CONSENSUS', 10);
    expect(titles(byConsensus)).toEqual([
      'Breed gedragen',
      'Favoriet van ICT',
      'Nog zonder stemmen',
      'Omstreden',
    ]);
    // score: ln of the product relative to (1/2) per sector, here 5 × ln(4/3) and ln(18/10).
    expect(byConsensus[0]!.score).toBeCloseTo(5 * Math.log(4 / 3), 10);
    expect(byConsensus[1]!.score).toBeCloseTo(Math.log(1.8), 10);
    expect(byConsensus[2]!.score).toBe(0);
    // One sector against, one for: (1/3 × 2/3) / (1/2)^2 = 8/9, below no votes at all.
    expect(byConsensus[3]!.score).toBeCloseTo(Math.log(8 / 9), 10);
    // consensus: the geometric mean over the listed sectors, the same order, 0.5 without votes.
    const sectorCount = byConsensus[0]!.supportBySector.length;
    expect(sectorCount).toBe(14);
    expect(byConsensus[0]!.consensus).toBeCloseTo(Math.exp((5 * Math.log(4 / 3)) / sectorCount) / 2, 10);
    expect(byConsensus.map((proposal) => proposal.consensus)).toEqual(
      [...byConsensus.map((proposal) => proposal.consensus)].sort((a, b) => b - a),
    );
    expect(byConsensus[2]!.consensus).toBe(0.5);
  });

  it('shows support per listed sector, in list order, with "anders" last', async () => {
    const sectors = await t.gql<{ sectors: { slug: string }[] }>('{ sectors { slug } }');
    const slugs = sectors.data!.sectors.map((sector) => sector.slug);
    const [broad, , , disputed] = await allPages('CONSENSUS', 10);
    expect(broad!.supportBySector.map((entry) => entry.sector)).toEqual(slugs);
    expect(broad!.supportBySector.filter((entry) => entry.up > 0).map((entry) => entry.sector)).toEqual(
      BROAD_SECTORS,
    );
    expect(disputed!.supportBySector.at(-1)).toEqual({ sector: 'anders', up: 0, down: 1 });
    expect(disputed!.supportBySector.find((entry) => entry.sector === 'bouw')).toEqual({
      sector: 'bouw',
      up: 1,
      down: 0,
    });
  });

  it('pages stably: the same order one by one as all at once, without repeats', async () => {
    const whole = (await allPages('CONSENSUS', 10)).map((proposal) => proposal.id);
    const oneByOne = (await allPages('CONSENSUS', 1)).map((proposal) => proposal.id);
    const byTwo = (await allPages('CONSENSUS', 2)).map((proposal) => proposal.id);
    expect(oneByOne).toEqual(whole);
    expect(byTwo).toEqual(whole);
    expect(new Set(oneByOne).size).toBe(4);
  });
});
