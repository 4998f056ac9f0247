import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import AsyncLock from 'async-lock';
import type { Model } from 'mongoose';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isConnectivityError,
  unlessDuplicate,
  UnavailableError,
} from '@app/core';
import { ClusterMembership } from './cluster-membership';
import { LEASE_MODEL, type LeaseRecord } from './cluster.schema';
import { DatabaseReachability } from './database-reachability';

/** Longer than any locked task takes; a crashed holder blocks its key for at most this long. */
export const LEASE_MS = 30_000;
/** Waiting longer than this for a key answers UNAVAILABLE instead of hanging the request. */
export const ACQUIRE_TIMEOUT_MS = 10_000;

/** What a request hears when it waited too long for a key (UNAVAILABLE): the work never started. */
export const ITEM_BUSY_MESSAGE = 'This item is busy; try again in a moment.';

/** The time Locks reads and waits on; tests give it a fake one. */
export interface LockClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const LOCK_CLOCK = Symbol('LOCK_CLOCK');

const systemClock: LockClock = {
  now: () => Date.now(),
  sleep: async (ms) => {
    await sleep(ms);
  },
};

/** The distinct keys in the one order every holder takes them in, so that no two wait for each other. */
export function sortedKeys(keys: string | readonly string[]): string[] {
  return [...new Set(typeof keys === 'string' ? [keys] : keys)].sort();
}

/**
 * Serialises work on the same keys (a proposal, a user, a list). FerretDB v1 applies every
 * update as a read-modify-write of the whole document without a lock, so two concurrent writes
 * to one document can undo each other. Within a process an in-memory lock is enough; while
 * other processes share the database (see ClusterMembership) each key is also leased in the
 * database.
 */
@Injectable()
export class Locks {
  private readonly logger = new Logger(Locks.name);
  // A holder that hangs must not queue the requests behind it for longer than a lease wait.
  private readonly local = new AsyncLock({ maxPending: 100_000, timeout: ACQUIRE_TIMEOUT_MS });
  /**
   * When a locked task last failed because the database could not be reached. The connection's
   * state lags behind such a failure (the driver's monitor notices a dead or paused server only
   * at its next heartbeat, or later on a busy machine), and work queued meanwhile would wait out
   * one server selection after another; it fails at once instead.
   */
  private unreachableSince = Number.NEGATIVE_INFINITY;

  constructor(
    @InjectModel(LEASE_MODEL) private readonly leases: Model<LeaseRecord>,
    private readonly membership: ClusterMembership,
    private readonly database: DatabaseReachability,
    @Optional() @Inject(LOCK_CLOCK) private readonly clock: LockClock = systemClock,
  ) {}

  async run<T>(keys: string | readonly string[], task: () => Promise<T>): Promise<T> {
    const sorted = sortedKeys(keys);
    this.failFastWhileDisconnected();
    const queuedAt = this.clock.now();
    const progress = { started: false };
    try {
      return await this.local.acquire(sorted, async () => {
        progress.started = true;
        // Work queued behind a key would otherwise wait out one database timeout after another.
        this.failFastWhileDisconnected(queuedAt);
        try {
          return await (this.membership.shared ? this.runLeased(sorted, task) : task());
        } catch (error) {
          if (isConnectivityError(error)) this.unreachableSince = this.clock.now();
          throw error;
        }
      });
    } catch (error) {
      // AsyncLock's own errors (timed out or too many waiting) come before the task starts.
      if (!progress.started) {
        throw new UnavailableError(ITEM_BUSY_MESSAGE);
      }
      throw error;
    }
  }

  private async runLeased<T>(sorted: readonly string[], task: () => Promise<T>): Promise<T> {
    const held: { key: string; owner: string }[] = [];
    try {
      for (const key of sorted) {
        held.push(await this.lease(key));
      }
      return await task();
    } finally {
      for (const lease of held.reverse()) {
        // By owner: if this lease expired and was taken over, the key is now someone else's.
        await this.leases
          .deleteOne({ _id: lease.key, owner: lease.owner })
          .exec()
          .catch((error: unknown) => this.logger.warn(`Lease ${lease.key} not released: ${String(error)}`));
      }
    }
  }

  /** Refuses work while the connection is down, or when a task failed to reach the database since `queuedAt`. */
  private failFastWhileDisconnected(queuedAt = Number.POSITIVE_INFINITY): void {
    if (!this.database.reachable || this.unreachableSince >= queuedAt) {
      throw new UnavailableError(DATABASE_UNAVAILABLE_MESSAGE);
    }
  }

  private async lease(key: string): Promise<{ key: string; owner: string }> {
    const owner = `${this.membership.instanceId}/${randomUUID()}`;
    const deadline = this.clock.now() + ACQUIRE_TIMEOUT_MS;
    for (let attempt = 0; ; attempt += 1) {
      const now = this.clock.now();
      const taken = await unlessDuplicate(
        this.leases.create({ _id: key, owner, expiresAt: new Date(now + LEASE_MS), takeover: false }),
      );
      if (taken !== null) {
        return { key, owner };
      }
      if (now > deadline) {
        throw new UnavailableError(ITEM_BUSY_MESSAGE);
      }
      const current = await this.leases.findById(key).lean<LeaseRecord>().exec();
      const freed =
        current === null ||
        (current.expiresAt.getTime() < now && (await this.removeExpired(current, owner, now)));
      if (!freed) {
        await this.clock.sleep(Math.min(2 ** attempt, 50) * (0.5 + Math.random()));
      }
    }
  }

  /**
   * Removes a lease whose holder let it expire, if this process is the one that records the
   * takeover (so that two takers cannot both remove it, one of them after the other has taken
   * the key anew). True when it was removed here.
   */
  private async removeExpired(expired: LeaseRecord, owner: string, now: number): Promise<boolean> {
    const takeoverId = `${expired._id}#takeover#${expired.owner}`;
    const recorded = await unlessDuplicate(
      this.leases.create({ _id: takeoverId, owner, expiresAt: new Date(now + LEASE_MS), takeover: true }),
    );
    if (recorded === null) {
      // Another process is removing it; if that process died meanwhile, its record expires too.
      const record = await this.leases.findById(takeoverId).lean<LeaseRecord>().exec();
      if (record !== null && record.expiresAt.getTime() < now) {
        await this.leases.deleteOne({ _id: takeoverId, owner: record.owner }).exec();
      }
      return false;
    }
    this.logger.warn(`Lease ${expired._id} of ${expired.owner} expired; taking it over.`);
    try {
      // By owner: the expired holder may have released it late and another process taken it.
      await this.leases.deleteOne({ _id: expired._id, owner: expired.owner }).exec();
    } finally {
      await this.leases.deleteOne({ _id: takeoverId, owner }).exec();
    }
    return true;
  }
}
