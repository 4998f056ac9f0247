import { createHash } from 'node:crypto';
import type { ClusterableText, TextClustering } from '@app/proposals';

export interface ComputedClustering {
  clustering: TextClustering;
  computedAt: Date;
}

interface Entry {
  /** Of the texts the clustering was (or is being) computed from. */
  fingerprint: string;
  result: Promise<ComputedClustering>;
}

/** A digest of everything the clustering reads: which suggestions, and their text. */
export function fingerprintOf(texts: readonly ClusterableText[]): string {
  const hash = createHash('sha256');
  for (const text of [...texts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(`${text.id}\0${text.language}\0${text.title}\0${text.body}\0`);
  }
  return hash.digest('base64url');
}

/**
 * Clusterings by request (filter and granularity), each kept while the texts it was computed from
 * are unchanged. The texts themselves decide: a submitted, edited, withdrawn, hidden or merged
 * suggestion changes the set of published texts and so the fingerprint, whichever process wrote
 * it. At most `capacity` requests are kept, the least recently used dropped first; a request whose
 * texts changed replaces its entry. Concurrent identical requests share one computation: the entry
 * holds the promise from the start.
 */
export class ClusteringCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  get(
    key: string,
    texts: readonly ClusterableText[],
    compute: () => Promise<TextClustering>,
  ): Promise<ComputedClustering> {
    const fingerprint = fingerprintOf(texts);
    const cached = this.entries.get(key);
    this.entries.delete(key);
    if (cached?.fingerprint === fingerprint) {
      this.entries.set(key, cached);
      return cached.result;
    }
    const entry: Entry = {
      fingerprint,
      result: compute().then((clustering) => ({ clustering, computedAt: new Date() })),
    };
    // A failed computation is not kept: the next request tries again.
    entry.result.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return entry.result;
  }

  get size(): number {
    return this.entries.size;
  }
}
