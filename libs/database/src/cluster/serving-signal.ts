import { Injectable } from '@nestjs/common';

/**
 * Tells background work that reads much of the database (the ranking index's verifying read)
 * when the process serves: the API says so once it listens, after its start-up warm-up
 * (apps/api/src/main.ts), so that such work does not take the database from the warm-up and the
 * first readers. A process that never says so (the CLI, tests) lets it start after a fallback delay.
 */
@Injectable()
export class ServingSignal {
  private announce!: () => void;
  private readonly announced = new Promise<void>((resolve) => (this.announce = resolve));

  /** Called once the process serves its readers; later calls change nothing. */
  serving(): void {
    this.announce();
  }

  /**
   * Resolves when the process serves, `fallbackMs` from now if it has not said so by then, or when
   * `signal` aborts (the caller no longer needs to wait).
   */
  async whenServing(fallbackMs: number, signal: AbortSignal): Promise<void> {
    let stopWaiting!: () => void;
    const waited = new Promise<void>((resolve) => (stopWaiting = resolve));
    const timer = setTimeout(stopWaiting, fallbackMs).unref();
    signal.addEventListener('abort', stopWaiting, { once: true });
    try {
      await Promise.race([this.announced, waited]);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stopWaiting);
    }
  }
}
