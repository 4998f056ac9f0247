import { EventEmitter } from 'node:events';
import { ConnectionStates, type Connection, type Model } from 'mongoose';
import { ConflictError, UnavailableError } from '@app/core';
import type { ClusterMembership } from '../cluster/cluster-membership';
import type { LeaseRecord } from '../cluster/cluster.schema';
import { DatabaseReachability } from '../cluster/database-reachability';
import { Locks } from '../cluster/locks';
import { LockingUnitOfWork, REPAIR_INTERVAL_MS } from './locking-unit-of-work';

/** A connection the test takes down and brings back, with the events mongoose emits then. */
class FakeConnection extends EventEmitter {
  readyState = ConnectionStates.connected;
  private readonly client = new EventEmitter();

  getClient(): EventEmitter {
    return this.client;
  }

  become(state: ConnectionStates.connected | ConnectionStates.disconnected): void {
    this.readyState = state;
    this.emit(state === ConnectionStates.connected ? 'connected' : 'disconnected');
  }
}

/** A process alone on a database whose connection the test takes down and brings back. */
function aloneOn(connection: FakeConnection): LockingUnitOfWork {
  const locks = new Locks(
    {} as Model<LeaseRecord>,
    { shared: false, instanceId: 'a' } as unknown as ClusterMembership,
    new DatabaseReachability(connection as unknown as Connection),
  );
  return new LockingUnitOfWork(locks);
}

/** Work that waits until the test lets it finish, and records when it ran. */
function gate(log: string[], name: string): { work: () => Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    work: async () => {
      log.push(`${name} start`);
      await opened;
      log.push(`${name} end`);
    },
    open: () => open(),
  };
}

describe('LockingUnitOfWork', () => {
  let connection: FakeConnection;
  let unitOfWork: LockingUnitOfWork;

  beforeEach(() => {
    connection = new FakeConnection();
    unitOfWork = aloneOn(connection);
  });

  afterEach(() => {
    unitOfWork.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('runs work on a shared key one at a time and work on other keys meanwhile', async () => {
    const log: string[] = [];
    const first = gate(log, 'a');
    const second = gate(log, 'b');
    const third = gate(log, 'c');
    const runs = [
      unitOfWork.run(['proposal:1', 'proposal:2'], first.work),
      unitOfWork.run(['proposal:2', 'proposal:1'], second.work),
      unitOfWork.run('proposal:3', third.work),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['a start', 'c start']);
    third.open();
    first.open();
    await runs[0];
    second.open();
    await Promise.all(runs);
    expect(log).toEqual(['a start', 'c start', 'c end', 'a end', 'b start', 'b end']);
  });

  it('repairs work cut short by a database failure once the database answers, under the same keys', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const repairs: string[] = [];
    const repair = (): Promise<void> => {
      repairs.push('recount');
      return Promise.resolve();
    };
    const interrupted = (): Promise<never> => {
      connection.become(ConnectionStates.disconnected);
      return Promise.reject(new Error('connection closed'));
    };
    // Two casts on one proposal fail part-way: one recount is enough.
    await expect(unitOfWork.run('proposal:1', interrupted, { repair })).rejects.toThrow('connection closed');
    connection.become(ConnectionStates.connected);
    await expect(unitOfWork.run('proposal:1', interrupted, { repair })).rejects.toThrow('connection closed');
    expect(unitOfWork.pendingRepairs).toBe(1);

    await jest.advanceTimersByTimeAsync(3 * REPAIR_INTERVAL_MS);
    expect(repairs).toEqual([]);

    connection.become(ConnectionStates.connected);
    const log: string[] = [];
    const holder = gate(log, 'holder');
    const holding = unitOfWork.run('proposal:1', holder.work);
    await jest.advanceTimersByTimeAsync(REPAIR_INTERVAL_MS);
    // The repair waits for the key like any other unit of work.
    expect(repairs).toEqual([]);
    holder.open();
    await holding;
    await jest.advanceTimersByTimeAsync(0);
    expect(repairs).toEqual(['recount']);
    expect(unitOfWork.pendingRepairs).toBe(0);

    await jest.advanceTimersByTimeAsync(3 * REPAIR_INTERVAL_MS);
    expect(repairs).toEqual(['recount']);
  });

  it('keeps a repair that fails, and tries it again on the next tick', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    let attempts = 0;
    const repair = (): Promise<void> => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('timed out')) : Promise.resolve();
    };
    await expect(
      unitOfWork.run('user:1', () => Promise.reject(new Error('reset')), { repair }),
    ).rejects.toThrow('reset');
    await jest.advanceTimersByTimeAsync(REPAIR_INTERVAL_MS);
    expect([attempts, unitOfWork.pendingRepairs]).toEqual([1, 1]);
    await jest.advanceTimersByTimeAsync(REPAIR_INTERVAL_MS);
    expect([attempts, unitOfWork.pendingRepairs]).toEqual([2, 0]);
  });

  it('repairs nothing after a refusal or while the database was away before the work began', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const repair = jest.fn(() => Promise.resolve());
    await expect(
      unitOfWork.run('proposal:1', () => Promise.reject(new ConflictError('voted already')), { repair }),
    ).rejects.toThrow(ConflictError);
    connection.become(ConnectionStates.disconnected);
    await expect(unitOfWork.run('proposal:1', () => Promise.resolve(), { repair })).rejects.toThrow(
      UnavailableError,
    );
    connection.become(ConnectionStates.connected);
    await jest.advanceTimersByTimeAsync(2 * REPAIR_INTERVAL_MS);
    expect(repair).not.toHaveBeenCalled();
    expect(unitOfWork.pendingRepairs).toBe(0);
  });
});
