import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { pairwiseAnswerId } from './pairwise-answer.schema';
import { PairwiseRepository } from './pairwise.repository';

describe('PairwiseRepository', () => {
  let moduleRef: TestingModule;
  let answers: PairwiseRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-pairwise-repository', [ProposalsModule]);
    answers = moduleRef.get(PairwiseRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores one answer per member and pair, in either order', async () => {
    const [member, a, b] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    expect(await answers.insert({ memberId: member, pair: [a, b], winnerId: b })).toBe(true);
    expect(await answers.insert({ memberId: member, pair: [b, a], winnerId: a })).toBe(false);
    expect(await answers.insert({ memberId: new Types.ObjectId(), pair: [b, a], winnerId: a })).toBe(true);
    const stored = await answers.findById(pairwiseAnswerId(member, a, b));
    expect(stored).toMatchObject({ winnerId: b, loserId: a, applied: false });
    expect(await answers.answered(member, b, a)).toBe(true);
    expect(await answers.answered(member, a, new Types.ObjectId())).toBe(false);
  });

  it('stores a skip as applied, without a winner', async () => {
    const [member, a, b] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    await answers.insert({ memberId: member, pair: [a, b], winnerId: null });
    expect(await answers.findById(pairwiseAnswerId(member, a, b))).toMatchObject({
      winnerId: null,
      loserId: null,
      applied: true,
    });
  });

  it("lists a member's answered pairs, and every outcome without the skips", async () => {
    const [member, a, b, c] = Array.from({ length: 4 }, () => new Types.ObjectId());
    await answers.insert({ memberId: member!, pair: [a!, b!], winnerId: a! });
    await answers.insert({ memberId: member!, pair: [c!, a!], winnerId: null });
    const [low, high] = [a!.toHexString(), c!.toHexString()].sort();
    expect(await answers.answeredPairs(member!)).toEqual(
      new Set([[a!.toHexString(), b!.toHexString()].sort().join(':'), `${low}:${high}`]),
    );
    await answers.markApplied(pairwiseAnswerId(member!, a!, b!));
    const outcomes = [];
    for await (const outcome of answers.outcomes()) outcomes.push(outcome);
    expect(outcomes).toContainEqual(
      expect.objectContaining({
        _id: pairwiseAnswerId(member!, a!, b!),
        winnerId: a,
        loserId: b,
        applied: true,
      }),
    );
    expect(outcomes.some((outcome) => outcome._id === pairwiseAnswerId(member!, a!, c!))).toBe(false);
  });
});
