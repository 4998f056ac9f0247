import type { TestingModule } from '@nestjs/testing';
import { type User } from '@app/accounts';
import { ForbiddenError, NotFoundError } from '@app/core';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { VotesService } from './votes.service';

describe('VotesService', () => {
  let moduleRef: TestingModule;
  let votes: VotesService;
  let author: User;
  let voter: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-votes-service', [ProposalsModule]);
    votes = moduleRef.get(VotesService);
    [author, voter] = await Promise.all([createUser(moduleRef), createUser(moduleRef)]);
  });

  afterAll(() => moduleRef.close());

  it('counts a vote once, flips it, and takes it back on retraction', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const up = await votes.cast(voter, id, 'UP');
    expect(up.vote?.value).toBe(1);
    expect(up.proposal).toMatchObject({ upvotes: 1, downvotes: 0 });
    expect(up.proposal.scores.top).toBe(1);
    expect((await votes.cast(voter, id, 'UP')).proposal).toMatchObject({ upvotes: 1, downvotes: 0 });
    const down = await votes.cast(voter, id, 'DOWN');
    expect(down.vote?.value).toBe(-1);
    expect(down.proposal).toMatchObject({ upvotes: 0, downvotes: 1 });
    const retracted = await votes.retract(voter, id);
    expect(retracted).toMatchObject({ vote: null, proposal: { upvotes: 0, downvotes: 0 } });
    expect(await moduleRef.get(ProposalsService).require(id)).toMatchObject({ upvotes: 0, downvotes: 0 });
  });

  it('keeps every one of many concurrent votes on one suggestion', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const voters = await Promise.all(Array.from({ length: 6 }, () => createUser(moduleRef)));
    await Promise.all(voters.map((user, index) => votes.cast(user, id, index < 4 ? 'UP' : 'DOWN')));
    expect(await moduleRef.get(ProposalsService).require(id)).toMatchObject({ upvotes: 4, downvotes: 2 });
  });

  it('refuses votes on an own, a withdrawn or an unknown suggestion', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    await expect(votes.cast(author, id, 'UP')).rejects.toBeInstanceOf(ForbiddenError);
    await moduleRef.get(ProposalsService).withdraw(author, id, 'Dubbel ingediend');
    await expect(votes.cast(voter, id, 'UP')).rejects.toBeInstanceOf(NotFoundError);
    await expect(votes.cast(voter, '0123456789abcdef01234567', 'UP')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('recounts counters that drifted from the votes', async () => {
    const proposal = await submitProposal(moduleRef, author);
    await votes.cast(voter, proposal._id.toHexString(), 'UP');
    const repository = moduleRef.get(ProposalsRepository);
    await repository.setCounts((await repository.findById(proposal._id))!, 7, 3);
    const report = await votes.recountAll();
    expect(report.fixed).toContainEqual({
      proposalId: proposal._id.toHexString(),
      before: { up: 7, down: 3 },
      after: { up: 1, down: 0 },
    });
    expect(await repository.findById(proposal._id)).toMatchObject({ upvotes: 1, downvotes: 0 });
    expect((await votes.recountAll()).fixed).toEqual([]);
  });
});
