import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Bodies below this are stored and sent as they are: the headers of an encoding cost more. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * Brotli quality 5: close to quality 11's size on JSON at a small part of its time (the encoding is
 * paid once per entry, off the event loop, but a miss waits for it).
 */
const BROTLI_OPTIONS = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } };

/** One answer as sent: the JSON body and its encodings, made once when it is stored. */
export interface CachedAnswer {
  readonly identity: Buffer;
  readonly gzip: Buffer | null;
  readonly br: Buffer | null;
  /** A weak validator: the same JSON in any content coding matches it. */
  readonly etag: string;
  /** When it was executed (ms, the cache's clock). */
  readonly storedAt: number;
}

export interface PublicReadCacheOptions {
  /** How long an answer is served as fresh. */
  maxAgeMs: number;
  /**
   * How much longer an expired answer may be served to other readers while one of them executes
   * the operation again.
   */
  staleMs: number;
  maxEntries: number;
  /** Bytes of all stored bodies and encodings together. */
  maxBytes: number;
  now?: () => number;
}

/** What a reader of `key` should do, from `PublicReadCache.consult`. */
export type Consultation =
  | { kind: 'hit'; answer: CachedAnswer; fresh: boolean }
  /** Another reader executes it: wait for its answer (null: it could not be stored; execute). */
  | { kind: 'wait'; answer: Promise<CachedAnswer | null> }
  /** Execute it, and hand the JSON (or null when it must not be stored) to `complete`. */
  | { kind: 'lead'; complete: (json: Buffer | null) => Promise<CachedAnswer | null> };

export async function encodeAnswer(identity: Buffer, storedAt: number): Promise<CachedAnswer> {
  const [gzipped, brotli] =
    identity.length < COMPRESS_FROM_BYTES
      ? [null, null]
      : await Promise.all([gzipAsync(identity), brotliAsync(identity, BROTLI_OPTIONS)]);
  const digest = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  return { identity, gzip: gzipped, br: brotli, etag: `W/"${digest}"`, storedAt };
}

function sizeOf(answer: CachedAnswer): number {
  return answer.identity.length + (answer.gzip?.length ?? 0) + (answer.br?.length ?? 0);
}

/**
 * Answers of anonymous public reads by key, least recently used first out (a Map keeps insertion
 * order), with one execution per key at a time (the others wait for it, or get the expired answer
 * while it runs).
 *
 * Writes that must show at once call `invalidateAll`: it empties the cache and moves the
 * generation on, so that an execution that started before the write (and may have read the old
 * state) stores nothing, and readers that come after it do not wait for such an execution.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly executing = new Map<string, Promise<CachedAnswer | null>>();
  private bytes = 0;
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: PublicReadCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Seconds an answer stays fresh from now on (for Cache-Control's max-age). */
  freshForSeconds(answer: CachedAnswer): number {
    return Math.max(0, Math.floor((answer.storedAt + this.options.maxAgeMs - this.now()) / 1000));
  }

  consult(key: string): Consultation {
    const stored = this.entries.get(key);
    const age = stored === undefined ? 0 : this.now() - stored.storedAt;
    if (stored !== undefined && age <= this.options.maxAgeMs) {
      this.touch(key, stored);
      return { kind: 'hit', answer: stored, fresh: true };
    }
    const running = this.executing.get(key);
    if (running !== undefined) {
      if (stored !== undefined && age <= this.options.maxAgeMs + this.options.staleMs) {
        return { kind: 'hit', answer: stored, fresh: false };
      }
      return { kind: 'wait', answer: running };
    }
    return { kind: 'lead', complete: this.lead(key) };
  }

  /**
   * The answer a reader may have at once, without executing or waiting: a fresh one, or an
   * expired one while another reader executes it again (as `consult` would hand out). Null
   * otherwise; then `consult` decides.
   */
  peek(key: string): { answer: CachedAnswer; fresh: boolean } | null {
    const stored = this.entries.get(key);
    if (stored === undefined) return null;
    const age = this.now() - stored.storedAt;
    if (age <= this.options.maxAgeMs) {
      this.touch(key, stored);
      return { answer: stored, fresh: true };
    }
    if (this.executing.has(key) && age <= this.options.maxAgeMs + this.options.staleMs) {
      return { answer: stored, fresh: false };
    }
    return null;
  }

  /** Forgets every answer; executions running now store nothing. */
  invalidateAll(): void {
    this.generation += 1;
    this.entries.clear();
    this.executing.clear();
    this.bytes = 0;
  }

  private lead(key: string): (json: Buffer | null) => Promise<CachedAnswer | null> {
    const generation = this.generation;
    const startedAt = this.now();
    let settle: (answer: CachedAnswer | null) => void = () => undefined;
    const answer = new Promise<CachedAnswer | null>((resolve) => {
      settle = resolve;
    });
    this.executing.set(key, answer);
    return async (json) => {
      let result: CachedAnswer | null = null;
      try {
        if (json !== null) {
          result = await encodeAnswer(json, startedAt);
          if (generation === this.generation) this.store(key, result);
        }
      } finally {
        if (this.executing.get(key) === answer) this.executing.delete(key);
        settle(result);
      }
      return result;
    };
  }

  private touch(key: string, answer: CachedAnswer): void {
    this.entries.delete(key);
    this.entries.set(key, answer);
  }

  private store(key: string, answer: CachedAnswer): void {
    const size = sizeOf(answer);
    if (size > this.options.maxBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= sizeOf(previous);
    }
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(old);
    }
  }
}
