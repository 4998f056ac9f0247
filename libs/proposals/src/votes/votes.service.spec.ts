import type { TestingModule } from '@nestjs/testing';
import { AuthService, Role, type User, UsersService } from '@app/accounts';
import { ForbiddenError, NotFoundError } from '@app/core';
import { getModelToken } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import {
  createUser,
  startMediumModule,
  submitProposal,
  TEST_PASSWORD,
} from '../../../../test/support/medium';
import { PROPOSAL_MODEL, type ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsModule } from '../proposals.module';
import { ModerationService } from '../moderation/moderation.service';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { VotesRepository } from './votes.repository';
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

  it('sends live counts of a suggestion that is not public only to who may read it as stored now', async () => {
    const [moderator, admin] = await Promise.all([
      createUser(moduleRef, [Role.MODERATOR]),
      createUser(moduleRef, [Role.ADMIN]),
    ]);
    const published = await submitProposal(moduleRef, author);
    expect(await votes.mayReceiveCounts(null, published)).toBe(true);
    const hidden = await moduleRef
      .get(ModerationService)
      .hide(moderator, published._id.toHexString(), 'Persoonsgegevens in de tekst');
    expect(await votes.mayReceiveCounts(null, hidden)).toBe(false);
    expect(await votes.mayReceiveCounts(voter, hidden)).toBe(false);
    expect(await votes.mayReceiveCounts(author, hidden)).toBe(true);
    expect(await votes.mayReceiveCounts(moderator, hidden)).toBe(true);
    // The subscriber is the one identified at subscription; what counts is the user as stored now.
    const users = moduleRef.get(UsersService);
    await users.setRoles(admin, moderator._id.toHexString(), []);
    expect(await votes.mayReceiveCounts(moderator, hidden)).toBe(false);
    await users.setBlocked(admin, author._id.toHexString(), 'Herhaaldelijk spam geplaatst');
    expect(await votes.mayReceiveCounts(author, hidden)).toBe(false);
  });

  it('removes the votes of members who no longer exist (a backup read during a deletion) and moves the counters back', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    const gone = await createUser(moduleRef);
    await votes.cast(gone, id, 'UP');
    await votes.cast(voter, id, 'DOWN');
    // Only the record goes, as when a backup read the votes before the deletion and the users after it.
    await moduleRef.get(AuthService).eraseAccount(gone._id);

    expect(await votes.removeVotesOfMissingMembers()).toBe(1);
    expect(await moduleRef.get(ProposalsService).require(id)).toMatchObject({ upvotes: 0, downvotes: 1 });
    expect(await votes.removeVotesOfMissingMembers()).toBe(0);
  });

  it('recounts counters that drifted from the votes, per sector too', async () => {
    const proposal = await submitProposal(moduleRef, author);
    await votes.cast(voter, proposal._id.toHexString(), 'UP');
    const repository = moduleRef.get(ProposalsRepository);
    const drifted = { up: 7, down: 3, sectors: [{ sector: 'bouw', up: 7, down: 3 }] };
    await repository.setCounts((await repository.findById(proposal._id))!, drifted);
    const report = await votes.recountAll();
    const after = { up: 1, down: 0, sectors: [{ sector: 'anders', up: 1, down: 0 }] };
    expect(report.fixed).toContainEqual({ proposalId: proposal._id.toHexString(), before: drifted, after });
    expect(await repository.findById(proposal._id)).toMatchObject({
      upvotes: 1,
      downvotes: 0,
      sectorVotes: after.sectors,
      scores: { consensus: Math.log(4 / 3) },
    });
    expect((await votes.recountAll()).fixed).toEqual([]);
    // Only the counts per sector drifted: a recount sees that as well.
    await repository.setCounts((await repository.findById(proposal._id))!, {
      ...after,
      sectors: [{ sector: 'zorg', up: 1, down: 0 }],
    });
    expect((await votes.recountAll()).fixed).toHaveLength(1);
    expect((await repository.findById(proposal._id))?.sectorVotes).toEqual(after.sectors);
  });

  it("counts a vote in the voter's sector, keeps it there when it flips, and moves it with a merge", async () => {
    const users = moduleRef.get(UsersService);
    const builder = await users.create({
      email: 'bouwer@example.nl',
      password: TEST_PASSWORD,
      displayName: 'Bouwer',
      sector: 'bouw',
    });
    const source = await submitProposal(moduleRef, author);
    const target = await submitProposal(moduleRef, author);
    const cast = await votes.cast(builder, source._id.toHexString(), 'UP');
    expect(cast.vote?.sector).toBe('bouw');
    expect(cast.proposal.sectorVotes).toEqual([{ sector: 'bouw', up: 1, down: 0 }]);
    // The voter's sector as it is when they change their vote does not move the vote.
    const flipped = await votes.cast({ ...builder, sector: 'zorg' }, source._id.toHexString(), 'DOWN');
    expect(flipped.proposal.sectorVotes).toEqual([{ sector: 'bouw', up: 0, down: 1 }]);
    await votes.moveVotes(flipped.proposal, target);
    const moved = await moduleRef.get(ProposalsRepository).findById(target._id);
    expect(moved?.sectorVotes).toEqual([{ sector: 'bouw', up: 0, down: 1 }]);
    const retracted = await votes.retract(builder, source._id.toHexString());
    expect(retracted.proposal.sectorVotes).toEqual([]);
  });

  it('gives suggestions stored before CONSENSUS their counters per sector, once', async () => {
    // As stored before: no counters per sector, no CONSENSUS score, votes without a sector.
    const model = moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
    const { _id, sectorVotes, scores, ...legacy } = await submitProposal(moduleRef, author);
    const { consensus, ...oldScores } = scores;
    expect([sectorVotes, consensus]).toEqual([[], 0]);
    const legacyId = new Types.ObjectId();
    await model.collection.insertOne({
      ...legacy,
      _id: legacyId,
      upvotes: 0,
      downvotes: 1,
      scores: oldScores,
    });
    await moduleRef.get(VotesRepository).insert(legacyId, voter._id, -1, null);
    // A score but no counters per sector (as bench corpora were written) is backfilled as well.
    const withScoreId = new Types.ObjectId();
    await model.collection.insertOne({ ...legacy, _id: withScoreId, upvotes: 0, downvotes: 0, scores });
    expect(await votes.backfillSectorCounts()).toBe(2);
    expect((await moduleRef.get(ProposalsRepository).findById(withScoreId))?.sectorVotes).toEqual([]);
    expect(await moduleRef.get(ProposalsRepository).findById(legacyId)).toMatchObject({
      downvotes: 1,
      sectorVotes: [{ sector: 'anders', up: 0, down: 1 }],
      scores: { consensus: Math.log(2 / 3) },
    });
    expect(await votes.backfillSectorCounts()).toBe(0);
  });

  it('imports votes cast earlier at their own time, and counts them', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const castAt = new Date(Date.now() - 5 * 86_400_000);
    const third = await createUser(moduleRef);
    await votes.importVotes([
      { proposalId: proposal._id, userId: voter._id, value: 1, sector: 'bouw', castAt },
      { proposalId: proposal._id, userId: third._id, value: -1, sector: null },
    ]);
    const stored = await moduleRef.get(VotesRepository).forProposal(proposal._id);
    expect(stored.find((vote) => vote.userId.equals(voter._id))?.createdAt).toEqual(castAt);
    expect(stored.find((vote) => vote.userId.equals(third._id))?.createdAt.getTime()).toBeGreaterThan(
      castAt.getTime(),
    );
    expect(await moduleRef.get(ProposalsRepository).findById(proposal._id)).toMatchObject({
      upvotes: 1,
      downvotes: 1,
    });
  });

  it('lists the suggestions a user voted on, latest vote first, and removes their votes with the counters', async () => {
    const member = await createUser(moduleRef);
    const [first, second] = [
      await submitProposal(moduleRef, author),
      await submitProposal(moduleRef, author),
    ];
    await votes.cast(member, first._id.toHexString(), 'UP');
    await votes.cast(member, second._id.toHexString(), 'DOWN');
    await votes.cast(voter, second._id.toHexString(), 'UP');
    const page = await votes.votedBy(member, { first: 1 });
    expect(page.edges.map((edge) => edge.node._id)).toEqual([second._id]);
    expect(page).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const next = await votes.votedBy(member, { first: 1, after: page.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node._id)).toEqual([first._id]);
    expect(next.pageInfo.hasNextPage).toBe(false);

    expect(await votes.removeVotesOf(member._id)).toBe(2);
    expect(await votes.removeVotesOf(member._id)).toBe(0);
    const proposals = moduleRef.get(ProposalsService);
    expect(await proposals.require(first._id.toHexString())).toMatchObject({ upvotes: 0, downvotes: 0 });
    expect(await proposals.require(second._id.toHexString())).toMatchObject({ upvotes: 1, downvotes: 0 });
    expect((await votes.votedBy(member, {})).totalCount).toBe(0);
    expect((await votes.recountAll()).fixed).toEqual([]);
  });

  it('refuses a vote from a user blocked after the request began', async () => {
    const member = await createUser(moduleRef);
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    const admin = await createUser(moduleRef, [Role.ADMIN]);
    await moduleRef.get(UsersService).setBlocked(admin, member._id.toHexString(), 'Account deleted');
    await expect(votes.cast(member, id, 'UP')).rejects.toMatchObject({ reason: 'ACCOUNT_BLOCKED' });
    expect(await moduleRef.get(ProposalsService).require(id)).toMatchObject({ upvotes: 0 });
  });
});
