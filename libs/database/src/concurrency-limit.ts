import { UnavailableError } from '@app/core';

/**
 * Runs at most `limit` tasks at once; the others wait in turn, for at most `waitMs`, then fail
 * with UNAVAILABLE. For queries that scan a collection: each holds one of the pool's database
 * connections for the whole scan, and unbounded they would take all of them from every other
 * request and from /health.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly waitMs: number,
    private readonly busyMessage: string,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) {
      this.running += 1;
    } else {
      await this.turn();
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, if any.
      const next = this.waiting.shift();
      if (next === undefined) this.running -= 1;
      else next();
    }
  }

  private turn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const start = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(start), 1);
        reject(new UnavailableError(this.busyMessage));
      }, this.waitMs);
      this.waiting.push(start);
    });
  }
}
