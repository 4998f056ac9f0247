import type { Types } from 'mongoose';
import type { ProposalRecord, ProposalStatus } from '../proposals/proposal.schema';

export const STORED_SORTS = [
  'HOT',
  'TOP',
  'CONFIDENCE',
  'CONTROVERSIAL',
  'CONSENSUS',
  'NEWEST',
  'PAIRWISE',
] as const;
export type StoredSort = (typeof STORED_SORTS)[number];

/** What ranking, filtering and counting need of a proposal; a few hundred bytes each. */
export interface RankedEntry {
  id: string;
  status: ProposalStatus;
  themeId: string;
  authorId: string;
  tags: readonly string[];
  keys: Readonly<Record<StoredSort, number>>;
}

export interface RankedFilter {
  statuses: readonly ProposalStatus[];
  themeId?: string;
  authorId?: string;
  tag?: string;
}

export interface RankedPosition {
  key: number;
  id: string;
}

/**
 * The hex form of an id as one flat string. bson's toHexString builds it from 24 pieces, a
 * string tree several times larger, kept for every proposal (figures in bench/README.md).
 */
function flatHex(id: Types.ObjectId): string {
  // Read `id` once: each read builds a new buffer, in Node's shared pool.
  const bytes = id.id;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** One copy of each theme id, author id, tag and status for all entries. */
const sharedStrings = new Map<string, string>();
function shared<T extends string>(value: T): T {
  const known = sharedStrings.get(value);
  if (known !== undefined) return known as T;
  sharedStrings.set(value, value);
  return value;
}

/**
 * A suggestion stored before CONSENSUS existed has no such score until the start-up backfill
 * (VotesService.backfillSectorCounts) gives it one; meanwhile it ranks as without votes, so the
 * order's sorted array never holds a key that does not compare.
 */
export function storedConsensus(score: number): number {
  return Number.isFinite(score) ? score : 0;
}

export function rankedEntryOf(
  proposal: Pick<ProposalRecord, '_id' | 'status' | 'themeId' | 'authorId' | 'tags' | 'scores' | 'createdAt'>,
): RankedEntry {
  return {
    id: flatHex(proposal._id),
    status: shared(proposal.status),
    themeId: shared(flatHex(proposal.themeId)),
    authorId: shared(flatHex(proposal.authorId)),
    tags: proposal.tags.map(shared),
    keys: {
      HOT: proposal.scores.hot,
      TOP: proposal.scores.top,
      CONFIDENCE: proposal.scores.confidence,
      CONTROVERSIAL: proposal.scores.controversial,
      CONSENSUS: storedConsensus(proposal.scores.consensus),
      NEWEST: proposal.createdAt.getTime(),
      PAIRWISE: proposal.scores.pairwise ?? 0,
    },
  };
}

export function matches(entry: RankedEntry, filter: RankedFilter): boolean {
  return (
    filter.statuses.includes(entry.status) &&
    (filter.themeId === undefined || entry.themeId === filter.themeId) &&
    (filter.authorId === undefined || entry.authorId === filter.authorId) &&
    (filter.tag === undefined || entry.tags.includes(filter.tag))
  );
}

/** Descending on (key, id), as the database sorts `{ [key]: -1, _id: -1 }` (hex ids sort as ObjectIds). */
function before(a: RankedPosition, b: RankedPosition): boolean {
  return a.key > b.key || (a.key === b.key && a.id > b.id);
}

/** One order: an array kept sorted; updates move one entry (binary search + splice). */
class SortedOrder {
  private readonly entries: RankedEntry[] = [];

  constructor(private readonly sort: StoredSort) {}

  private position(entry: RankedEntry): RankedPosition {
    return { key: entry.keys[this.sort], id: entry.id };
  }

  /** The index of the first entry not before `target`. */
  private lowerBound(target: RankedPosition): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = this.entries[middle];
      if (entry !== undefined && before(this.position(entry), target)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  insert(entry: RankedEntry): void {
    this.entries.splice(this.lowerBound(this.position(entry)), 0, entry);
  }

  remove(entry: RankedEntry): void {
    const index = this.lowerBound(this.position(entry));
    if (this.entries[index]?.id === entry.id) this.entries.splice(index, 1);
  }

  /** Appends in bulk; call `sortAll` once afterwards. */
  push(entry: RankedEntry): void {
    this.entries.push(entry);
  }

  sortAll(): void {
    this.entries.sort((a, b) => {
      const pa = this.position(a);
      const pb = this.position(b);
      return before(pa, pb) ? -1 : before(pb, pa) ? 1 : 0;
    });
  }

  page(filter: RankedFilter, after: RankedPosition | null, limit: number): RankedPosition[] {
    const page: RankedPosition[] = [];
    let index = after === null ? 0 : this.lowerBound(after);
    const first = this.entries[index];
    if (after !== null && first?.id === after.id && first.keys[this.sort] === after.key) {
      index += 1;
    }
    for (; index < this.entries.length && page.length < limit; index += 1) {
      const entry = this.entries[index];
      if (entry !== undefined && matches(entry, filter)) page.push(this.position(entry));
    }
    return page;
  }
}

const MAX_REMEMBERED_COUNTS = 1_000;

/**
 * Every proposal in each stored order, in memory: a ranked page costs a binary search and a
 * short walk instead of a sort of the collection (FerretDB v1's SQLite backend uses no index
 * but `_id`, so every ranked query would read and sort the whole collection).
 */
export class RankedOrders {
  private readonly orders = new Map(STORED_SORTS.map((sort) => [sort, new SortedOrder(sort)]));
  private readonly byId = new Map<string, RankedEntry>();
  /**
   * Counts per filter since the last write: counting walks every entry, and every ranked
   * page asks for its total (figures in bench/README.md).
   */
  private readonly counts = new Map<string, number>();

  get size(): number {
    return this.byId.size;
  }

  /** Fills an empty instance at once (start-up); faster than `upsert` one by one. */
  load(entries: Iterable<RankedEntry>): void {
    for (const entry of entries) {
      if (this.byId.has(entry.id)) continue;
      this.byId.set(entry.id, entry);
      for (const order of this.orders.values()) order.push(entry);
    }
    for (const order of this.orders.values()) order.sortAll();
    this.counts.clear();
  }

  upsert(entry: RankedEntry): void {
    const known = this.byId.get(entry.id);
    for (const order of this.orders.values()) {
      if (known !== undefined) order.remove(known);
      order.insert(entry);
    }
    this.byId.set(entry.id, entry);
    this.counts.clear();
  }

  page(
    sort: StoredSort,
    filter: RankedFilter,
    after: RankedPosition | null,
    limit: number,
  ): RankedPosition[] {
    return this.orderOf(sort).page(filter, after, limit);
  }

  count(filter: RankedFilter): number {
    const key = JSON.stringify([filter.statuses, filter.themeId, filter.authorId, filter.tag]);
    let count = this.counts.get(key);
    if (count === undefined) {
      count = 0;
      for (const entry of this.byId.values()) if (matches(entry, filter)) count += 1;
      if (this.counts.size >= MAX_REMEMBERED_COUNTS) this.counts.clear();
      this.counts.set(key, count);
    }
    return count;
  }

  /** Ids of every entry that matches, in no particular order (the seeded shuffle sorts them). */
  ids(filter: RankedFilter): string[] {
    const ids: string[] = [];
    for (const entry of this.byId.values()) if (matches(entry, filter)) ids.push(entry.id);
    return ids;
  }

  private orderOf(sort: StoredSort): SortedOrder {
    const order = this.orders.get(sort);
    if (order === undefined) throw new Error(`Unknown order ${sort}`);
    return order;
  }
}
