import { Types } from 'mongoose';
import {
  keywordCodes,
  MAX_WORD_CODES,
  RankedOrders,
  rankedEntryOf,
  type RankedEntry,
  type RankedFilter,
  type RankedPosition,
  STORED_SORTS,
  type StoredSort,
} from './ranked-orders';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = ['groen', 'daken', 'belasting', 'financien', 'zorg'];
/** The words of each entry, as the database holds them. */
const wordsOf = new WeakMap<RankedEntry, readonly string[]>();

function entry(random: () => number, index: number): RankedEntry {
  // Few distinct keys, so ties (broken by id) are common.
  const key = (): number => Math.floor(random() * 5);
  const words = VOCABULARY.filter(() => random() < 0.4);
  const made: RankedEntry = {
    id: index.toString(16).padStart(24, '0'),
    status: random() < 0.8 ? 'PUBLISHED' : 'HIDDEN',
    themeId: `theme${Math.floor(random() * 3)}`,
    authorId: `author${Math.floor(random() * 4)}`,
    tags: random() < 0.5 ? ['tax'] : [],
    keywords: keywordCodes(words),
    upvotes: Math.floor(random() * 3),
    keys: {
      HOT: key(),
      TOP: key(),
      CONFIDENCE: key(),
      CONTROVERSIAL: key(),
      CONSENSUS: key(),
      NEWEST: key(),
      PAIRWISE: key(),
    },
  };
  wordsOf.set(made, words);
  return made;
}

