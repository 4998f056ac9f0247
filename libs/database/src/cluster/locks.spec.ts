import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import mongoose, { type Connection, type Model } from 'mongoose';
import { UnavailableError } from '@app/core';
import { ensureEmbeddedMongoBinary } from '../embedded/embedded-binary';
import { EmbeddedMongoServer } from '../embedded/embedded-server';
import type { ClusterMembership } from './cluster-membership';
import { LEASE_MODEL, type LeaseRecord, leaseSchema } from './cluster.schema';
import { DatabaseReachability } from './database-reachability';
import { ACQUIRE_TIMEOUT_MS, LEASE_MS, type LockClock, Locks } from './locks';

/** Time that moves only when Locks sleeps (or a test moves it). */
class FakeClock implements LockClock {
  time = Date.UTC(2026, 11, 1);
  sleeps = 0;
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps += 1;
    this.time += ms;
    await yieldToIo();
  }
}

/** A process that shares the database with others, so that Locks takes leases. */
function member(instanceId: string, shared = true): ClusterMembership {
  return { shared, instanceId } as ClusterMembership;
}

describe('Locks', () => {
  let server: EmbeddedMongoServer;
  let connection: Connection;
  let leases: Model<LeaseRecord>;
  let clock: FakeClock;

  const locksOf = (instanceId: string, model: Model<LeaseRecord> = leases): Locks =>
    new Locks(model, member(instanceId), new DatabaseReachability(connection), clock);
  const stored = async (): Promise<Pick<LeaseRecord, '_id' | 'owner'>[]> =>
    (await leases.find({}).lean<LeaseRecord[]>().exec())
      .map(({ _id, owner }) => ({ _id, owner }))
      .sort((a, b) => a._id.localeCompare(b._id));
  const leaseOf = (owner: string, expiresIn: number, _id = 'proposal:1'): Promise<unknown> =>
    leases.create({ _id, owner, expiresAt: new Date(clock.now() + expiresIn), takeover: false });

  beforeAll(async () => {
    server = await EmbeddedMongoServer.start({
      binaryPath: await ensureEmbeddedMongoBinary(),
      sqliteDir: mkdtempSync(join(tmpdir(), 'kabinet-locks-')),
    });
    connection = await mongoose.createConnection(server.uri, { dbName: 'locks_spec' }).asPromise();
    leases = connection.model(LEASE_MODEL, leaseSchema) as unknown as Model<LeaseRecord>;
  }, 120_000);

  afterAll(async () => {
    await connection.close();
    await server.stop();
  });

  beforeEach(async () => {
    clock = new FakeClock();
    await leases.deleteMany({}).exec();
  });

  it('takes a free key, runs the task and releases the lease', async () => {
    const seen = await locksOf('a').run('proposal:1', stored);
    expect(seen).toEqual([{ _id: 'proposal:1', owner: expect.stringMatching(/^a\//) as unknown }]);
    expect(await stored()).toEqual([]);
  });

  it('waits for a live lease and answers UNAVAILABLE when it outlasts the acquire timeout', async () => {
    await leaseOf('b/1', LEASE_MS);
    const started = clock.now();
    await expect(locksOf('a').run('proposal:1', () => Promise.resolve('ran'))).rejects.toThrow(
      UnavailableError,
    );
    expect(clock.now() - started).toBeGreaterThan(ACQUIRE_TIMEOUT_MS);
    expect(clock.now() - started).toBeLessThan(ACQUIRE_TIMEOUT_MS + 1_000);
    expect(await stored()).toEqual([{ _id: 'proposal:1', owner: 'b/1' }]);
  });

  it('takes over a lease once it has expired and leaves no takeover record behind', async () => {
    await leaseOf('crashed/1', LEASE_MS);
    clock.time += LEASE_MS + 1;
    const seen = await locksOf('a').run('proposal:1', stored);
    expect(seen).toEqual([{ _id: 'proposal:1', owner: expect.stringMatching(/^a\//) as unknown }]);
    expect(await stored()).toEqual([]);
  });

  it('waits (bounded) while another process records a takeover, and takes the key once that record expires', async () => {
    await leaseOf('crashed/1', -1);
    // A process that recorded the takeover and died before it removed the lease.
    await leases.create({
      _id: 'proposal:1#takeover#crashed/1',
      owner: 'died/1',
      expiresAt: new Date(clock.now() + LEASE_MS),
      takeover: true,
    });
    const locks = locksOf('a');
    await expect(locks.run('proposal:1', () => Promise.resolve('ran'))).rejects.toThrow(UnavailableError);
    expect(clock.sleeps).toBeGreaterThan(5);
    clock.time += LEASE_MS;
    await expect(locks.run('proposal:1', () => Promise.resolve('ran'))).resolves.toBe('ran');
    expect(await stored()).toEqual([]);
  }, 20_000);

  it('never removes a fresh lease while taking over an expired one', async () => {
    await leaseOf('slow/1', -1);
    // Right after this process records its takeover, the slow holder releases its lease late
    // and a third process takes the key.
    let interleaved = false;
    const racing = new Proxy(leases, {
      get(target, property, receiver) {
        if (property !== 'create') return Reflect.get(target, property, receiver) as unknown;
        return async (record: LeaseRecord) => {
          const created: unknown = await target.create(record);
          if (record.takeover && !interleaved) {
            interleaved = true;
            await target.deleteOne({ _id: 'proposal:1', owner: 'slow/1' }).exec();
            await leaseOf('third/1', LEASE_MS);
          }
          return created;
        };
      },
    });
    await expect(locksOf('a', racing).run('proposal:1', () => Promise.resolve('ran'))).rejects.toThrow(
      UnavailableError,
    );
    expect(interleaved).toBe(true);
    expect(await stored()).toEqual([{ _id: 'proposal:1', owner: 'third/1' }]);
  });

  it('releases only its own lease when it held the key past its expiry', async () => {
    const a = locksOf('a');
    const b = locksOf('b');
    const bHolds = (leases: Pick<LeaseRecord, '_id' | 'owner'>[]): boolean =>
      leases.some((lease) => lease._id === 'proposal:1' && lease.owner.startsWith('b/'));
    let releaseB = (): void => undefined;
    let bRun: Promise<void> = Promise.resolve();
    await a.run('proposal:1', async () => {
      clock.time += LEASE_MS + 1;
      // b takes the key over while a is still (too slowly) at work.
      bRun = b.run('proposal:1', () => new Promise<void>((resolve) => (releaseB = resolve)));
      while (!bHolds(await stored())) await yieldToIo();
    });
    const afterA = await stored();
    releaseB();
    await bRun;
    expect(afterA).toEqual([{ _id: 'proposal:1', owner: expect.stringMatching(/^b\//) as unknown }]);
    expect(await stored()).toEqual([]);
  });

  describe('in one process', () => {
    afterEach(() => jest.useRealTimers());

    it('answers UNAVAILABLE instead of queueing forever behind a holder that hangs', async () => {
      jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
      const locks = new Locks(leases, member('a', false), new DatabaseReachability(connection), clock);
      let finish = (): void => undefined;
      const hanging = locks.run('proposal:1', () => new Promise<void>((resolve) => (finish = resolve)));
      let queuedRan = false;
      const queued = locks.run('proposal:1', () => {
        queuedRan = true;
        return Promise.resolve();
      });
      const outcome = expect(queued).rejects.toThrow(UnavailableError);
      await jest.advanceTimersByTimeAsync(ACQUIRE_TIMEOUT_MS + 1);
      await outcome;
      finish();
      await hanging;
      expect(queuedRan).toBe(false);
      await expect(locks.run('proposal:1', () => Promise.resolve('ran'))).resolves.toBe('ran');
    });

    it('runs work while heartbeats are only late, although mongoose then reads the connection as disconnected', async () => {
      const locks = new Locks(leases, member('a', false), new DatabaseReachability(connection), clock);
      // What a loaded machine does: no heartbeat succeeded for two intervals, no heartbeat failed.
      const heartbeat = connection as unknown as { _lastHeartbeatAt: number | null };
      const lastHeartbeatAt = heartbeat._lastHeartbeatAt;
      heartbeat._lastHeartbeatAt = Date.now() - 60_000;
      try {
        expect(connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
        await expect(locks.run('proposal:1', () => Promise.resolve('ran'))).resolves.toBe('ran');
      } finally {
        heartbeat._lastHeartbeatAt = lastHeartbeatAt;
      }
    });

    it('fails at once while its connection is closed', async () => {
      const closing = await mongoose.createConnection(server.uri, { dbName: 'locks_spec' }).asPromise();
      const locks = new Locks(leases, member('a', false), new DatabaseReachability(closing), clock);
      await closing.close();
      let ran = false;
      await expect(
        locks.run('proposal:1', () => {
          ran = true;
          return Promise.resolve();
        }),
      ).rejects.toThrow(UnavailableError);
      expect(ran).toBe(false);
    });

    it('fails work queued behind a task the database failed at once, and runs work queued after it', async () => {
      const locks = new Locks(leases, member('a', false), new DatabaseReachability(connection), clock);
      const unreachable = Object.assign(new Error('connection closed'), { name: 'MongoNetworkError' });
      let fail = (): void => undefined;
      const failing = locks.run(
        'proposal:1',
        () => new Promise<void>((_, reject) => (fail = () => reject(unreachable))),
      );
      // Another key: any failure to reach the database says the same about it.
      let queuedRan = false;
      const queued = locks.run(['proposal:1', 'user:1'], () => {
        queuedRan = true;
        return Promise.resolve();
      });
      await yieldToIo();
      clock.time += 1;
      fail();
      await expect(failing).rejects.toBe(unreachable);
      await expect(queued).rejects.toThrow(UnavailableError);
      expect(queuedRan).toBe(false);
      clock.time += 1;
      await expect(locks.run('proposal:1', () => Promise.resolve('ran'))).resolves.toBe('ran');
    });
  });
});
