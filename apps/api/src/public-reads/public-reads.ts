import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@app/core';
import { ChangeBus, ClusterMembership } from '@app/database';
import { graphqlRules } from '../graphql/graphql-rules';
import { PersistedQueries } from './persisted-queries';
import { PublicReadCache } from './public-read-cache';
import { DocumentDescriptions } from './public-operations';
import type { PublicReadSource } from './public-read-middleware';

/** The change-bus kind by which processes tell each other that public reads must be read again. */
const PUBLIC_READS_CHANGED = 'public-reads';

/** Bounds of what the cache holds (P4: the API stays under 250 MB RSS). */
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_DOCUMENTS = 500;
const MAX_PERSISTED_QUERY_BYTES = 2 * 1024 * 1024;

/**
 * The response cache of anonymous public reads and its invalidation (docs/CACHING.md). Writes
 * that must show at once call `changed`; the other processes on the database hear it through the
 * change bus. While this process might miss another's writes (peers without the bus) the cache
 * is off, and it starts empty when it is on again.
 */
@Injectable()
export class PublicReads implements PublicReadSource {
  readonly persistedQueries = new PersistedQueries(MAX_PERSISTED_QUERY_BYTES);
  readonly documents: DocumentDescriptions;
  readonly staleWhileRevalidateSeconds: number;
  private readonly store: PublicReadCache | null;
  private changes = 0;

  constructor(
    config: ConfigService<AppConfig, true>,
    private readonly bus: ChangeBus,
    private readonly membership: ClusterMembership,
  ) {
    const maxAgeSeconds = config.get('PUBLIC_READ_MAX_AGE_SECONDS', { infer: true });
    const production = config.get('NODE_ENV', { infer: true }) === 'production';
    this.documents = new DocumentDescriptions(MAX_DOCUMENTS, graphqlRules({ production }).parseOptions);
    this.staleWhileRevalidateSeconds = maxAgeSeconds * 2;
    this.store =
      maxAgeSeconds === 0
        ? null
        : new PublicReadCache({
            maxAgeMs: maxAgeSeconds * 1000,
            staleMs: maxAgeSeconds * 2 * 1000,
            maxEntries: MAX_ENTRIES,
            maxBytes: MAX_BYTES,
          });
    bus.on(PUBLIC_READS_CHANGED, () => this.forget());
    // Messages may have been missed while the bus or a peer was away.
    bus.onChange(() => this.forget());
    membership.onChange(() => this.forget());
  }

  get cache(): PublicReadCache | null {
    return this.hearsEveryWrite ? this.store : null;
  }

  /**
   * For other caches of what anonymous readers see (the server-rendered list pages): a number that
   * moves on with every write public reads must show at once, here or in another process; null while
   * this process might miss another's writes (then nothing may be cached). Something computed from
   * the database may be kept as long as the generation read before computing it is still current.
   */
  get generation(): number | null {
    return this.hearsEveryWrite ? this.changes : null;
  }

  /** A write that public reads must show at once: forget every answer, here and in the other processes. */
  changed(): void {
    this.forget();
    this.bus.announce(PUBLIC_READS_CHANGED, '*');
  }

  private get hearsEveryWrite(): boolean {
    return !this.membership.shared || (this.bus.connected && this.membership.peersOnChangeBus);
  }

  private forget(): void {
    this.changes += 1;
    this.store?.invalidateAll();
  }
}
