import type { TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { scoresOf } from '../ranking/scores';
import { keywordsOf } from '../text/keywords';
import { PROPOSAL_MODEL, type ProposalRecord } from './proposal.schema';
import { ProposalsRepository } from './proposals.repository';

describe('ProposalsRepository', () => {
  let moduleRef: TestingModule;
  let repository: ProposalsRepository;
  const themeId = new Types.ObjectId();

  function insert(title: string, authorId = new Types.ObjectId()): Promise<ProposalRecord> {
    return repository.insert({
      _id: new Types.ObjectId(),
      title,
      body: `${title}, uitgewerkt.`,
      themeId,
      authorId,
      tags: ['mkb'],
      language: 'nl',
      keywords: keywordsOf(title),
    });
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-proposals-repository', [ProposalsModule]);
    repository = moduleRef.get(ProposalsRepository);
  });

  afterAll(() => moduleRef.close());

  it('inserts a published suggestion without votes, readable by id in any accepted form', async () => {
    const proposal = await insert('Snellere vergunningen');
    expect(proposal).toMatchObject({ status: 'PUBLISHED', upvotes: 0, downvotes: 0, flagCount: 0 });
    expect(proposal.scores).toEqual({ ...scoresOf(0, 0, proposal.createdAt), pairwise: 0 });
    expect(proposal.pairwiseComparisons).toBe(0);
    expect((await repository.findById(proposal._id.toHexString().toUpperCase()))?.title).toBe(
      'Snellere vergunningen',
    );
    expect(await repository.findById('not-an-id')).toBeNull();
    const found = await repository.findByIds([proposal._id, new Types.ObjectId()]);
    expect(found.map((p) => p._id.toHexString())).toEqual([proposal._id.toHexString()]);
  });

  it('moves counters by a delta, overall and per sector, and stores the scores that follow', async () => {
    const proposal = await insert('Eenvoudiger loonadministratie');
    const after = await repository.applyVoteDelta(proposal, 'zorg', 1, 0);
    const both = await repository.applyVoteDelta(after, null, 0, 1);
    const three = await repository.applyVoteDelta(both, 'bouw', 1, 0);
    expect((await repository.findById(proposal._id))?.sectorVotes.map((entry) => entry.sector)).toEqual([
      'anders',
      'bouw',
      'zorg',
    ]);
    await repository.applyVoteDelta(three, 'bouw', -1, 0);
    // Votes without a sector count under "anders"; a sector whose votes are all gone is left out.
    const sectors = [
      { sector: 'anders', up: 0, down: 1 },
      { sector: 'zorg', up: 1, down: 0 },
    ];
    const back = (await repository.findById(proposal._id))!;
    expect(back).toMatchObject({ upvotes: 1, downvotes: 1, sectorVotes: sectors });
    expect(back.scores).toEqual({ ...scoresOf(1, 1, proposal.createdAt, sectors), pairwise: 0 });
    expect(back.scores.consensus).toBeCloseTo(Math.log(2 / 3) + Math.log(4 / 3), 12);
  });

  it('moves counters by a delta and stores the scores that follow from them, keeping the pairwise one', async () => {
    const proposal = await repository.setPairwise(await insert('Eenvoudiger loonadministratie'), 0.5, 2);
    const after = await repository.applyVoteDelta(proposal, 'zorg', 1, 0);
    await repository.applyVoteDelta(after, null, 0, 1);
    const stored = (await repository.findById(proposal._id))!;
    expect(stored).toMatchObject({ upvotes: 1, downvotes: 1 });
    expect(stored.scores).toEqual({
      ...scoresOf(1, 1, proposal.createdAt, stored.sectorVotes),
      pairwise: 0.5,
    });
    expect(stored.pairwiseComparisons).toBe(2);
    await repository.setCounts(stored, { up: 3, down: 0, sectors: [{ sector: 'zorg', up: 3, down: 0 }] });
    expect((await repository.findById(proposal._id))?.scores.pairwise).toBe(0.5);
  });

  it('stores comment counts without touching updatedAt, in the cache and in the database alike', async () => {
    const proposal = await insert('Minder formulieren');
    const counts = { total: 3, inFavor: 2, against: 1 };
    expect(await repository.setCommentCounts(proposal, counts)).toMatchObject({ comments: counts });
    expect((await repository.findById(proposal._id))?.comments).toEqual(counts);
    const model = moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
    const stored = await model.findById(proposal._id).lean<ProposalRecord>().exec();
    expect(stored?.comments).toEqual(counts);
    expect(stored?.updatedAt).toEqual(proposal.updatedAt);
  });

  it('gives suggestions stored without a pairwise strength the prior, once', async () => {
    const model = moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
    const old = await insert('Van voor het paarsgewijs rangschikken');
    await model
      .updateOne({ _id: old._id }, { $unset: { 'scores.pairwise': 1, pairwiseComparisons: 1 } })
      .exec();
    expect(await repository.backfillPairwise()).toBe(1);
    expect(await repository.backfillPairwise()).toBe(0);
    const raw = await model.findById(old._id).lean<ProposalRecord>().exec();
    expect(raw).toMatchObject({ scores: { pairwise: 0 }, pairwiseComparisons: 0 });
  });

  it('answers an update with the proposal as stored, and takes it out of other statuses', async () => {
    const proposal = await insert('Minder formulieren invullen');
    const updated = await repository.update(proposal._id, { status: 'HIDDEN', statusReason: 'Test' });
    expect(updated).toMatchObject({ status: 'HIDDEN', statusReason: 'Test' });
    expect(await repository.count({ statuses: ['HIDDEN'], themeId })).toBe(1);
    const published = [];
    for await (const each of repository.eachWithStatus('PUBLISHED')) published.push(each._id.toHexString());
    expect(published).not.toContain(proposal._id.toHexString());
  });

  it('pages a stored order from the index and by keyword from the database alike', async () => {
    const authorId = new Types.ObjectId();
    const top = await insert('Groene energie voor bedrijven', authorId);
    const middle = await insert('Groene daken voor bedrijven', authorId);
    await repository.setCounts(top, { up: 5, down: 0, sectors: [{ sector: 'bouw', up: 5, down: 0 }] });
    // Fewer votes, but from two sectors: first by CONSENSUS.
    const broad = [
      { sector: 'ict', up: 1, down: 0 },
      { sector: 'zorg', up: 1, down: 0 },
    ];
    await repository.setCounts(middle, { up: 2, down: 0, sectors: broad });
    const bottom = await insert('Groene subsidies voor bedrijven', authorId);
    const expected = [top, middle, bottom].map((p) => p._id.toHexString());
    const idsOf = (ranked: { proposal: ProposalRecord }[]) => ranked.map((r) => r.proposal._id.toHexString());
    const byAuthor = { statuses: ['PUBLISHED'] as const, authorId };
    expect(idsOf(await repository.page(byAuthor, 'TOP', null, 10))).toEqual(expected);
    const byKeyword = { statuses: ['PUBLISHED'] as const, keywords: ['groene', 'bedrijven'] };
    expect(idsOf(await repository.page(byKeyword, 'TOP', null, 10))).toEqual(expected);
    expect(await repository.count(byKeyword)).toBe(3);
    const [first] = await repository.page(byKeyword, 'TOP', null, 1);
    const rest = await repository.page(byKeyword, 'TOP', { key: first!.key, id: expected[0]! }, 10);
    expect(idsOf(rest)).toEqual(expected.slice(1));
    const byConsensus = [expected[1], expected[0], expected[2]];
    expect(idsOf(await repository.page(byAuthor, 'CONSENSUS', null, 10))).toEqual(byConsensus);
    expect(idsOf(await repository.page(byKeyword, 'CONSENSUS', null, 10))).toEqual(byConsensus);
    const [best] = await repository.page(byKeyword, 'CONSENSUS', null, 1);
    expect(best?.key).toBeCloseTo(2 * Math.log(4 / 3), 12);
    const after = { key: best!.key, id: byConsensus[0]! };
    expect(idsOf(await repository.page(byKeyword, 'CONSENSUS', after, 10))).toEqual(byConsensus.slice(1));
    expect(idsOf(await repository.page(byAuthor, 'CONSENSUS', after, 10))).toEqual(byConsensus.slice(1));
    const shuffled = idsOf(await repository.randomPage(byAuthor, 42, null, 10));
    expect([...shuffled].sort()).toEqual([...expected].sort());
    expect(idsOf(await repository.randomPage(byAuthor, 42, null, 10))).toEqual(shuffled);
    const similar = await repository.similarCandidates(['daken'], ['groene', 'daken'], 10);
    expect(similar.map((p) => p._id.toHexString())).toEqual([middle._id.toHexString()]);
  });

  it('finds every proposal of a query, by status, author or keyword', async () => {
    const authorId = new Types.ObjectId();
    const kept = await insert('Alle zonnepanelen op bedrijfsdaken', authorId);
    const hidden = await insert('Alle windmolens op bedrijventerreinen', authorId);
    await repository.update(hidden._id, { status: 'HIDDEN' });
    const idsOf = (found: ProposalRecord[]) => found.map((p) => p._id.toHexString()).sort();
    expect(idsOf(await repository.findAll({ statuses: ['PUBLISHED'], authorId }))).toEqual([
      kept._id.toHexString(),
    ]);
    expect(idsOf(await repository.findAll({ statuses: ['HIDDEN'], authorId }))).toEqual([
      hidden._id.toHexString(),
    ]);
    expect(idsOf(await repository.findAll({ statuses: ['PUBLISHED'], keywords: ['zonnepanelen'] }))).toEqual([
      kept._id.toHexString(),
    ]);
  });
});
