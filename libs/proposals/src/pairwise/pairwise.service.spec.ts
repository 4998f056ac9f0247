import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import type { Types } from 'mongoose';
import { type User, UsersService } from '@app/accounts';
import { DomainError, ForbiddenError, NotFoundError } from '@app/core';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsService } from '../proposals/proposals.service';
import { ThemesService } from '../themes/themes.service';
import { onlineUpdate, refit, sigmoid } from './bradley-terry';
import { PAIR_TOKEN_TTL_MS, PairTokens } from './pair-token';
import { pairKey } from './pair-selection';
import { PairwiseService } from './pairwise.service';
import { PairwiseStandings } from './pairwise-standings';

describe('PairwiseService', () => {
  let moduleRef: TestingModule;
  let pairwise: PairwiseService;
  let proposals: ProposalsService;
  let member: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-pairwise-service', [ProposalsModule]);
    pairwise = moduleRef.get(PairwiseService);
    proposals = moduleRef.get(ProposalsService);
    member = await createUser(moduleRef);
  });

  afterAll(() => moduleRef.close());

  /** `count` suggestions by other members in a theme of their own (and `own` by `member`). */
  async function suggestions(count: number, own = 0): Promise<{ themeId: string; ids: string[] }> {
    const theme = await moduleRef.get(ThemesService).upsert({
      slug: `pairwise-${randomUUID().slice(0, 8)}`,
      nameNl: 'Paren',
      nameEn: 'Pairs',
    });
    const themeId = theme._id.toHexString();
    const submit = async (author: User, index: number): Promise<ProposalRecord> =>
      proposals.submit(author, {
        title: `Voorstel nummer ${index} voor de minister`,
        body: 'Een voorstel om te vergelijken met een ander voorstel.',
        themeId,
        language: 'nl',
      });
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      ids.push((await submit(await createUser(moduleRef), index))._id.toHexString());
    }
    for (let index = 0; index < own; index += 1) await submit(member, count + index);
    moduleRef.get(PairwiseStandings).invalidate();
    return { themeId, ids };
  }

  function tokenFor(
    user: User,
    leftId: string,
    rightId: string,
    expiresAt = Date.now() + PAIR_TOKEN_TTL_MS,
  ): string {
    return moduleRef.get(PairTokens).sign({ memberId: user._id.toHexString(), leftId, rightId, expiresAt });
  }

  async function stored(id: string): Promise<ProposalRecord> {
    return proposals.require(id);
  }

  function reason(error: unknown): string | undefined {
    return error instanceof DomainError ? error.reason : undefined;
  }

  it('offers every pair once, never an own suggestion, then NO_PAIR_LEFT', async () => {
    const { themeId, ids } = await suggestions(3, 1);
    const offered = new Set<string>();
    for (let round = 0; round < 3; round += 1) {
      const pair = await pairwise.nextPair(member, themeId);
      const [left, right] = [pair.left._id.toHexString(), pair.right._id.toHexString()];
      expect(ids).toContain(left);
      expect(ids).toContain(right);
      expect(offered.has(pairKey(left, right))).toBe(false);
      offered.add(pairKey(left, right));
      await pairwise.comparePair(member, pair.token, round === 0 ? 'SKIP' : 'LEFT');
    }
    const error = await pairwise.nextPair(member, themeId).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(reason(error)).toBe('NO_PAIR_LEFT');
    expect(reason(await pairwise.nextPair(member, randomUUID().slice(0, 24)).catch((e: unknown) => e))).toBe(
      'INVALID_ID',
    );
  });

  it('moves both strengths once per pair, however often it is answered', async () => {
    const { ids } = await suggestions(2);
    const [a, b] = ids as [string, string];
    const token = tokenFor(member, a, b);
    await Promise.all(Array.from({ length: 10 }, () => pairwise.comparePair(member, token, 'RIGHT')));
    await pairwise.comparePair(member, tokenFor(member, b, a), 'RIGHT');
    const expected = onlineUpdate({ strength: 0, comparisons: 0 }, { strength: 0, comparisons: 0 });
    expect(await stored(b)).toMatchObject({
      scores: { pairwise: expected.winner.strength },
      pairwiseComparisons: 1,
    });
    expect(await stored(a)).toMatchObject({
      scores: { pairwise: expected.loser.strength },
      pairwiseComparisons: 1,
    });
    // b won its only comparison: more likely than not to be chosen over any other, never certain.
    const score = await pairwise.pairwiseScore(b);
    expect(score).toBeGreaterThan(50);
    expect(score).toBeLessThan(100);
  });

  it('records a skip without moving a strength, and gives no figure before a comparison', async () => {
    const { themeId, ids } = await suggestions(2);
    const [a, b] = ids as [string, string];
    expect(await pairwise.pairwiseScore(a)).toBeNull();
    await pairwise.comparePair(member, tokenFor(member, a, b), 'SKIP');
    expect(await stored(a)).toMatchObject({ scores: { pairwise: 0 }, pairwiseComparisons: 0 });
    expect(reason(await pairwise.nextPair(member, themeId).catch((e: unknown) => e))).toBe('NO_PAIR_LEFT');
  });

  it('refuses a pair with a withdrawn suggestion and counts nothing', async () => {
    const { ids } = await suggestions(2);
    const [a, b] = ids as [string, string];
    const author = await moduleRef.get(UsersService).findById((await stored(a)).authorId.toHexString());
    await proposals.withdraw(author!, a, 'Dubbel ingediend');
    const error = await pairwise.comparePair(member, tokenFor(member, a, b), 'LEFT').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(reason(error)).toBe('NOT_PUBLISHED');
    expect(await stored(b)).toMatchObject({ pairwiseComparisons: 0 });
  });

  it("refuses another member's and an expired token", async () => {
    const { ids } = await suggestions(2);
    const [a, b] = ids as [string, string];
    const other = await createUser(moduleRef);
    expect(
      reason(await pairwise.comparePair(other, tokenFor(member, a, b), 'LEFT').catch((e: unknown) => e)),
    ).toBe('NOT_YOUR_PAIR');
    expect(
      reason(
        await pairwise
          .comparePair(member, tokenFor(member, a, b, Date.now() - 1), 'LEFT')
          .catch((e: unknown) => e),
      ),
    ).toBe('PAIR_EXPIRED');
    expect(await stored(a)).toMatchObject({ pairwiseComparisons: 0 });
  });

  it('imports answers to the same strengths as answering them one by one', async () => {
    const answered = await suggestions(3);
    const imported = await suggestions(3);
    const members = [member, await createUser(moduleRef), await createUser(moduleRef)];
    // (member, left index, right index, winner index or null)
    const script: [number, number, number, number | null][] = [
      [0, 0, 1, 0],
      [1, 0, 1, 0],
      [2, 1, 2, 2],
      [0, 1, 2, null],
      [1, 2, 0, 0],
      [2, 0, 1, 1],
    ];
    for (const [who, left, right, winner] of script) {
      const ids = answered.ids;
      const choice = winner === null ? 'SKIP' : winner === left ? 'LEFT' : 'RIGHT';
      await pairwise.comparePair(members[who]!, tokenFor(members[who]!, ids[left]!, ids[right]!), choice);
    }
    const byId = async (id: string): Promise<Types.ObjectId> => (await stored(id))._id;
    await pairwise.importAnswers(
      await Promise.all(
        script.map(async ([who, left, right, winner]) => ({
          memberId: members[who]!._id,
          pair: [await byId(imported.ids[left]!), await byId(imported.ids[right]!)] as const,
          winnerId: winner === null ? null : await byId(imported.ids[winner]!),
        })),
      ),
    );
    for (let index = 0; index < 3; index += 1) {
      const one = await stored(answered.ids[index]!);
      const other = await stored(imported.ids[index]!);
      expect(other.scores.pairwise).toBeCloseTo(one.scores.pairwise!, 12);
      expect(other.pairwiseComparisons).toBe(one.pairwiseComparisons);
    }
  });

  it('refits every strength to the maximum a posteriori estimate, and ranks by it', async () => {
    const { themeId, ids } = await suggestions(3);
    const [a, b, c] = ids as [string, string, string];
    const voters = [member, await createUser(moduleRef), await createUser(moduleRef)];
    for (const voter of voters) {
      await pairwise.comparePair(voter, tokenFor(voter, a, b), 'LEFT');
      await pairwise.comparePair(voter, tokenFor(voter, c, b), 'LEFT');
    }
    await pairwise.comparePair(member, tokenFor(member, a, c), 'RIGHT');
    const report = await pairwise.refitAll();
    expect(report.changed).toBeGreaterThan(0);
    const expected = refit([
      ...voters.flatMap(() => [
        { winner: a, loser: b },
        { winner: c, loser: b },
      ]),
      { winner: c, loser: a },
    ]);
    for (const id of ids) {
      expect((await stored(id)).scores.pairwise).toBeCloseTo(expected.get(id)!.strength, 9);
    }
    expect((await pairwise.refitAll()).changed).toBe(0);
    const ranked = await proposals.list(null, { sort: 'PAIRWISE', filter: { themeId } });
    expect(ranked.edges.map((edge) => edge.node.proposal._id.toHexString())).toEqual([c, a, b]);
    const figure = await pairwise.pairwiseScore(c);
    expect(figure).not.toBeNull();
    expect(figure! / 100).toBeLessThan(1);
    expect(figure! / 100).toBeGreaterThan(sigmoid(0));
  });
});
