import { Injectable } from '@nestjs/common';
import { ClusterMembership } from './cluster-membership';

/** A least-recently-used map of documents by id (a Map keeps insertion order). */
export class DocumentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly capacity: number,
    private readonly enabled: () => boolean,
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

  set(id: string, doc: T): void {
    if (!this.enabled()) return;
    this.entries.delete(id);
    this.entries.set(id, doc);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Makes document caches that are correct because every write of their documents goes through
 * this process: they answer only while no other process uses the database, and start empty
 * whenever that changes (ClusterMembership).
 */
@Injectable()
export class DocumentCaches {
  private readonly caches: DocumentCache<unknown>[] = [];

  constructor(private readonly membership: ClusterMembership) {
    membership.onChange(() => this.clear());
  }

  /** Forgets every cached document (after a write that bypassed the repositories). */
  clear(): void {
    for (const cache of this.caches) cache.clear();
  }

  create<T>(capacity: number): DocumentCache<T> {
    const cache = new DocumentCache<T>(capacity, () => !this.membership.shared);
    this.caches.push(cache);
    return cache;
  }
}
