import { Injectable } from '@nestjs/common';
import { Locks } from '@app/database';

/** Serialises the writes to each proposal: its content, vote counters, flag count and status. */
@Injectable()
export class ProposalLocks {
  constructor(private readonly locks: Locks) {}

  run<T>(proposalIds: string | readonly string[], task: () => Promise<T>): Promise<T> {
    const ids = typeof proposalIds === 'string' ? [proposalIds] : proposalIds;
    return this.locks.run(
      ids.map((id) => `proposal:${id}`),
      task,
    );
  }
}
