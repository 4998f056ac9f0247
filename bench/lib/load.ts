import autocannon from 'autocannon';
import { percentile } from './stats';

/**
 * One measured load: operations completed inside the measurement window per second, and their
 * latency percentiles (ms). A run is one continuous load (warm-up, then the window), so a slow
 * system reaches its steady state before the window opens and nothing is aborted in between.
 */
export interface LoadResult {
  label: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  completed: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface HttpLoadOptions {
  label: string;
  url: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** Builds each request body (and headers); `context` is per connection. */
  body?: (context: Record<string, unknown>) => { body: string; headers?: Record<string, string> };
  /** Sees every answer; return false to count it as an error (say, a GraphQL error). */
  check?: (status: number, body: string, context: Record<string, unknown>) => boolean;
  /** GET (the default without `body`) or POST (the default with it). */
  method?: 'GET' | 'POST';
  /** Headers of every request. */
  headers?: Record<string, string>;
}

class Window {
  readonly latencies: number[] = [];
  errors = 0;
  private readonly opens: number;
  private readonly closes: number;

  constructor(
    readonly warmupSeconds: number,
    readonly seconds: number,
  ) {
    this.opens = performance.now() + warmupSeconds * 1000;
    this.closes = this.opens + seconds * 1000;
  }

  get deadline(): number {
    return this.closes;
  }

  record(started: number, ok: boolean): void {
    const now = performance.now();
    if (now < this.opens || now > this.closes) return;
    if (ok) this.latencies.push(now - started);
    else this.errors += 1;
  }

  result(label: string, connections: number): LoadResult {
    return {
      label,
      connections,
      warmupSeconds: this.warmupSeconds,
      seconds: this.seconds,
      completed: this.latencies.length,
      errors: this.errors,
      perSecond: this.latencies.length / this.seconds,
      p50: percentile(this.latencies, 50),
      p99: percentile(this.latencies, 99),
    };
  }
}

interface TimedContext {
  benchSentAt?: number;
}

/**
 * Runs autocannon (as a library) for warm-up + window seconds; latency is taken per request from
 * setupRequest to onResponse (one request in flight per connection).
 */
export async function httpLoad(options: HttpLoadOptions): Promise<LoadResult> {
  const { body, check } = options;
  const window = new Window(options.warmupSeconds, options.seconds);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.warmupSeconds + options.seconds,
    timeout: Math.max(30, options.warmupSeconds + options.seconds),
    method: options.method ?? (body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (request, raw) => {
          const context = raw as TimedContext & Record<string, unknown>;
          context.benchSentAt = performance.now();
          if (!body) return request;
          const built = body(context);
          return {
            ...request,
            body: built.body,
            headers: { ...request.headers, 'content-type': 'application/json', ...built.headers },
          };
        },
        onResponse: (status: number, text: string, raw: object) => {
          const context = raw as TimedContext & Record<string, unknown>;
          const ok = check ? check(status, text, context) : status >= 200 && status < 300;
          window.record(context.benchSentAt ?? performance.now(), ok);
        },
      },
    ],
  });
  const measured = window.result(options.label, options.connections);
  // Timeouts and connection errors are not seen by onResponse; count those of the whole run.
  return { ...measured, errors: measured.errors + result.errors };
}

/**
 * The same shape of measurement for the raw driver: `concurrency` async loops running `operation`
 * back to back for warm-up + window seconds.
 */
export async function loopLoad(
  label: string,
  concurrency: number,
  warmupSeconds: number,
  seconds: number,
  operation: (loop: number, iteration: number) => Promise<void>,
): Promise<LoadResult> {
  const window = new Window(warmupSeconds, seconds);
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let iteration = 0; performance.now() < window.deadline; iteration += 1) {
        const started = performance.now();
        let ok = true;
        try {
          await operation(loop, iteration);
        } catch {
          ok = false;
        }
        window.record(started, ok);
      }
    }),
  );
  return window.result(label, concurrency);
}

/** Runs `operation` sequentially (one at a time) until `samples` are taken or `budgetSeconds` pass. */
export async function sequentialLatencies(
  samples: number,
  budgetSeconds: number,
  operation: (iteration: number) => Promise<void>,
): Promise<{ samples: number; p50: number }> {
  const latencies: number[] = [];
  const deadline = performance.now() + budgetSeconds * 1000;
  for (let i = 0; i < samples && (i === 0 || performance.now() < deadline); i += 1) {
    const begin = performance.now();
    await operation(i);
    latencies.push(performance.now() - begin);
  }
  return { samples: latencies.length, p50: percentile(latencies, 50) };
}

/**
 * Runs each operation once per round, one at a time, for `rounds` rounds or until `budgetSeconds`
 * pass (at least one round); the p50 of each operation.
 */
export async function interleavedLatencies<K extends string>(
  rounds: number,
  budgetSeconds: number,
  operations: Record<K, (round: number) => Promise<void>>,
): Promise<Record<K, { samples: number; p50: number }>> {
  const entries = Object.entries(operations) as [K, (round: number) => Promise<void>][];
  const latencies = new Map<K, number[]>(entries.map(([key]) => [key, []]));
  const deadline = performance.now() + budgetSeconds * 1000;
  for (let round = 0; round < rounds && (round === 0 || performance.now() < deadline); round += 1) {
    for (const [key, operation] of entries) {
      const begin = performance.now();
      await operation(round);
      latencies.get(key)?.push(performance.now() - begin);
    }
  }
  return Object.fromEntries(
    [...latencies].map(([key, values]) => [key, { samples: values.length, p50: percentile(values, 50) }]),
  ) as Record<K, { samples: number; p50: number }>;
}
