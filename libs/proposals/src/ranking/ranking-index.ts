import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { AppConfig } from '@app/core';
import { ChangeBus, ClusterMembership, InMemoryAccelerators, ServingSignal } from '@app/database';
import { PROPOSAL_MODEL, type ProposalRecord } from '../proposals/proposal.schema';
import {
  type KeywordCandidate,
  RankedOrders,
  rankedEntryOf,
  type RankedEntry,
  STORED_SORTS,
  type RankedFields,
  type RankedFilter,
  type RankedPosition,
  type StoredSort,
} from './ranked-orders';
import { RankingSnapshot } from './ranking-snapshot';

/** After a failed build (database unavailable), the next try comes this much later. */
const REBUILD_RETRY_MS = 5_000;
/**
 * The verifying read asks FerretDB for this many proposals at a time (the driver's default asks for
 * all of them, which FerretDB then reads at once) and pauses after each batch.
 */
export const VERIFY_BATCH_SIZE = 100;
/** A process that never says it serves starts the verifying read this long after the snapshot loaded. */
const VERIFY_FALLBACK_MS = 30_000;
const INDEXED_FIELDS = {
  status: 1,
  themeId: 1,
  authorId: 1,
  tags: 1,
  keywords: 1,
  upvotes: 1,
  scores: 1,
  createdAt: 1,
} as const;
/** The change bus's name for a proposal whose ranked fields another process wrote. */
const RANKING_CHANGED = 'ranking:proposals';

/**
 * The ranked orders and keywords of all proposals in this process's memory, built at start-up and updated by
 * every write through ProposalsRepository, this process's and (through the change bus) its
 * peers'. It answers only while it is complete, on the `ferretdb` profile while this process
 * hears every write (InMemoryAccelerators); otherwise callers read from the database.
 *
 * At a clean shutdown of a process alone on the database it writes a snapshot to DATA_DIR
 * (RankingSnapshot), which the next start answers from at once when the database's marker proves
 * that nothing took the index since; a full read then verifies it in the background, paced and
 * once the process serves, and corrects it in place. Without a usable snapshot the first ranked
 * reads wait for the full read (docs/DATABASE.md).
 */
