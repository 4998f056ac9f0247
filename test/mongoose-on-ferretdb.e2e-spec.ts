import { type Connection, createConnection, type Model, Schema } from 'mongoose';
import { e2eMongoUri } from './support/test-app';

/**
 * The MongoDB subset the project relies on, proven with mongoose 9 against the embedded
 * FerretDB: later features build on exactly these operations.
 */
describe('mongoose 9 on the embedded FerretDB', () => {
  interface Counter {
    key: string;
    rank: number;
    hits: number;
  }
  const counterSchema = new Schema<Counter>({
    key: { type: String, required: true },
    rank: { type: Number, required: true },
    hits: { type: Number, default: 0 },
  });
  // Serves lookups by key and guarantees one document per key.
  counterSchema.index({ key: 1 }, { unique: true });

  let connection: Connection;
  let Counters: Model<Counter>;

  beforeAll(async () => {
    connection = await createConnection(e2eMongoUri(), {
      dbName: 'e2e_mongoose',
      autoIndex: false,
    }).asPromise();
    await connection.dropDatabase();
    Counters = connection.model<Counter>('Counter', counterSchema);
    await Counters.createIndexes();
  });

  afterAll(async () => {
    await connection.close();
  });

  it('creates the unique index', async () => {
    const indexes = await Counters.collection.indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: { key: 1 }, unique: true })]),
    );
  });

  it('inserts and finds with sort and limit', async () => {
    await Counters.insertMany([1, 2, 3, 4, 5].map((rank) => ({ key: `k${rank}`, rank })));
    const top = await Counters.find({}, { key: 1, rank: 1 }).sort({ rank: -1, _id: -1 }).limit(2).lean();
    expect(top.map((counter) => counter.key)).toEqual(['k5', 'k4']);
  });

  it('counts documents with a filter', async () => {
    expect(await Counters.countDocuments({ rank: { $gte: 3 } })).toBe(3);
  });

  it('reports a duplicate key as code 11000', async () => {
    await expect(Counters.create({ key: 'k1', rank: 9 })).rejects.toMatchObject({ code: 11000 });
    expect(await Counters.countDocuments({ key: 'k1' })).toBe(1);
  });

  it('lets exactly one of many concurrent inserts of the same key win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => Counters.create({ key: 'race', rank: 0 })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect(result.reason).toMatchObject({ code: 11000 });
    }
    expect(await Counters.countDocuments({ key: 'race' })).toBe(1);
  });

  it('applies $inc updates exactly', async () => {
    // Sequential on purpose: FerretDB v1 applies an update as read-modify-write without a lock,
    // so concurrent updates of one document can overwrite each other (see docs/DATABASE.md).
    for (let i = 0; i < 10; i += 1) {
      await Counters.updateOne({ key: 'k2' }, { $inc: { hits: i % 2 === 0 ? 2 : -1 } });
    }
    const counter = await Counters.findOne({ key: 'k2' }).lean();
    expect(counter?.hits).toBe(5 * 2 - 5);
  });

  it('upserts idempotently on the unique key', async () => {
    for (let i = 0; i < 3; i += 1) {
      await Counters.updateOne({ key: 'upserted' }, { $setOnInsert: { rank: 7 } }, { upsert: true });
    }
    expect(await Counters.countDocuments({ key: 'upserted' })).toBe(1);
  });

  // The embedded server's FerretDB is built with a rewrite (tools/embedded-mongo/FERRETDB.md)
  // without which every statement by _id scanned the whole table on the SQLite backend.
  (process.env.E2E_POSTGRESQL_URL === undefined ? it : it.skip)(
    'finds, updates and deletes by _id through the _id index on SQLite',
    async () => {
      const plan = async (command: Record<string, unknown>): Promise<string> =>
        JSON.stringify(await connection.db!.command({ explain: command }));
      const { _id } = (await Counters.findOne({ key: 'k1' }).lean())!;
      const byId = await plan({ find: 'counters', filter: { _id } });
      expect(byId).toMatch(/SEARCH counters_\w+ USING INDEX counters_\w+__id_/);
      expect(byId).not.toMatch(/SCAN counters/);
      // Proves the check itself: a filter on another field still scans.
      expect(await plan({ find: 'counters', filter: { rank: 1 } })).toMatch(/SCAN counters/);
      await expect(Counters.updateOne({ _id }, { $inc: { hits: 1 } })).resolves.toMatchObject({
        modifiedCount: 1,
      });
      await expect(Counters.deleteOne({ _id })).resolves.toMatchObject({ deletedCount: 1 });
      await Counters.create({ key: 'k1', rank: 1 });
    },
  );
});
