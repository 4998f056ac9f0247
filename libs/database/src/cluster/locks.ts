import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import AsyncLock from 'async-lock';
import { type Connection, ConnectionStates, type Model } from 'mongoose';
import { DATABASE_UNAVAILABLE_MESSAGE, unlessDuplicate, UnavailableError } from '@app/core';
import { ClusterMembership } from './cluster-membership';
import { LEASE_MODEL, type LeaseRecord } from './cluster.schema';

/** Longer than any locked task takes; a crashed holder blocks its key for at most this long. */
export const LEASE_MS = 30_000;
/** Waiting longer than this for a key answers UNAVAILABLE instead of hanging the request. */
export const ACQUIRE_TIMEOUT_MS = 10_000;

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
  private readonly local = new AsyncLock({ maxPending: 100_000 });

  constructor(
    @InjectModel(LEASE_MODEL) private readonly leases: Model<LeaseRecord>,
    private readonly membership: ClusterMembership,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  run<T>(keys: string | readonly string[], task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(typeof keys === 'string' ? [keys] : keys)].sort();
    this.failFastWhileDisconnected();
    return this.local.acquire(sorted, async () => {
      // Work queued behind a key would otherwise wait out one database timeout after another.
      this.failFastWhileDisconnected();
      if (!this.membership.shared) {
        return task();
      }
      const held: { key: string; owner: string }[] = [];
      try {
        for (const key of sorted) {
          held.push(await this.lease(key));
        }
        return await task();
      } finally {
        for (const lease of held.reverse()) {
          await this.leases
            .deleteOne({ _id: lease.key, owner: lease.owner })
            .exec()
            .catch((error: unknown) => this.logger.warn(`Lease ${lease.key} not released: ${String(error)}`));
        }
      }
    });
  }

  private failFastWhileDisconnected(): void {
    if (this.connection.readyState !== ConnectionStates.connected) {
      throw new UnavailableError(DATABASE_UNAVAILABLE_MESSAGE);
    }
  }

  private async lease(key: string): Promise<{ key: string; owner: string }> {
    const owner = `${this.membership.instanceId}/${randomUUID()}`;
    const deadline = Date.now() + ACQUIRE_TIMEOUT_MS;
    for (let attempt = 0; ; attempt += 1) {
      const now = Date.now();
      const taken = await unlessDuplicate(
        this.leases.create({ _id: key, owner, expiresAt: new Date(now + LEASE_MS), takeover: false }),
      );
      if (taken !== null) {
        return { key, owner };
      }
      const current = await this.leases.findById(key).lean<LeaseRecord>().exec();
      if (current !== null && current.expiresAt.getTime() < now) {
        // Only the process that records the takeover of this very lease may remove it.
        const recorded = await unlessDuplicate(
          this.leases.create({
            _id: `${key}#takeover#${current.owner}`,
            owner,
            expiresAt: new Date(now + LEASE_MS),
            takeover: true,
          }),
        );
        if (recorded !== null) {
          this.logger.warn(`Lease ${key} of ${current.owner} expired; taking it over.`);
          await this.leases.deleteOne({ _id: key }).exec();
        }
        continue;
      }
      if (now > deadline) {
        throw new UnavailableError('This item is busy; try again in a moment.');
      }
      await sleep(Math.min(2 ** attempt, 50) * (0.5 + Math.random()));
    }
  }
}
