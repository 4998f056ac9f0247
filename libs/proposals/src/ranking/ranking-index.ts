import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { InMemoryAccelerators } from '@app/database';
import { PROPOSAL_MODEL, type ProposalRecord } from '../proposals/proposal.schema';
import {
  RankedOrders,
  rankedEntryOf,
  type RankedEntry,
  type RankedFilter,
  type RankedPosition,
  type StoredSort,
} from './ranked-orders';

type IndexedFields = Pick<
  ProposalRecord,
  '_id' | 'status' | 'themeId' | 'authorId' | 'tags' | 'scores' | 'createdAt'
>;
/** After a failed build (database unavailable), the next try comes this much later. */
const REBUILD_RETRY_MS = 5_000;
const INDEXED_FIELDS = { status: 1, themeId: 1, authorId: 1, tags: 1, scores: 1, createdAt: 1 } as const;

/**
 * The ranked orders of all proposals in this process's memory, built at start-up and updated by
 * every write through ProposalsRepository. It answers only while it is complete, on the
 * `ferretdb` profile while this process is the only one writing (InMemoryAccelerators);
 * otherwise callers read from the database.
 */
@Injectable()
export class RankingIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger(RankingIndex.name);
  private orders: RankedOrders | null = null;
  /** Writes seen while a build reads the collection; applied on top of what it read. */
  private pending: Map<string, RankedEntry> | null = null;
  private generation = 0;
  /** The build in progress, if any. */
  private building: Promise<void> | null = null;

  constructor(
    @InjectModel(PROPOSAL_MODEL) private readonly proposals: Model<ProposalRecord>,
    private readonly accelerators: InMemoryAccelerators,
  ) {}

  onApplicationBootstrap(): void {
    this.accelerators.onChange((on) => (on ? this.rebuildInBackground() : this.drop()));
    if (this.accelerators.on) this.rebuildInBackground();
  }

  get ready(): boolean {
    return this.orders !== null;
  }

  /** Builds the index anew; resolves when it answers (or was superseded). */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.orders = null;
    this.pending = new Map();
    const started = Date.now();
    const entries: RankedEntry[] = [];
    for await (const proposal of this.proposals.find({}, INDEXED_FIELDS).lean<IndexedFields>().cursor()) {
      if (generation !== this.generation) return;
      entries.push(rankedEntryOf(proposal));
    }
    if (generation !== this.generation) return;
    const orders = new RankedOrders();
    orders.load(entries);
    for (const entry of this.pending.values()) orders.upsert(entry);
    this.pending = null;
    this.orders = orders;
    this.logger.log(`Ranking index of ${orders.size} proposals built in ${Date.now() - started} ms.`);
  }

  /** Records the state of a proposal just written. */
  upsert(proposal: IndexedFields): void {
    const entry = rankedEntryOf(proposal);
    this.orders?.upsert(entry);
    this.pending?.set(entry.id, entry);
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

  private drop(): void {
    this.generation += 1;
    this.orders = null;
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
