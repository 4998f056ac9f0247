import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { createConnection, type Model, Types } from 'mongoose';
import type { User } from '@app/accounts';
import { ServingSignal } from '@app/database';
import { createUser, embeddedMongoUri, startMediumModule } from '../../../../test/support/medium';
import { joinSilentPeer } from '../../../../test/support/peer';
import { waitFor } from '../../../../test/support/processes';
import { PROPOSAL_MODEL, type ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsService } from '../proposals/proposals.service';
import { ProposalsModule } from '../proposals.module';
import { ThemesService } from '../themes/themes.service';
import { VotesService } from '../votes/votes.service';
import { RankingIndex, VERIFY_BATCH_SIZE } from './ranking-index';

const DB = 'medium-ranking-snapshot';
const SORT_FIELDS = { TOP: 'scores.top', HOT: 'scores.hot', NEWEST: 'createdAt' } as const;

/**
 * The ranking index's snapshot across restarts of a process on the same database and DATA_DIR:
 * used only when nothing took the database since it was written, verified by a full read when
 * used, and with the writes made meanwhile kept.
 */
describe('RankingIndex snapshot across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ranking-snapshot-'));
  const snapshotFile = join(dataDir, `ranking-index.${DB}.json`);
  let moduleRef: TestingModule | undefined;
  let author: User;
  let voters: User[];
  let themeId: string;

  const index = (): RankingIndex => moduleRef!.get(RankingIndex);
  const proposals = (): Model<ProposalRecord> =>
    moduleRef!.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));

  /** Starts the module; `serving` says it serves at once, as the API does once it listens. */
  async function start(restart: boolean, serving = true): Promise<RankingIndex> {
    moduleRef = await startMediumModule(DB, [ProposalsModule], { DATA_DIR: dataDir }, { restart });
    if (serving) moduleRef.get(ServingSignal).serving();
    await waitFor('the index answering', () => index().ready, 10_000);
    return index();
  }

  async function stop(): Promise<void> {
    await moduleRef?.close();
    moduleRef = undefined;
  }

  /** The first page of each sort, from the index and as the database sorts (key, then id, both descending). */
  async function pagesBothWays(): Promise<{ index: string[]; database: string[] }> {
    const fromIndex: string[] = [];
    const fromDatabase: string[] = [];
    for (const [sort, field] of Object.entries(SORT_FIELDS)) {
      const page = await index().page(
        sort as keyof typeof SORT_FIELDS,
        { statuses: ['PUBLISHED'] },
        null,
        50,
      );
      fromIndex.push(...(page ?? []).map(({ id }) => `${sort} ${id}`));
      const sorted = await proposals()
        .find({ status: 'PUBLISHED' }, { _id: 1 })
        .sort({ [field]: -1, _id: -1 })
        .limit(50)
        .lean()
        .exec();
      fromDatabase.push(...sorted.map(({ _id }) => `${sort} ${_id.toHexString()}`));
    }
    return { index: fromIndex, database: fromDatabase };
  }

  /**
   * Lets the verifying read of the next start end, then holds its result back until `release`:
   * the index from the snapshot answers meanwhile.
   */
  function holdVerification(): { read: Promise<void>; release: () => void; restore: () => void } {
    const prototype = RankingIndex.prototype as unknown as {
      readCursor: (this: RankingIndex) => AsyncIterable<ProposalRecord>;
    };
    const original = prototype.readCursor;
    let readDone!: () => void;
    const read = new Promise<void>((resolve) => (readDone = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const spy = jest.spyOn(prototype, 'readCursor').mockImplementation(function (this: RankingIndex) {
      const source = original.call(this);
      return (async function* () {
        const found: ProposalRecord[] = [];
        for await (const proposal of source) found.push(proposal);
        readDone();
        await gate;
        yield* found;
      })();
    });
    return {
      read,
      release,
      restore: () => {
        release();
        spy.mockRestore();
      },
    };
  }

  const submit = (title: string): Promise<ProposalRecord> =>
    moduleRef!
      .get(ProposalsService)
      .submit(author, { title, body: `${title}: groene daken en financiën.`, themeId, language: 'nl' });

  beforeAll(async () => {
    await start(false);
    author = await createUser(moduleRef!);
    voters = await Promise.all([createUser(moduleRef!), createUser(moduleRef!), createUser(moduleRef!)]);
    const [theme] = await moduleRef!.get(ThemesService).all();
    themeId = theme!._id.toHexString();
    const votes = moduleRef!.get(VotesService);
    for (let i = 0; i < 6; i += 1) {
      const proposal = await submit(`Voorstel nummer ${i}`);
      for (const voter of voters.slice(0, i % 4)) {
        await votes.cast(voter, proposal._id.toHexString(), i % 3 === 0 ? 'DOWN' : 'UP');
      }
    }
    // Hidden copies, so that the verifying read takes more than two batches (no published page shows them).
    const [model] = await proposals().find().limit(1).lean().exec();
    await proposals().insertMany(
      Array.from({ length: 2 * VERIFY_BATCH_SIZE + 10 }, () => ({
        ...model!,
        _id: new Types.ObjectId(),
        status: 'HIDDEN',
      })),
    );
    await stop();
    // Inserted past the index, they make that snapshot unusable: a full build and a new one.
    await start(true);
    await stop();
  });

  afterEach(stop);

  it('answers from the snapshot after a clean restart, equal to a database sort', async () => {
    expect(existsSync(snapshotFile)).toBe(true);
    const { release, restore } = holdVerification();
    try {
      const restarted = await start(true);
      expect(restarted.source).toBe('snapshot');
      const before = await pagesBothWays();
      expect(before.index).toHaveLength(18);
      expect(before.index).toEqual(before.database);
      release();
      await restarted.settled();
      expect(restarted.source).toBe('database');
      expect((await pagesBothWays()).index).toEqual(before.index);
    } finally {
      restore();
    }
  });

  it('writes the snapshot at shutdown before its verification ended, and the next start uses it', async () => {
    // Not serving: the verification waits, as it does for minutes at 100,000 proposals.
    expect((await start(true, false)).source).toBe('snapshot');
    await stop();
    const restarted = await start(true);
    expect(restarted.source).toBe('snapshot');
    await restarted.settled();
    expect(restarted.source).toBe('database');
  });

  it('verifies only once the process serves, in batches with a pause after each', async () => {
    const prototype = RankingIndex.prototype as unknown as {
      readCursor: (this: RankingIndex, batchSize?: number) => AsyncIterable<ProposalRecord>;
      pauseVerification: (this: RankingIndex, ms: number, signal: AbortSignal) => Promise<void>;
    };
    const reads = jest.spyOn(prototype, 'readCursor');
    const pause = prototype.pauseVerification;
    const commands: string[] = [];
    const pauses = jest.spyOn(prototype, 'pauseVerification').mockImplementation(async function (
      this: RankingIndex,
      ms,
      signal,
    ) {
      // A query of someone else's, sent during the pause, goes before the read's next batch.
      await proposals().findOne({ status: 'PUBLISHED' }, { _id: 1 }).lean().exec();
      await pause.call(this, ms, signal);
    });
    try {
      const restarted = await start(true, false);
      const client = proposals().db.getClient();
      const log = (event: { commandName: string; command: Record<string, unknown> }): void => {
        if (event.commandName === 'getMore') commands.push('getMore');
        if (event.commandName === 'find' && event.command.find === 'proposals') {
          commands.push(event.command.batchSize === VERIFY_BATCH_SIZE ? 'find batch' : 'find');
        }
      };
      client.on('commandStarted', log);
      expect(restarted.source).toBe('snapshot');
      await restarted.page('TOP', { statuses: ['PUBLISHED'] }, null, 5);
      expect(reads).not.toHaveBeenCalled();

      moduleRef!.get(ServingSignal).serving();
      await restarted.settled();
      client.off('commandStarted', log);
      expect(restarted.source).toBe('database');
      expect(reads).toHaveBeenCalledTimes(1);
      expect(reads).toHaveBeenCalledWith(VERIFY_BATCH_SIZE);
      const total = await proposals().countDocuments();
      expect(pauses).toHaveBeenCalledTimes(Math.floor(total / VERIFY_BATCH_SIZE));
      expect(commands.slice(0, 5)).toEqual(['find batch', 'find', 'getMore', 'find', 'getMore']);
    } finally {
      reads.mockRestore();
      pauses.mockRestore();
    }
  });

  it('keeps a write made while the snapshot is verified, and corrects a change it could not see', async () => {
    // A change past the API while no process ran: neither the marker nor the count can tell.
    const raw = await createConnection(embeddedMongoUri(), { dbName: DB }).asPromise();
    const [changed] = await raw
      .collection<ProposalRecord>('proposals')
      .find({ status: 'PUBLISHED' })
      .sort({ 'scores.top': 1 })
      .limit(1)
      .toArray();
    await raw
      .collection<ProposalRecord>('proposals')
      .updateOne({ _id: changed!._id }, { $set: { 'scores.top': 1_000 } });
    await raw.close();
    const changedId = changed!._id.toHexString();

    // The verifying read ends before the writes below and waits to be applied until they are done.
    const { read, release, restore } = holdVerification();
    try {
      const restarted = await start(true);
      expect(restarted.source).toBe('snapshot');
      const served = await restarted.page('TOP', { statuses: ['PUBLISHED'] }, null, 1);
      expect(served?.[0]?.id).not.toBe(changedId);
      await read;
      const added = await submit('Geschreven tijdens de controle');
      const voted = await restarted.page('NEWEST', { statuses: ['PUBLISHED'] }, null, 3);
      await moduleRef!.get(VotesService).cast(voters[0]!, voted![2]!.id, 'UP');
      release();
      await restarted.settled();
      expect(restarted.source).toBe('database');
      expect(await restarted.ids({ statuses: ['PUBLISHED'] })).toContain(added._id.toHexString());
      const pages = await pagesBothWays();
      expect(pages.index).toContain(`TOP ${changedId}`);
      expect(pages.index[0]).toBe(`TOP ${changedId}`);
      expect(pages.index).toEqual(pages.database);
    } finally {
      restore();
    }
  });

  it('is not used once another process had the database, nor after a proposal was added behind its back', async () => {
    // A process that shares the database with a peer writes no snapshot at its shutdown; the
    // file of the start before is put back, and the marker alone refuses it.
    const kept = `${snapshotFile}.kept`;
    copyFileSync(snapshotFile, kept);
    let restarted = await start(true);
    expect(restarted.loadedFromSnapshot).toBe(true);
    const peerConnection = await createConnection(embeddedMongoUri(), { dbName: DB }).asPromise();
    const peer = await joinSilentPeer(peerConnection);
    await waitFor('the peer seen', () => !restarted.ready, 10_000);
    await submit('Geschreven terwijl een ander meedeed');
    await stop();
    await peer.leave();
    await peerConnection.close();
    expect(existsSync(snapshotFile)).toBe(false);
    copyFileSync(kept, snapshotFile);
    restarted = await start(true);
    expect(restarted.loadedFromSnapshot).toBe(false);
    await stop();

    // A clean shutdown writes one again; a proposal inserted past the API leaves its count behind.
    expect(existsSync(snapshotFile)).toBe(true);
    restarted = await start(true);
    expect(restarted.loadedFromSnapshot).toBe(true);
    await restarted.settled();
    await stop();
    const raw = await createConnection(embeddedMongoUri(), { dbName: DB }).asPromise();
    const [stored] = await raw.collection<ProposalRecord>('proposals').find().limit(1).toArray();
    await raw.collection<ProposalRecord>('proposals').insertOne({ ...stored!, _id: new Types.ObjectId() });
    await raw.close();
    restarted = await start(true);
    expect(restarted.loadedFromSnapshot).toBe(false);
    const pages = await pagesBothWays();
    expect(pages.index).toEqual(pages.database);
  });
});
