import { Injectable } from '@nestjs/common';
import { ChangeBus } from './change-bus';
import { InMemoryAccelerators } from './in-memory-accelerators';

/**
 * A least-recently-used map of documents by id (a Map keeps insertion order), filled by reads
 * and emptied by writes.
 *
 * A read that started before a write may answer after it with the document as it was; storing
 * that answer would serve the old document until it fell out of the cache (a revoked role that
 * stayed for minutes). So each id whose reads are in flight carries a write generation: a read
 * stores its answer only if no write of that id ended while it ran, and every write invalidates
 * the id after it is done (a read answered during the write may have stored the old document).
 */
export class DocumentCache<T> {
  private readonly entries = new Map<string, T>();
  /** Only ids with reads in flight, so it stays as small as the number of concurrent reads. */
  private readonly reading = new Map<string, { generation: number; readers: number }>();

  constructor(
    private readonly capacity: number,
    private readonly enabled: () => boolean,
    /** Told the id of every document written through this cache, to tell the other processes. */
    private readonly written: (id: string) => void = () => undefined,
  ) {}

  get(id: string): T | undefined {
    if (!this.enabled()) return undefined;
    const doc = this.entries.get(id);
    if (doc !== undefined) {
      this.entries.delete(id);
      this.entries.set(id, doc);
    }
    return doc;
  }

  /** The cached document, or `load`'s answer, kept unless a write of `id` ended meanwhile. */
  async read(id: string, load: () => Promise<T | null>): Promise<T | null> {
    const cached = this.get(id);
    if (cached !== undefined) return cached;
    const state = this.reading.get(id) ?? { generation: 0, readers: 0 };
    this.reading.set(id, state);
    state.readers += 1;
    const generation = state.generation;
    try {
      const doc = await load();
      if (doc !== null && state.generation === generation) this.store(id, doc);
      return doc;
    } finally {
      state.readers -= 1;
      if (state.readers === 0) this.reading.delete(id);
    }
  }

  /** Runs a write of `id`'s document; whatever happens, no older read is served afterwards. */
  async write<R>(id: string, operation: () => Promise<R>): Promise<R> {
    this.invalidate(id);
    try {
      return await operation();
    } finally {
      this.invalidate(id);
      this.written(id);
    }
  }

  /** Stores a document as the writer knows it to be stored now; reads in flight may not replace it. */
  set(id: string, doc: T): void {
    this.bump(id);
    this.store(id, doc);
    this.written(id);
  }

  /** Forgets `id`, and keeps reads already in flight from storing what they read. */
  invalidate(id: string): void {
    this.bump(id);
    this.entries.delete(id);
  }

  clear(): void {
    for (const state of this.reading.values()) state.generation += 1;
    this.entries.clear();
  }

  private bump(id: string): void {
    const state = this.reading.get(id);
    if (state !== undefined) state.generation += 1;
  }

  private store(id: string, doc: T): void {
    if (!this.enabled()) return;
    this.entries.delete(id);
    this.entries.set(id, doc);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}

/**
 * Makes document caches that are correct because every write of their documents goes through
 * this process or is announced by its writer on the change bus: they answer only on the
 * `ferretdb` profile while InMemoryAccelerators is on, and start empty whenever that changes.
 */
@Injectable()
export class DocumentCaches {
  private readonly caches: DocumentCache<unknown>[] = [];

  constructor(
    private readonly accelerators: InMemoryAccelerators,
    private readonly bus: ChangeBus,
  ) {
    accelerators.onChange(() => this.clear());
  }

  /** Forgets every cached document (after a write that bypassed the repositories). */
  clear(): void {
    for (const cache of this.caches) cache.clear();
  }

  /** A cache of the documents of `collection`, whose writes the other processes hear of. */
  create<T>(collection: string, capacity: number): DocumentCache<T> {
    const kind = `cache:${collection}`;
    const cache = new DocumentCache<T>(
      capacity,
      () => this.accelerators.on,
      (id) => this.bus.announce(kind, id),
    );
    this.bus.on(kind, (id) => cache.invalidate(id));
    this.caches.push(cache);
    return cache;
  }
}
