import { Types } from 'mongoose';
import {
  RankedOrders,
  rankedEntryOf,
  type RankedEntry,
  type RankedFilter,
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

function entry(random: () => number, index: number): RankedEntry {
  // Few distinct keys, so ties (broken by id) are common.
  const key = (): number => Math.floor(random() * 5);
  return {
    id: index.toString(16).padStart(24, '0'),
    status: random() < 0.8 ? 'PUBLISHED' : 'HIDDEN',
    themeId: `theme${Math.floor(random() * 3)}`,
    authorId: `author${Math.floor(random() * 4)}`,
    tags: random() < 0.5 ? ['tax'] : [],
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
}

/** What the database answers: filter, then sort descending on (key, id). */
function expected(entries: Iterable<RankedEntry>, sort: StoredSort, filter: RankedFilter): string[] {
  return [...entries]
    .filter(
      (e) =>
        filter.statuses.includes(e.status) &&
        (filter.themeId === undefined || e.themeId === filter.themeId) &&
        (filter.tag === undefined || e.tags.includes(filter.tag)),
    )
    .sort((a, b) => b.keys[sort] - a.keys[sort] || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((e) => e.id);
}

function walk(orders: RankedOrders, sort: StoredSort, filter: RankedFilter, pageSize: number): string[] {
  const ids: string[] = [];
  let after = null;
  for (;;) {
    const page = orders.page(sort, filter, after, pageSize);
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
    const [first] = orders.page('TOP', filter, null, 1);
    expect(first).toBeDefined();
    const moved = entries.find((e) => e.id === first?.id);
    orders.upsert({ ...moved!, keys: { ...moved!.keys, TOP: -100 } });
    const rest = orders.page('TOP', filter, first ?? null, 100);
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
});
