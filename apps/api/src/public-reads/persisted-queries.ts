import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Automatic persisted queries (Apollo's protocol): documents by their SHA-256, registered by the
 * first request that sends a document with its hash, forgotten least recently used first when
 * they hold more than `maxBytes` of text. A client that sends a hash this process does not know
 * hears PERSISTED_QUERY_NOT_FOUND and sends the document again.
 */
export class PersistedQueries {
  private readonly documents = new Map<string, string>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(hash: string): string | undefined {
    const query = this.documents.get(hash);
    if (query !== undefined) {
      this.documents.delete(hash);
      this.documents.set(hash, query);
    }
    return query;
  }

  /** Registers `query` under `hash`; false when the hash is not the query's. */
  register(hash: string, query: string): boolean {
    if (this.documents.has(hash)) return this.get(hash) === query;
    if (sha256Hex(query) !== hash) return false;
    this.documents.set(hash, query);
    this.bytes += query.length;
    for (const [oldest, text] of this.documents) {
      if (this.bytes <= this.maxBytes) break;
      this.documents.delete(oldest);
      this.bytes -= text.length;
    }
    return true;
  }
}
