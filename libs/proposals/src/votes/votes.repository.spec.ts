import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { voteId } from './vote.schema';
import { VotesRepository } from './votes.repository';

describe('VotesRepository', () => {
  let moduleRef: TestingModule;
  let votes: VotesRepository;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-votes-repository', [ProposalsModule]);
    votes = moduleRef.get(VotesRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores one vote per user and suggestion: a second insert answers null', async () => {
    const proposalId = new Types.ObjectId();
    const userId = new Types.ObjectId();
    expect(await votes.insert(proposalId, userId, 1, 'ict')).toMatchObject({
      _id: voteId(proposalId, userId),
      value: 1,
      sector: 'ict',
    });
    expect(await votes.insert(proposalId, userId, -1, null)).toBeNull();
    expect((await votes.find(proposalId, userId))?.value).toBe(1);
  });

  it('changes a value, and deletes a vote exactly once', async () => {
    const proposalId = new Types.ObjectId();
    const userId = new Types.ObjectId();
    const vote = (await votes.insert(proposalId, userId, 1, null))!;
    await votes.setValue(vote, -1);
    expect((await votes.find(proposalId, userId))?.value).toBe(-1);
    expect(await votes.delete(vote._id)).toBe(true);
    expect(await votes.delete(vote._id)).toBe(false);
    expect(await votes.find(proposalId, userId)).toBeNull();
  });

  it('reads votes by id, by suggestion and as a tally', async () => {
    const [a, b] = [new Types.ObjectId(), new Types.ObjectId()];
    const users = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    await votes.insert(a, users[0]!, 1, 'bouw');
    await votes.insert(a, users[1]!, 1, 'zorg');
    await votes.insert(a, users[2]!, -1, null);
    await votes.insert(b, users[0]!, -1, null);
    expect((await votes.forProposal(a)).map((vote) => vote.value).sort()).toEqual([-1, 1, 1]);
    const found = await votes.findByIds([voteId(b, users[0]!), voteId(b, users[1]!)]);
    expect(found.map((vote) => vote._id)).toEqual([voteId(b, users[0]!)]);
    const tally = await votes.tally();
    expect(tally.get(a.toHexString())).toEqual({
      up: 2,
      down: 1,
      sectors: [
        { sector: 'anders', up: 0, down: 1 },
        { sector: 'bouw', up: 1, down: 0 },
        { sector: 'zorg', up: 1, down: 0 },
      ],
    });
    expect(tally.get(b.toHexString())).toEqual({
      up: 0,
      down: 1,
      sectors: [{ sector: 'anders', up: 0, down: 1 }],
    });
  });

  it('reads the votes on several suggestions in one go, with the voter and sector', async () => {
    const [a, b, other] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    const user = new Types.ObjectId();
    await votes.insert(a, user, 1, 'bouw');
    await votes.insert(b, user, -1, null);
    await votes.insert(other, user, 1, 'bouw');
    const found = await votes.forProposals([a, b]);
    expect(found.map((vote) => [vote.proposalId.toHexString(), vote.value, vote.sector]).sort()).toEqual(
      [
        [a.toHexString(), 1, 'bouw'],
        [b.toHexString(), -1, null],
      ].sort(),
    );
    expect(found.every((vote) => vote.userId.equals(user))).toBe(true);
  });
});
