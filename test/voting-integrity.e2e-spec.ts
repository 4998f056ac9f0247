import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { seededRandom } from '@app/core';
import { type ProposalRecord, VotesService } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { runBuilt } from './support/built-app';
import { countersEqualRecount, VOTER_SECTORS } from './support/own-database';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { e2eMongoUri, startTestApp, type TestApp } from './support/test-app';

const DB = 'e2e_voting_integrity';

describe('voting integrity under concurrency', () => {
  let t: TestApp;
  let proposals: ProposalView[];
  let voters: SignedInUser[];

  beforeAll(async () => {
    t = await startTestApp(DB);
    const themeId = (await themeIds(t)).fairness!;
    const author = await createSignedInUser(t);
    proposals = [];
    for (const title of ['Zoek naar evenwicht', 'Eerlijke ruil', 'Geen bonuscultuur']) {
      proposals.push(await submitProposal(t, author, { title, themeId }));
    }
    // Members of different sectors, and some of none, so the counters per sector race too.
    voters = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        createSignedInUser(t, [], 'Test user', VOTER_SECTORS[index % VOTER_SECTORS.length]),
      ),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('keeps counters equal to a recount while 60 users cast, flip and retract votes in parallel', async () => {
    const random = seededRandom(20261127);
    const choices = ['UP', 'DOWN', null] as const;
    await Promise.all(
      voters.map(async (voter) => {
        for (let step = 0; step < 6; step += 1) {
          const proposal = proposals[Math.floor(random() * proposals.length)]!;
          const value = choices[Math.floor(random() * choices.length)]!;
          const response = await vote(t, voter, proposal.id, value);
          expect(response.errors).toBeUndefined();
        }
      }),
    );

    const report = await t.app.get(VotesService).recountAll();
    expect(report).toEqual({ checked: 3, fixed: [] });
    expect(await countersEqualRecount(t)).toBe(true);
    const sectors = (
      await t.app.get<Model<ProposalRecord>>(getModelToken('Proposal')).find({}).lean().exec()
    ).flatMap((proposal) => proposal.sectorVotes.map((entry) => entry.sector));
    expect(new Set(sectors)).toEqual(new Set(['anders', 'bouw', 'ict', 'zorg']));

    const votes = await t.app
      .get<Model<{ _id: string; proposalId: unknown; userId: unknown }>>(getModelToken('Vote'))
      .find({})
      .lean()
      .exec();
    const pairs = votes.map((v) => `${String(v.proposalId)}:${String(v.userId)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(votes.every((v) => v._id === `${String(v.proposalId)}:${String(v.userId)}`)).toBe(true);
  });

  it('votes:recount repairs counters that drifted from the votes and says what it fixed', async () => {
    const proposalsModel = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    const drifted = proposals[0]!;
    const before = (await proposalsModel.findById(drifted.id).lean().exec())!;
    await proposalsModel
      .updateOne({ _id: drifted.id }, { $set: { upvotes: before.upvotes + 7, downvotes: 0 } })
      .exec();

    const result = await runBuilt('cli', ['votes:recount'], {
      MONGODB_URI: e2eMongoUri(),
      MONGODB_DB: DB,
      DATA_DIR: '/tmp',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Fixed ${drifted.id}: up ${before.upvotes + 7} → ${before.upvotes}, down 0 → ${before.downvotes}`,
    );
    expect(result.stdout).toMatch(/Checked 3 proposals; fixed 1\./);
    const repaired = (await proposalsModel.findById(drifted.id).lean().exec())!;
    expect(repaired).toMatchObject({
      upvotes: before.upvotes,
      downvotes: before.downvotes,
      scores: before.scores,
    });
  });
});
