import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection, mongo } from 'mongoose';
import { ConflictError } from '@app/core';
import { PEER_SILENCE_MS } from '../cluster/cluster-membership';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  BackupWriter,
  DATA_SCHEMA_VERSION,
  type IndexSpec,
  readBackup,
  type StoredDocument,
} from './backup-format';

/**
 * What processes keep about themselves while they run; meaningless to another database. The
 * ranking index's snapshot marker (ranking_snapshots) too: a restored database has none, so no
 * snapshot in a DATA_DIR is taken for it.
 */
const PROCESS_COLLECTIONS = new Set(['api_instances', 'leases', 'ranking_snapshots']);

/**
 * Collections read last, in this order: each after every collection whose documents refer to it
 * (votes, flags and comments to suggestions; versions and follow-ups to lists; everything to
 * members). Suggestions, lists and comments are never deleted, so a reference read earlier finds
 * its document in the backup. Collections not named here are read first, alphabetically.
 */
const REFERENCED_LAST = [
  'comments',
  'follow_ups',
  'curated_list_versions',
  'curated_lists',
  'proposals',
  'themes',
  'sectors',
  'follow_up_statuses',
  'users',
];

const INSERT_BATCH = 500;
const READ_BATCH = 1_000;

export interface RestoreOptions {
  /** Drop the target database's collections first instead of refusing a database that is not empty. */
  replace: boolean;
}

export interface RestoreReport {
  header: BackupHeader;
  counts: Record<string, number>;
}

function backupOrder(names: readonly string[]): string[] {
  const rank = (name: string): number => REFERENCED_LAST.indexOf(name);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function indexSpec(index: mongo.Document): IndexSpec {
  const spec: IndexSpec = { name: String(index.name), key: index.key as IndexSpec['key'] };
  if (index.unique === true) spec.unique = true;
  if (index.sparse === true) spec.sparse = true;
  return spec;
}

/**
 * Backs the database up into a file and restores one (format: backup-format.ts; what a backup
 * taken while the API runs guarantees: docs/BACKUP.md). Works on the raw collections, so
 * it needs no model and no domain module.
 */
@Injectable()
export class DatabaseBackup {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  private get db(): mongo.Db {
    const { db } = this.connection;
    if (db === undefined) {
      throw new Error('The database connection is not open');
    }
    return db;
  }

  /** Writes every collection to `path` and answers the counts of documents written. */
  async write(path: string, appVersion: string): Promise<Record<string, number>> {
    const collections = backupOrder(
      (await this.db.listCollections({}, { nameOnly: true }).toArray())
        .map(({ name }) => name)
        .filter((name) => !PROCESS_COLLECTIONS.has(name) && !name.startsWith('system.')),
    );
    const writer = await BackupWriter.open(path, {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      schemaVersion: DATA_SCHEMA_VERSION,
      appVersion,
      createdAt: new Date(),
      collections,
    });
    try {
      for (const name of collections) {
        const collection = this.db.collection(name);
        const indexes = (await collection.listIndexes().toArray()).map(indexSpec);
        await writer.startCollection(
          name,
          indexes.filter((index) => index.name !== '_id_'),
        );
        // In _id order through one cursor: a document updated meanwhile is read once, never twice.
        // Without promotion numbers keep their BSON type (Int32, Double, Long) into the file.
        const cursor = collection.find(
          {},
          { sort: { _id: 1 }, batchSize: READ_BATCH, promoteValues: false, promoteLongs: false },
        );
        for await (const document of cursor) {
          await writer.writeDocument(document);
        }
      }
      return await writer.finish();
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  /** The collections of this database that hold a document. */
  async nonEmptyCollections(): Promise<string[]> {
    const names = (await this.db.listCollections({}, { nameOnly: true }).toArray()).map(({ name }) => name);
    const nonEmpty: string[] = [];
    for (const name of names.sort()) {
      if ((await this.db.collection(name).findOne({})) !== null) nonEmpty.push(name);
    }
    return nonEmpty;
  }

  /**
   * Restores the backup at `path` into this database: refuses a database that holds documents
   * (unless `replace`), reads the whole file through once to check it before anything is written,
   * creates each collection with its indexes, inserts the documents in batches and checks the
   * counts. When it fails part-way the database is dropped, so it is left empty.
   */
  async restore(path: string, options: RestoreOptions): Promise<RestoreReport> {
    await this.refuseUnlessRestorable(options);
    let header: BackupHeader | undefined;
    let counts: Record<string, number> = {};
    for await (const entry of readBackup(path)) {
      if (entry.kind === 'header') header = entry.header;
      if (entry.kind === 'end') counts = entry.counts;
    }
    if (header === undefined) {
      throw new Error('readBackup answered without a header');
    }
    if (options.replace) {
      await this.db.dropDatabase();
    }
    try {
      await this.load(path);
      await this.checkCounts(counts);
    } catch (error) {
      await this.db.dropDatabase();
      throw error;
    }
    return { header, counts };
  }

  private async refuseUnlessRestorable({ replace }: RestoreOptions): Promise<void> {
    if (!replace) {
      const nonEmpty = await this.nonEmptyCollections();
      if (nonEmpty.length > 0) {
        throw new ConflictError(
          `The database is not empty (documents in ${nonEmpty.join(', ')}); restore into an empty database, or pass --replace to drop its collections first.`,
        );
      }
      return;
    }
    const live = await this.db
      .collection('api_instances')
      .findOne({ seenAt: { $gt: new Date(Date.now() - 2 * PEER_SILENCE_MS) } });
    if (live !== null) {
      throw new ConflictError(
        `A process (pid ${String(live.pid)} on ${String(live.host)}) is using this database; stop it before replacing the database.`,
      );
    }
  }

  private async load(path: string): Promise<void> {
    let batch: StoredDocument[] = [];
    let collection: mongo.Collection | undefined;
    const flush = async (): Promise<void> => {
      if (collection !== undefined && batch.length > 0) {
        await collection.insertMany(batch, { ordered: true });
      }
      batch = [];
    };
    for await (const entry of readBackup(path)) {
      if (entry.kind === 'collection') {
        await flush();
        collection = await this.db.createCollection(entry.name);
        if (entry.indexes.length > 0) {
          // Before the documents, so that unique indexes hold for what is inserted.
          await collection.createIndexes(entry.indexes);
        }
      } else if (entry.kind === 'document') {
        batch.push(entry.document);
        if (batch.length >= INSERT_BATCH) await flush();
      }
    }
    await flush();
  }

  private async checkCounts(expected: Record<string, number>): Promise<void> {
    for (const [name, count] of Object.entries(expected)) {
      const restored = await this.db.collection(name).countDocuments({});
      if (restored !== count) {
        throw new Error(`Restored ${restored} documents into ${name} where the backup holds ${count}`);
      }
    }
  }
}
