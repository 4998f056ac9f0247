import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { seededRandom } from '@app/core';
import { PAIR_TOKEN_TTL_MS, PairTokens, type ProposalRecord, ThemesService } from '@app/proposals';
import { STANDINGS_MAX_AGE_MS } from '../libs/proposals/src/pairwise/pairwise-standings';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { submitProposal } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const DB = 'e2e_pairwise';

const NEXT_PAIR =
  'query ($themeId: ID) { nextPair(themeId: $themeId) { token left { id pairwiseScore } right { id pairwiseScore } } }';
const COMPARE =
  'mutation ($token: String!, $choice: PairChoice!) { comparePair(token: $token, choice: $choice) }';

interface Pair {
  token: string;
  left: { id: string; pairwiseScore: number | null };
  right: { id: string; pairwiseScore: number | null };
}

describe('pairwise ranking over GraphQL', () => {
  let t: TestApp;
  let stored: Model<ProposalRecord>;
  /** Theme id → its suggestions' ids, each theme for one test. */
  const themes = new Map<string, string[]>();

  async function theme(name: string, count: number): Promise<void> {
    const created = await t.app.get(ThemesService).upsert({
      slug: `${name}-${randomUUID().slice(0, 6)}`,
      nameNl: name,
      nameEn: name,
    });
    const themeId = created._id.toHexString();
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const author = await createSignedInUser(t);
      ids.push((await submitProposal(t, author, { title: `${name} voorstel ${index}`, themeId })).id);
    }
    themes.set(name, ids);
    themes.set(`${name}:theme`, [themeId]);
  }

  const themeIdOf = (name: string): string => themes.get(`${name}:theme`)![0]!;

  async function nextPair(member: SignedInUser, name: string): Promise<Pair> {
    const response = await t.gql<{ nextPair: Pair }>(
      NEXT_PAIR,
      { themeId: themeIdOf(name) },
      { token: member.accessToken },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.nextPair;
  }

  function compare(member: SignedInUser, token: string, choice: 'LEFT' | 'RIGHT' | 'SKIP') {
    return t.gql<{ comparePair: boolean }>(COMPARE, { token, choice }, { token: member.accessToken });
  }

  async function record(id: string): Promise<ProposalRecord> {
    return (await stored.findById(id).lean<ProposalRecord>().exec())!;
  }

  beforeAll(async () => {
    t = await startTestApp(DB, {
      THROTTLE_VOTES_PER_USER: '1000000',
      THROTTLE_MUTATIONS_PER_USER: '1000000',
    });
    stored = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    await theme('flow', 2);
    await theme('same-token', 2);
    await theme('overlap', 4);
    await theme('tokens', 2);
    await theme('paging', 7);
    // The standings are read at most this often: every suggestion above is in them from now on.
    await sleep(STANDINGS_MAX_AGE_MS);
  });

  afterAll(() => t.close());

  it('offers a pair, counts the answer once, shows the figure, then says NO_PAIR_LEFT', async () => {
    const member = await createSignedInUser(t);
    const pair = await nextPair(member, 'flow');
    expect(new Set([pair.left.id, pair.right.id])).toEqual(new Set(themes.get('flow')));
    expect([pair.left.pairwiseScore, pair.right.pairwiseScore]).toEqual([null, null]);

    expect((await compare(member, pair.token, 'LEFT')).data).toEqual({ comparePair: true });
    expect((await compare(member, pair.token, 'RIGHT')).data).toEqual({ comparePair: true });
    expect(await record(pair.left.id)).toMatchObject({ scores: { pairwise: 0.25 }, pairwiseComparisons: 1 });
    expect(await record(pair.right.id)).toMatchObject({
      scores: { pairwise: -0.25 },
      pairwiseComparisons: 1,
    });

    const scores = await t.gql<{ a: { pairwiseScore: number }; b: { pairwiseScore: number } }>(
      'query ($a: ID!, $b: ID!) { a: proposal(id: $a) { pairwiseScore } b: proposal(id: $b) { pairwiseScore } }',
      { a: pair.left.id, b: pair.right.id },
    );
    expect(scores.data!.a.pairwiseScore).toBeGreaterThan(50);
    expect(scores.data!.a.pairwiseScore).toBeLessThan(100);
    expect(scores.data!.b.pairwiseScore).toBeLessThan(50);
    expect(scores.data!.b.pairwiseScore).toBeGreaterThan(0);

    const none = await t.gql(NEXT_PAIR, { themeId: themeIdOf('flow') }, { token: member.accessToken });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_PAIR_LEFT' });
  });

  it('counts 20 concurrent answers with one token once', async () => {
    const member = await createSignedInUser(t);
    const pair = await nextPair(member, 'same-token');
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => compare(member, pair.token, 'RIGHT')),
    );
    expect(responses.map((response) => response.data?.comparePair)).toEqual(Array(20).fill(true));
    expect(await record(pair.right.id)).toMatchObject({ scores: { pairwise: 0.25 }, pairwiseComparisons: 1 });
    expect(await record(pair.left.id)).toMatchObject({ scores: { pairwise: -0.25 }, pairwiseComparisons: 1 });
  });

  it('keeps every answer of members answering overlapping pairs at once', async () => {
    const ids = themes.get('overlap')!;
    const random = seededRandom(20261201);
    const members = await Promise.all(Array.from({ length: 8 }, () => createSignedInUser(t)));
    const chosen = new Map(ids.map((id) => [id, 0]));
    await Promise.all(
      members.map(async (member) => {
        // Four suggestions make six pairs, all offered before NO_PAIR_LEFT.
        for (let answer = 0; answer < 6; answer += 1) {
          const pair = await nextPair(member, 'overlap');
          const choice = random() < 0.15 ? 'SKIP' : random() < 0.6 ? 'LEFT' : 'RIGHT';
          const response = await compare(member, pair.token, choice);
          expect(response.errors).toBeUndefined();
          if (choice !== 'SKIP') {
            for (const id of [pair.left.id, pair.right.id]) chosen.set(id, chosen.get(id)! + 1);
          }
        }
        const done = await t.gql(NEXT_PAIR, { themeId: themeIdOf('overlap') }, { token: member.accessToken });
        expect(done.errors?.[0]?.extensions?.reason).toBe('NO_PAIR_LEFT');
      }),
    );
    for (const id of ids) {
      expect((await record(id)).pairwiseComparisons).toBe(chosen.get(id));
    }
  });

  it("refuses another member's, a forged and an expired token, and anonymous answers", async () => {
    const [member, other] = await Promise.all([createSignedInUser(t), createSignedInUser(t)]);
    const pair = await nextPair(member, 'tokens');
    const stolen = await compare(other, pair.token, 'LEFT');
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_PAIR' });

    const [payload] = pair.token.split('.');
    const forged = await compare(member, `${payload}.${Buffer.from('forged').toString('base64url')}`, 'LEFT');
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAIR_TOKEN',
    });

    const expired = t.app.get(PairTokens).sign({
      memberId: member.user._id.toHexString(),
      leftId: pair.left.id,
      rightId: pair.right.id,
      expiresAt: Date.now() - PAIR_TOKEN_TTL_MS,
    });
    const late = await compare(member, expired, 'LEFT');
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAIR_EXPIRED' });

    const anonymous = await t.gql(COMPARE, { token: pair.token, choice: 'LEFT' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    for (const id of themes.get('tokens')!) {
      expect(await record(id)).toMatchObject({ pairwiseComparisons: 0 });
    }
  });

  it('pages the PAIRWISE order stably, strongest first', async () => {
    const ids = themes.get('paging')!;
    const members = await Promise.all(Array.from({ length: 3 }, () => createSignedInUser(t)));
    // Every member prefers the suggestion submitted earlier, in every pair.
    for (const member of members) {
      for (let answer = 0; answer < 21; answer += 1) {
        const pair = await nextPair(member, 'paging');
        const choice = ids.indexOf(pair.left.id) < ids.indexOf(pair.right.id) ? 'LEFT' : 'RIGHT';
        expect((await compare(member, pair.token, choice)).errors).toBeUndefined();
      }
    }
    const query =
      'query ($themeId: ID!, $after: String) { proposals(sort: PAIRWISE, filter: { themeId: $themeId }, first: 3, after: $after) { edges { node { id score pairwiseScore } } pageInfo { hasNextPage endCursor } } }';
    const seen: { id: string; score: number; pairwiseScore: number }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof t.gql<ProposalsPage>>> = await t.gql<ProposalsPage>(query, {
        themeId: themeIdOf('paging'),
        after,
      });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.proposals.edges.map((edge) => edge.node));
      if (!page.data!.proposals.pageInfo.hasNextPage) break;
      after = page.data!.proposals.pageInfo.endCursor;
    }
    expect(new Set(seen.map((node) => node.id))).toEqual(new Set(ids));
    expect(seen).toHaveLength(ids.length);
    // Online steps depend on the order answers came in: the middle may swap, the ends do not.
    expect([seen[0]!.id, seen[seen.length - 1]!.id]).toEqual([ids[0], ids[ids.length - 1]]);
    const figures = seen.map((node) => node.pairwiseScore);
    expect([...figures].sort((a, b) => b - a)).toEqual(figures);
    expect(seen.map((node) => node.score)).toEqual(seen.map((node) => node.score).sort((a, b) => b - a));
  });

  it('shows no single answer anywhere in the API', () => {
    const schema = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(schema).not.toMatch(/PairwiseAnswer|winnerId|answeredPairs/);
  });
});

interface ProposalsPage {
  proposals: {
    edges: { node: { id: string; score: number; pairwiseScore: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
