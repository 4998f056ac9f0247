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

/** What ranking, filtering, keyword search and counting need of a proposal; a few hundred bytes each. */
export interface RankedEntry {
  id: string;
  status: ProposalStatus;
  themeId: string;
  authorId: string;
  tags: readonly string[];
  /** The stored folded keywords (keywordsOf), each as its code in the vocabulary (wordCodes). */
  keywords: string;
  /** similarProposals ranks candidates sharing as many words by their upvotes. */
  upvotes: number;
  keys: Readonly<Record<StoredSort, number>>;
}

export interface RankedFilter {
  statuses: readonly ProposalStatus[];
  themeId?: string;
  authorId?: string;
  tag?: string;
  /** Every one of these folded words must be among the entry's keywords (filter.search). */
  keywords?: readonly string[];
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
export function shared<T extends string>(value: T): T {
  const known = sharedStrings.get(value);
  if (known !== undefined) return known as T;
  sharedStrings.set(value, value);
  return value;
}

/**
 * Each keyword ever indexed, as a code point of its own: an entry's keywords are one string of
 * their codes, a byte or two per word where an array of the words took eight (figures in
 * bench/README.md). Codes below the surrogates are one UTF-16 unit; the others a surrogate pair,
 * whose halves never equal a one-unit code, so `includes` finds whole codes only.
 */
const wordCodes = new Map<string, string>();
/** The word of each ordinal (index 0, OVERFLOW's, has none), for a snapshot. */
const codeWords: string[] = [''];
const SURROGATES_START = 0xd800;
const SUPPLEMENTARY_START = 0x10000;
/**
 * Words with a code of their own, at most: made-up words (a long body of them per suggestion)
 * must not grow the map without end. Later words share OVERFLOW, and a lookup of a word without
 * a code is then left to the database.
 */
export const MAX_WORD_CODES = 250_000;
const OVERFLOW = '\u0000';

function codeOfWord(word: string): string {
  let code = wordCodes.get(word);
  if (code === undefined) {
    // Ordinal 0 is OVERFLOW's.
    const ordinal = wordCodes.size + 1;
    if (ordinal >= MAX_WORD_CODES) return OVERFLOW;
    code = codeOfOrdinal(ordinal);
    wordCodes.set(word, code);
    codeWords.push(word);
  }
  return code;
}

/** An entry's keywords: the codes of its words, one after the other. */
export function keywordCodes(words: readonly string[]): string {
  return words.map(codeOfWord).join('');
}

/** The words that have a code, in the order of their codes (a snapshot writes them once). */
export function codedWords(): readonly string[] {
  return codeWords.slice(1);
}

/** Whether some of these keywords share OVERFLOW (their words are not known any more). */
export function hasOverflow(codes: string): boolean {
  return codes.includes(OVERFLOW);
}

function codeOfOrdinal(ordinal: number): string {
  return String.fromCodePoint(
    ordinal < SURROGATES_START ? ordinal : ordinal - SURROGATES_START + SUPPLEMENTARY_START,
  );
}

/**
 * Gives a snapshot's words (codedWords when it was written) their codes in this process, and
 * answers how to turn the snapshot's codes into this process's: unchanged when each word got the
 * code it had (a process with no words before, as at start-up), else code by code. Null when a
 * word gets no code of its own.
 */
export function adoptWords(words: readonly string[]): ((codes: string) => string) | null {
  const codes = [OVERFLOW];
  let same = true;
  for (const word of words) {
    const code = codeOfWord(word);
    if (code === OVERFLOW) return null;
    if (code !== codeOfOrdinal(codes.length)) same = false;
    codes.push(code);
  }
  if (same) return (entryCodes) => entryCodes;
  return (entryCodes) => {
    let translated = '';
    for (const code of entryCodes) {
      const point = code.codePointAt(0) ?? 0;
      translated +=
        codes[point < SUPPLEMENTARY_START ? point : point - SUPPLEMENTARY_START + SURROGATES_START] ??
        OVERFLOW;
    }
    return translated;
  };
}

/**
 * The codes of these words, leaving out words no entry holds; null when a word has no code while
 * some entries hold words without one (OVERFLOW): the index cannot tell who has it.
 */
function codesOf(words: readonly string[]): { codes: string[]; allKnown: boolean } | null {
  const codes: string[] = [];
  let allKnown = true;
  for (const word of words) {
    const code = wordCodes.get(word);
    if (code !== undefined) codes.push(code);
    else if (wordCodes.size + 1 >= MAX_WORD_CODES) return null;
    else allKnown = false;
  }
  return { codes, allKnown };
}

/**
 * A suggestion stored before CONSENSUS existed has no such score until the start-up backfill
 * (VotesService.backfillSectorCounts) gives it one; meanwhile it ranks as without votes, so the
 * order's sorted array never holds a key that does not compare.
 */
export function storedConsensus(score: number): number {
  return Number.isFinite(score) ? score : 0;
}

export type RankedFields = Pick<
  ProposalRecord,
  '_id' | 'status' | 'themeId' | 'authorId' | 'tags' | 'keywords' | 'upvotes' | 'scores' | 'createdAt'
>;

export function rankedEntryOf(proposal: RankedFields): RankedEntry {
  return {
    id: flatHex(proposal._id),
    status: shared(proposal.status),
    themeId: shared(flatHex(proposal.themeId)),
    authorId: shared(flatHex(proposal.authorId)),
    tags: proposal.tags.map(shared),
    keywords: keywordCodes(proposal.keywords),
    upvotes: proposal.upvotes,
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

/**
 * What a filter selects, with its keywords looked up once for all entries it is asked about;
 * null when the index cannot tell (see codesOf).
 */
function matcherOf(filter: RankedFilter): ((entry: RankedEntry) => boolean) | null {
  const looked = codesOf(filter.keywords ?? []);
  if (looked === null) return null;
  const { codes, allKnown } = looked;
  if (!allKnown) return () => false;
  return (entry) =>
    filter.statuses.includes(entry.status) &&
    (filter.themeId === undefined || entry.themeId === filter.themeId) &&
    (filter.authorId === undefined || entry.authorId === filter.authorId) &&
    (filter.tag === undefined || entry.tags.includes(filter.tag)) &&
    codes.every((code) => entry.keywords.includes(code));
}

/** A suggestion that shares a word with a text, and how many of the text's words it has. */
export interface KeywordCandidate {
  id: string;
  upvotes: number;
  shared: number;
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

  /** The entries in this order (for a snapshot). */
  get all(): readonly RankedEntry[] {
    return this.entries;
  }

  /**
   * Sorts as `before` orders, without a position object per comparison. Entries pushed in their
   * order already (from a snapshot) take one pass: V8 sorts with TimSort.
   */
  sortAll(): void {
    const sort = this.sort;
    this.entries.sort((a, b) => {
      const keyA = a.keys[sort];
      const keyB = b.keys[sort];
      if (keyA > keyB) return -1;
      if (keyA < keyB) return 1;
      return a.id > b.id ? -1 : a.id < b.id ? 1 : 0;
    });
  }

  page(filter: RankedFilter, after: RankedPosition | null, limit: number): RankedPosition[] | null {
    const matches = matcherOf(filter);
    if (matches === null) return null;
    const page: RankedPosition[] = [];
    let index = after === null ? 0 : this.lowerBound(after);
    const first = this.entries[index];
    if (after !== null && first?.id === after.id && first.keys[this.sort] === after.key) {
      index += 1;
    }
    for (; index < this.entries.length && page.length < limit; index += 1) {
      const entry = this.entries[index];
      if (entry !== undefined && matches(entry)) page.push(this.position(entry));
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

  entry(id: string): RankedEntry | undefined {
    return this.byId.get(id);
  }

  /** Every entry, in no particular order (for a snapshot). */
  entries(): IterableIterator<RankedEntry> {
    return this.byId.values();
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

  /**
   * As `load`, with each order's entries as positions in `entries`, in the order a snapshot
   * recorded: the sort then only checks it, and still sorts when the record is wrong. Falls back
   * to `load` when a record does not hold every entry once.
   */
  loadInOrder(
    entries: readonly RankedEntry[],
    positions: Readonly<Record<StoredSort, readonly number[]>>,
  ): void {
    const complete = STORED_SORTS.every((sort) => {
      const order = positions[sort];
      if (order.length !== entries.length) return false;
      const seen = new Uint8Array(entries.length);
      for (const position of order) {
        if (!(position >= 0 && position < entries.length) || seen[position] === 1) return false;
        seen[position] = 1;
      }
      return true;
    });
    if (!complete || new Set(entries.map((entry) => entry.id)).size !== entries.length) {
      this.load(entries);
      return;
    }
    for (const entry of entries) this.byId.set(entry.id, entry);
    for (const sort of STORED_SORTS) {
      const order = this.orderOf(sort);
      for (const position of positions[sort]) {
        const entry = entries[position];
        if (entry !== undefined) order.push(entry);
      }
      order.sortAll();
    }
    this.counts.clear();
  }

  /** The entries in the order of `sort` (for a snapshot). */
  inOrder(sort: StoredSort): readonly RankedEntry[] {
    return this.orderOf(sort).all;
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
  ): RankedPosition[] | null {
    return this.orderOf(sort).page(filter, after, limit);
  }

  count(filter: RankedFilter): number | null {
    const key = JSON.stringify([
      filter.statuses,
      filter.themeId,
      filter.authorId,
      filter.tag,
      filter.keywords,
    ]);
    let count = this.counts.get(key);
    if (count === undefined) {
      const matches = matcherOf(filter);
      if (matches === null) return null;
      count = 0;
      for (const entry of this.byId.values()) if (matches(entry)) count += 1;
      if (this.counts.size >= MAX_REMEMBERED_COUNTS) this.counts.clear();
      this.counts.set(key, count);
    }
    return count;
  }

  /** Ids of every entry that matches, in no particular order (the seeded shuffle sorts them). */
  ids(filter: RankedFilter): string[] | null {
    const matches = matcherOf(filter);
    if (matches === null) return null;
    const ids: string[] = [];
    for (const entry of this.byId.values()) if (matches(entry)) ids.push(entry.id);
    return ids;
  }

  /**
   * Published entries with at least one of `asked`, the `limit` with the highest ids (the
   * newest), highest first, each with how many of `wanted` it has: what the database answers
   * for similarProposals' candidates. Null when the index cannot tell (see codesOf).
   */
  withAnyKeyword(
    asked: readonly string[],
    wanted: readonly string[],
    limit: number,
  ): KeywordCandidate[] | null {
    const askedLooked = codesOf(asked);
    const wantedLooked = codesOf(wanted);
    if (askedLooked === null || wantedLooked === null) return null;
    const askedCodes = askedLooked.codes;
    const wantedCodes = new Set(wantedLooked.codes);
    const found: RankedEntry[] = [];
    for (const entry of this.byId.values()) {
      if (entry.status === 'PUBLISHED' && askedCodes.some((code) => entry.keywords.includes(code))) {
        found.push(entry);
      }
    }
    return found
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, limit)
      .map((entry) => {
        let shared = 0;
        for (const code of entry.keywords) if (wantedCodes.has(code)) shared += 1;
        return { id: entry.id, upvotes: entry.upvotes, shared };
      });
  }

  private orderOf(sort: StoredSort): SortedOrder {
    const order = this.orders.get(sort);
    if (order === undefined) throw new Error(`Unknown order ${sort}`);
    return order;
  }
}