/** What the database answers: filter, then sort descending on (key, id). */
function expected(entries: Iterable<RankedEntry>, sort: StoredSort, filter: RankedFilter): string[] {
  return [...entries]
    .filter(
      (e) =>
        filter.statuses.includes(e.status) &&
        (filter.themeId === undefined || e.themeId === filter.themeId) &&
        (filter.tag === undefined || e.tags.includes(filter.tag)) &&
        (filter.keywords ?? []).every((word) => wordsOf.get(e)?.includes(word)),
    )
    .sort((a, b) => b.keys[sort] - a.keys[sort] || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((e) => e.id);
}

function walk(orders: RankedOrders, sort: StoredSort, filter: RankedFilter, pageSize: number): string[] {
  const ids: string[] = [];
  let after = null;
  for (;;) {
    const page: RankedPosition[] = orders.page(sort, filter, after, pageSize)!;
    ids.push(...page.map((position) => position.id));
    if (page.length < pageSize) return ids;
    after = page[page.length - 1] ?? null;
  }
}

describe('RankedOrders', () => {
  const filters: RankedFilter[] = [
    { statuses: ['PUBLISHED'] },
    { statuses: ['HIDDEN'], themeId: 'theme1' },
    { statuses: ['PUBLISHED'], tag: 'tax' },
    { statuses: ['PUBLISHED'], keywords: ['groen'] },
    { statuses: ['PUBLISHED', 'HIDDEN'], keywords: ['groen', 'daken'], tag: 'tax' },
    { statuses: ['PUBLISHED'], keywords: ['zorg', 'nooit-gezien'] },
  ];

  it('pages every order exactly as the database sorts, after loading and after updates', () => {
    const random = seeded(7);
    const truth = new Map<string, RankedEntry>();
    const orders = new RankedOrders();
    const initial = Array.from({ length: 300 }, (_, index) => entry(random, index));
    orders.load(initial);
    for (const e of initial) truth.set(e.id, e);

    for (let round = 0; round < 3; round += 1) {
      for (const sort of STORED_SORTS) {
        for (const filter of filters) {
          expect(walk(orders, sort, filter, 7)).toEqual(expected(truth.values(), sort, filter));
        }
      }
      // Counted each round: a count remembered from before the updates would be stale.
      for (const filter of filters) {
        expect(orders.count(filter)).toBe(expected(truth.values(), 'TOP', filter).length);
      }
      for (let change = 0; change < 100; change += 1) {
        const changed = entry(random, Math.floor(random() * 350));
        orders.upsert(changed);
        truth.set(changed.id, changed);
      }
    }
    expect(orders.size).toBe(truth.size);
    expect(orders.count({ statuses: ['PUBLISHED'] })).toBe(
      expected(truth.values(), 'TOP', filters[0]!).length,
    );
  });

  it('continues after a cursor whose proposal has moved since', () => {
    const random = seeded(3);
    const orders = new RankedOrders();
    const entries = Array.from({ length: 50 }, (_, index) => entry(random, index));
    orders.load(entries);
    const filter: RankedFilter = { statuses: ['PUBLISHED', 'HIDDEN'] };
    const [first] = orders.page('TOP', filter, null, 1)!;
    expect(first).toBeDefined();
    const moved = entries.find((e) => e.id === first?.id);
    orders.upsert({ ...moved!, keys: { ...moved!.keys, TOP: -100 } });
    const rest = orders.page('TOP', filter, first ?? null, 100)!;
    expect(rest.map((p) => p.id)).toContain(first?.id);
    expect(rest.every((p) => p.key < first!.key || (p.key === first!.key && p.id < first!.id))).toBe(true);
  });

  it('keeps the ids of the proposal, its theme and its author exactly', () => {
    // Thousands, so that Node's buffer pool (where bson builds each id's bytes) fills up and
    // starts anew in between: an id read from the wrong buffer would show.
    for (let index = 0; index < 3_000; index += 1) {
      const proposal = {
        _id: new Types.ObjectId(),
        status: 'PUBLISHED' as const,
        themeId: new Types.ObjectId(),
        authorId: new Types.ObjectId(),
        tags: ['mkb'],
        keywords: ['mkb'],
        upvotes: 0,
        scores: { hot: 1, top: 2, confidence: 0.5, controversial: 0, consensus: 0 },
        createdAt: new Date(),
      };
      const entry = rankedEntryOf(proposal);
      expect([entry.id, entry.themeId, entry.authorId]).toEqual([
        proposal._id.toHexString(),
        proposal.themeId.toHexString(),
        proposal.authorId.toHexString(),
      ]);
    }
  });

  it('finds whole words only, beyond the codes of one UTF-16 unit too', () => {
    // More words than codes below the surrogates: the last ones are surrogate pairs.
    const many = Array.from({ length: 56_000 }, (_, index) => `woord${index}`);
    keywordCodes(many);
    const late = ['woord55999', 'woord55998'];
    const early = ['woord1', 'woord2'];
    const orders = new RankedOrders();
    const make = (id: string, words: string[]): RankedEntry => ({
      ...entry(seeded(1), 0),
      id,
      status: 'PUBLISHED',
      keywords: keywordCodes(words),
    });
    orders.load([make('a1', late), make('a2', early), make('a3', [late[0]!, early[1]!])]);
    const idsWith = (keywords: string[]) =>
      orders
        .page('TOP', { statuses: ['PUBLISHED'], keywords }, null, 10)!
        .map((p) => p.id)
        .sort();
    expect(idsWith([late[0]!])).toEqual(['a1', 'a3']);
    expect(idsWith([late[1]!])).toEqual(['a1']);
    expect(idsWith([early[0]!])).toEqual(['a2']);
    expect(idsWith([late[0]!, early[1]!])).toEqual(['a3']);
    expect(orders.count({ statuses: ['PUBLISHED'], keywords: [early[1]!] })).toBe(2);
  });

  it('hands similarProposals the newest published entries with an asked word, counting the wanted ones', () => {
    const orders = new RankedOrders();
    const make = (id: string, status: RankedEntry['status'], words: string[], upvotes: number) => ({
      ...entry(seeded(2), 0),
      id,
      status,
      upvotes,
      keywords: keywordCodes(words),
    });
    orders.load([
      make('b1', 'PUBLISHED', ['groen', 'daken', 'zorg'], 4),
      make('b2', 'PUBLISHED', ['belasting'], 1),
      make('b3', 'HIDDEN', ['groen'], 9),
      make('b4', 'PUBLISHED', ['daken'], 0),
      make('b5', 'PUBLISHED', ['groen', 'zorg'], 2),
    ]);
    expect(orders.withAnyKeyword(['groen', 'daken'], ['groen', 'daken', 'zorg', 'nieuw'], 2)).toEqual([
      { id: 'b5', upvotes: 2, shared: 2 },
      { id: 'b4', upvotes: 0, shared: 1 },
    ]);
    expect(orders.withAnyKeyword(['groen'], ['zorg'], 10)!.map((c) => [c.id, c.shared])).toEqual([
      ['b5', 1],
      ['b1', 1],
    ]);
    expect(orders.withAnyKeyword(['onbekend'], ['onbekend'], 10)).toEqual([]);
  });

  it('leaves lookups of words without a code to the database once the codes run out', () => {
    const orders = new RankedOrders();
    const make = (id: string, words: string[]): RankedEntry => ({
      ...entry(seeded(3), 0),
      id,
      status: 'PUBLISHED',
      keywords: keywordCodes(words),
    });
    orders.load([make('c1', ['groen'])]);
    // Not full yet: a word nobody used matches nothing.
    expect(orders.page('TOP', { statuses: ['PUBLISHED'], keywords: ['ongebruikt'] }, null, 10)).toEqual([]);
    keywordCodes(Array.from({ length: MAX_WORD_CODES }, (_, index) => `gevuld${index}`));
    orders.upsert(make('c2', ['groen', 'nieuwer-dan-de-codes']));
    const byWord = (word: string) => ({ statuses: ['PUBLISHED'] as const, keywords: [word] });
    // A word with a code is still answered; one without may be in c2: the index cannot tell.
    expect(
      orders
        .page('TOP', byWord('groen'), null, 10)
        ?.map((p) => p.id)
        .sort(),
    ).toEqual(['c1', 'c2']);
    expect(orders.page('TOP', byWord('nieuwer-dan-de-codes'), null, 10)).toBeNull();
    expect(orders.count(byWord('nieuwer-dan-de-codes'))).toBeNull();
    expect(orders.ids(byWord('ongebruikt'))).toBeNull();
    expect(orders.withAnyKeyword(['groen'], ['groen', 'ongebruikt'], 10)).toBeNull();
    expect(orders.withAnyKeyword(['groen'], ['groen'], 10)?.length).toBe(2);
  });
});

describe('RankedOrders.loadInOrder (from a snapshot)', () => {
  const random = seeded(11);
  const entries = Array.from({ length: 300 }, (_, index) => entry(random, index));
  const reference = new RankedOrders();
  reference.load(entries);
  const pageOf = (orders: RankedOrders, sort: StoredSort): string[] =>
    (orders.page(sort, { statuses: ['PUBLISHED', 'HIDDEN'] }, null, 300) ?? []).map(({ id }) => id);
  const positionsOf = (order: (sort: StoredSort) => number[]): Record<StoredSort, number[]> =>
    Object.fromEntries(STORED_SORTS.map((sort) => [sort, order(sort)])) as Record<StoredSort, number[]>;

  it('takes the recorded orders and answers as a sorted load does', () => {
    const loaded = new RankedOrders();
    const index = new Map(entries.map((made, position) => [made, position]));
    loaded.loadInOrder(
      entries,
      positionsOf((sort) => reference.inOrder(sort).map((made) => index.get(made)!)),
    );
    for (const sort of STORED_SORTS) expect(pageOf(loaded, sort)).toEqual(pageOf(reference, sort));
  });

  it('still sorts when the recorded orders are wrong, and falls back when they miss entries', () => {
    const shuffled = new RankedOrders();
    shuffled.loadInOrder(
      entries,
      positionsOf(() => entries.map((_, position) => (position * 7) % entries.length)),
    );
    const partial = new RankedOrders();
    partial.loadInOrder(
      entries,
      positionsOf(() => [0, 1, 2]),
    );
    for (const sort of STORED_SORTS) {
      expect(pageOf(shuffled, sort)).toEqual(pageOf(reference, sort));
      expect(pageOf(partial, sort)).toEqual(pageOf(reference, sort));
    }
    expect(partial.size).toBe(entries.length);
  });
});
