export interface UnitOfWorkOptions {
  /**
   * Brings the keys' documents back into agreement after `work` failed part-way for a reason
   * other than a domain error (the database went away between two writes). It runs under the
   * same keys once the database answers again, and again until it succeeds.
   */
  repair?: () => Promise<unknown>;
}

/**
 * A read-compute-write that no other unit of work on the same keys (a proposal, a user, a list)
 * may interleave with. Services say which keys and what work; how that is made atomic on the
 * database at hand is the implementation's business (LockingUnitOfWork).
 *
 * Naming: the public service methods open a unit of work; the private methods they run inside
 * it are named for what they do and say so in their comment.
 */
export abstract class UnitOfWork {
  abstract run<T>(
    keys: string | readonly string[],
    work: () => Promise<T>,
    options?: UnitOfWorkOptions,
  ): Promise<T>;
}
