import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@app/core';
import { Locks, sortedKeys } from '../cluster/locks';
import { UnitOfWork, type UnitOfWorkOptions } from './unit-of-work';

/** How often pending repairs are tried while the database does not answer. */
export const REPAIR_INTERVAL_MS = 2_000;

interface PendingRepair {
  keys: readonly string[];
  repair: () => Promise<unknown>;
}

/**
 * The unit of work on FerretDB v1, whose updates are read-modify-write without a lock and which
 * has no transactions: work on the same keys runs one at a time (Locks: in memory, plus leases
 * in the database while other processes share it), and work cut short by a database failure is
 * repaired by its `repair` once the database answers. The same locks are correct on MongoDB.
 */
@Injectable()
export class LockingUnitOfWork extends UnitOfWork implements OnApplicationShutdown {
  private readonly logger = new Logger(UnitOfWork.name);
  /** One per set of keys: a later repair of the same keys replaces the one waiting. */
  private readonly pending = new Map<string, PendingRepair>();
  private timer: NodeJS.Timeout | undefined;
  private repairing = false;

  constructor(private readonly locks: Locks) {
    super();
  }

  async run<T>(
    keys: string | readonly string[],
    work: () => Promise<T>,
    options: UnitOfWorkOptions = {},
  ): Promise<T> {
    try {
      return await this.locks.run(keys, work);
    } catch (error) {
      // A domain error is a refusal (or a busy key) before anything was written.
      if (options.repair !== undefined && !(error instanceof DomainError)) {
        this.repairLater(keys, options.repair);
      }
      throw error;
    }
  }

  /** Repairs that wait for the database. */
  get pendingRepairs(): number {
    return this.pending.size;
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private repairLater(keys: string | readonly string[], repair: () => Promise<unknown>): void {
    const sorted = sortedKeys(keys);
    this.pending.set(sorted.join('\n'), { keys: sorted, repair });
    this.timer ??= setInterval(() => void this.repairPending(), REPAIR_INTERVAL_MS);
  }

  private async repairPending(): Promise<void> {
    if (this.repairing) return;
    this.repairing = true;
    try {
      for (const [id, entry] of [...this.pending]) {
        try {
          await this.locks.run(entry.keys, entry.repair);
        } catch (error) {
          this.logger.debug(`Repair of ${entry.keys.join(', ')} waits: ${String(error)}`);
          return; // The database is still away; try again on the next tick.
        }
        // A failure meanwhile may have asked for another repair of these keys: that one stays.
        if (this.pending.get(id) === entry) this.pending.delete(id);
      }
      if (this.pending.size === 0) this.onApplicationShutdown();
    } finally {
      this.repairing = false;
    }
  }
}