@Injectable()
export class RankingIndex implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RankingIndex.name);
  private orders: RankedOrders | null = null;
  /** Writes seen while a build reads the collection; applied on top of what it read. */
  private pending: Map<string, RankedEntry> | null = null;
  private generation = 0;
  /** The build in progress, if any. */
  private building: Promise<void> | null = null;
  /**
   * Per proposal whose peer's write is being read: a number that each newer read or local write
   * moves on, so that an older read never replaces what came after it.
   */
  private readonly refreshing = new Map<string, number>();
  private readonly snapshot: RankingSnapshot;
  /** Whether the next build may start from the snapshot (only the first one of the process). */
  private snapshotUsable = false;
  /** True while `orders` holds what a full read of the collection found (plus later writes). */
  private verified = false;
  /** The ids written (here or by a peer) since the verifying read began, while it runs. */
  private writtenWhileVerifying: Set<string> | null = null;
  /** The full read that checks an index loaded from the snapshot, if one runs or waits to. */
  private verifying: Promise<void> | null = null;
  /** Ends the wait or the pause of that read when it is superseded, so that shutdown need not wait. */
  private stopVerifying: AbortController | null = null;
  /** Set once a snapshot is written at shutdown: any later write removes it again. */
  private saved = false;
  private fromSnapshot = false;
  /** Writes applied to the index so far (a snapshot being written is refused when it moves). */
  private applied = 0;

  constructor(
    @InjectModel(PROPOSAL_MODEL) private readonly proposals: Model<ProposalRecord>,
    private readonly accelerators: InMemoryAccelerators,
    private readonly bus: ChangeBus,
    private readonly membership: ClusterMembership,
    private readonly serving: ServingSignal,
    config: ConfigService<AppConfig, true>,
  ) {
    this.snapshot = new RankingSnapshot(config.get('DATA_DIR', { infer: true }), proposals.db);
  }

  async onApplicationBootstrap(): Promise<void> {
    // Every process marks the database as in use before it writes, index or not.
    const clean = await this.snapshot.claim().catch((error: unknown) => {
      // Without the marker OPEN, no file may be left that a later start could match.
      this.snapshot.discard();
      this.logger.warn(`Ranking index snapshot marker not set; snapshot removed: ${String(error)}`);
      return false;
    });
    // Only the build right at start may use it: once peers have had the database, it is stale.
    this.snapshotUsable = clean && this.accelerators.on;
    this.accelerators.onChange((on) => {
      this.snapshotUsable = false;
      if (on) this.rebuildInBackground();
      else this.drop();
    });
    this.bus.on(RANKING_CHANGED, (id) => void this.refresh(id));
    if (this.accelerators.on) this.rebuildInBackground();
  }

  /**
   * Writes the snapshot when this process alone holds an index read from the database or loaded
   * from a snapshot, before the database connection closes. One loaded and not yet verified (the
   * paced verification takes minutes at 100,000 proposals) is as good as the snapshot it came
   * from plus the writes since, and the next start verifies it again; not writing it would make
   * a start soon after a restart build in full.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const orders = this.orders;
    const verifying = this.verifying;
    this.supersede();
    await verifying;
    const trusted = this.verified || this.fromSnapshot;
    if (orders === null || !trusted || !this.accelerators.on || this.membership.shared) return;
    const started = Date.now();
    try {
      const skipped = await this.snapshot.save(orders, () => this.applied);
      if (skipped !== null) {
        this.logger.log(`No ranking index snapshot written: ${skipped}.`);
        return;
      }
      this.saved = true;
      this.logger.log(
        `Ranking index snapshot of ${orders.size} proposals written in ${Date.now() - started} ms.`,
      );
    } catch (error) {
      this.snapshot.discard();
      this.logger.warn(`Ranking index snapshot not written: ${String(error)}`);
    }
  }

  /**
   * The number of proposals as FerretDB's collStats tells it (about 1.6 s at 100,000 on SQLite,
   * where estimatedDocumentCount and countDocuments decode every document: 65 s).
   */
  private async countProposals(): Promise<number> {
    const stats = await this.proposals.db.db?.command({
      collStats: this.proposals.collection.collectionName,
    });
    const count: unknown = stats?.count;
    if (typeof count !== 'number') throw new Error('collStats answered no count');
    return count;
  }

  /** Where the index being served came from: the snapshot (until verified) or a full read. */
  get source(): 'snapshot' | 'database' | null {
    if (this.orders === null) return null;
    return this.verified ? 'database' : 'snapshot';
  }

  /** Whether the last build started from the snapshot (it may be verified since). */
  get loadedFromSnapshot(): boolean {
    return this.fromSnapshot;
  }

  get ready(): boolean {
    return this.orders !== null;
  }

  /** Builds the index anew; resolves when it answers (or was superseded). */
  async rebuild(): Promise<void> {
    const generation = this.supersede();
    this.orders = null;
    this.verified = false;
    this.fromSnapshot = false;
    this.pending = new Map();
    const started = Date.now();
    if (this.snapshotUsable) {
      this.snapshotUsable = false;
      const loaded = await this.snapshot.load(() => this.countProposals());
      if (generation !== this.generation) return;
      if ('entries' in loaded) {
        const loadStarted = Date.now();
        this.orders = this.ordersOf(loaded.entries, loaded.positions);
        this.fromSnapshot = true;
        this.logger.log(
          `Ranking index of ${this.orders.size} proposals loaded from the snapshot in ${Date.now() - started} ms (file read in ${loaded.readMs} ms, collStats count in ${loaded.countMs} ms, orders in ${Date.now() - loadStarted} ms); verifying it once the process serves.`,
        );
        this.verifying = this.verify(generation).finally(() => {
          this.verifying = null;
        });
        return;
      }
      this.logger.log(`Ranking index snapshot not used: ${loaded.unused}.`);
    }
    const entries = await this.readAll(generation);
    if (entries === null) return;
    this.orders = this.ordersOf(entries);
    this.verified = true;
    this.logger.log(`Ranking index of ${this.orders.size} proposals built in ${Date.now() - started} ms.`);
  }

  /** The ranked fields of every proposal, from the database, `batchSize` at a time if given. */
  private readCursor(batchSize?: number): AsyncIterable<RankedFields> {
    const query = this.proposals.find({}, INDEXED_FIELDS).lean<RankedFields>();
    return (batchSize === undefined ? query : query.batchSize(batchSize)).cursor();
  }

  /** Every proposal's entry from the database; null when superseded meanwhile. */
  private async readAll(generation: number): Promise<RankedEntry[] | null> {
    const entries: RankedEntry[] = [];
    for await (const proposal of this.readCursor()) {
      if (generation !== this.generation) return null;
      entries.push(rankedEntryOf(proposal));
    }
    return generation === this.generation ? entries : null;
  }

  /** The orders of `entries` with the writes seen meanwhile on top; ends the recording of writes. */
  private ordersOf(
    entries: readonly RankedEntry[],
    positions?: Readonly<Record<StoredSort, readonly number[]>>,
  ): RankedOrders {
    const orders = new RankedOrders();
    if (positions === undefined) orders.load(entries);
    else orders.loadInOrder(entries, positions);
    for (const entry of this.pending?.values() ?? []) orders.upsert(entry);
    this.pending = null;
    return orders;
  }

  /**
   * Reads every proposal while the index loaded from the snapshot answers, and corrects each entry
   * that differs in place (a second index beside it would not fit the API's heap at 100,000
   * proposals). An entry written since the read began is left as the write made it: the write is
   * at least as new as what the read found. A snapshot the marker could not tell was stale (a
   * write to the database by other means than this code while no process ran) is so corrected
   * within one full read.
   *
   * The read yields to the process's readers, as the index answers meanwhile and nothing waits for
   * it: it starts once the process serves (after the API's warm-up, ServingSignal), reads
   * VERIFY_BATCH_SIZE proposals at a time and pauses after each batch as long as the batch took,
   * so that it keeps FerretDB busy about half of the time and other queries go between its batches.
   */
  private async verify(generation: number): Promise<void> {
    const stop = new AbortController();
    this.stopVerifying = stop;
    await this.serving.whenServing(VERIFY_FALLBACK_MS, stop.signal);
    if (generation !== this.generation) return;
    const started = Date.now();
    const written = new Set<string>();
    this.writtenWhileVerifying = written;
    let differing = 0;
    let paused = 0;
    try {
      let batchStarted = performance.now();
      let inBatch = 0;
      for await (const proposal of this.readCursor(VERIFY_BATCH_SIZE)) {
        if (generation !== this.generation) return;
        const entry = rankedEntryOf(proposal);
        if (!written.has(entry.id)) {
          const served = this.orders?.entry(entry.id);
          if (served === undefined || !sameEntry(served, entry)) {
            differing += 1;
            this.orders?.upsert(entry);
          }
        }
        inBatch += 1;
        if (inBatch === VERIFY_BATCH_SIZE) {
          // The driver asks for the next batch only when this one is used up: after the pause.
          const busy = performance.now() - batchStarted;
          await this.pauseVerification(busy, stop.signal);
          if (generation !== this.generation) return;
          paused += busy;
          inBatch = 0;
          batchStarted = performance.now();
        }
      }
      if (generation !== this.generation || this.orders === null) return;
      this.verified = true;
      const message = `Ranking index snapshot verified by a full read in ${Date.now() - started} ms (${Math.round(paused)} ms of it paused between batches)`;
      if (differing === 0) this.logger.log(`${message}.`);
      else this.logger.warn(`${message}: ${differing} proposals differed and were corrected.`);
    } catch (error) {
      if (generation !== this.generation) return;
      this.logger.warn(`Ranking index snapshot not verified; rebuilding: ${String(error)}`);
      if (this.accelerators.on) this.rebuildInBackground();
    } finally {
      if (this.writtenWhileVerifying === written) this.writtenWhileVerifying = null;
      if (this.stopVerifying === stop) this.stopVerifying = null;
    }
  }

  /** Waits `ms` between two batches of the verifying read; ends early when it is superseded. */
  private pauseVerification(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      function done(): void {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
    });
  }

  /** Starts a new generation: what an older one still reads or waits for is dropped. */
  private supersede(): number {
    this.stopVerifying?.abort();
    this.stopVerifying = null;
    this.generation += 1;
    return this.generation;
  }

  /** Records the state of a proposal just written, and tells the other processes. */
  upsert(proposal: RankedFields): void {
    const entry = rankedEntryOf(proposal);
    const superseded = this.refreshing.get(entry.id);
    if (superseded !== undefined) this.refreshing.set(entry.id, superseded + 1);
    this.apply(entry);
    this.bus.announce(RANKING_CHANGED, entry.id);
  }

  private apply(entry: RankedEntry): void {
    this.applied += 1;
    this.writtenWhileVerifying?.add(entry.id);
    if (this.saved) {
      this.saved = false;
      this.snapshot.discard();
    }
    this.orders?.upsert(entry);
    this.pending?.set(entry.id, entry);
  }

  /**
   * Reads a proposal that another process wrote, after its message arrived (so after the write),
   * and records it unless a newer read or write of it came meanwhile.
   */
  private async refresh(id: string): Promise<void> {
    if (this.orders === null && this.pending === null) return;
    const turn = (this.refreshing.get(id) ?? 0) + 1;
    this.refreshing.set(id, turn);
    try {
      const proposal = await this.proposals.findById(id, INDEXED_FIELDS).lean<RankedFields>().exec();
      if (this.refreshing.get(id) !== turn) return;
      this.refreshing.delete(id);
      if (proposal !== null) this.apply(rankedEntryOf(proposal));
    } catch (error) {
      if (this.refreshing.get(id) === turn) this.refreshing.delete(id);
      this.logger.warn(
        `A peer's write of ${id} could not be read; rebuilding the ranking index: ${String(error)}`,
      );
      if (this.accelerators.on) this.rebuildInBackground();
    }
  }

  /*
   * The answers below are null while there is no index (the `mongodb` profile, a peer shares the
   * database, or the build failed): the caller then reads from the database. A build in progress is waited for, since a
   * read from the database instead takes longer on FerretDB's SQLite backend, which scans the
   * collection for it while the build scans it too.
   */

  async page(
    sort: StoredSort,
    filter: RankedFilter,
    after: RankedPosition | null,
    limit: number,
  ): Promise<RankedPosition[] | null> {
    await this.building;
    return this.orders?.page(sort, filter, after, limit) ?? null;
  }

  async count(filter: RankedFilter): Promise<number | null> {
    await this.building;
    return this.orders?.count(filter) ?? null;
  }

  async ids(filter: RankedFilter): Promise<string[] | null> {
    await this.building;
    return this.orders?.ids(filter) ?? null;
  }

  async withAnyKeyword(
    asked: readonly string[],
    wanted: readonly string[],
    limit: number,
  ): Promise<KeywordCandidate[] | null> {
    await this.building;
    return this.orders?.withAnyKeyword(asked, wanted, limit) ?? null;
  }

  /** Resolves when an index loaded from the snapshot has been checked by a full read (tests). */
  async settled(): Promise<void> {
    await this.building;
    await this.verifying;
  }

  private drop(): void {
    this.supersede();
    this.orders = null;
    this.verified = false;
    this.pending = null;
  }

  private rebuildInBackground(): void {
    const build: Promise<void> = this.rebuild()
      .catch((error: unknown) => {
        this.logger.warn(
          `Ranking index not built; ranked pages read from the database for now: ${String(error)}`,
        );
        this.drop();
        const generation = this.generation;
        setTimeout(() => {
          if (generation === this.generation && this.accelerators.on) this.rebuildInBackground();
        }, REBUILD_RETRY_MS).unref();
      })
      .finally(() => {
        if (this.building === build) this.building = null;
      });
    this.building = build;
  }
}

function sameEntry(a: RankedEntry, b: RankedEntry): boolean {
  return (
    a.status === b.status &&
    a.themeId === b.themeId &&
    a.authorId === b.authorId &&
    a.tags.join('\n') === b.tags.join('\n') &&
    a.keywords === b.keywords &&
    a.upvotes === b.upvotes &&
    STORED_SORTS.every((sort) => a.keys[sort] === b.keys[sort])
  );
}
