import { Injectable } from '@nestjs/common';
import AsyncLock from 'async-lock';

/**
 * Serialises the writes to each proposal (its vote counters, flag count and status) within this
 * process. FerretDB v1 applies an update as read-modify-write of the whole document without a
 * lock, so two concurrent updates of one proposal could otherwise undo each other. Across API
 * processes, `votes:recount` repairs counters from the votes, which are the truth.
 */
@Injectable()
export class ProposalLocks {
  private readonly lock = new AsyncLock({ maxPending: 100_000 });

  run<T>(proposalIds: string | string[], task: () => Promise<T>): Promise<T> {
    const keys = Array.isArray(proposalIds) ? [...new Set(proposalIds)].sort() : proposalIds;
    return this.lock.acquire(keys, task);
  }
}
