import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import { UnavailableError } from '@app/core';
import { ACCOUNT_DELETION_MODEL, type AccountDeletionRecord } from './account-deletion.schema';
import type { PersonalCollection } from './personal-data';

/** A stored document as the export reads it: fields chosen by the projection. */
export type StoredDocument = Record<string, unknown>;

const BATCH_SIZE = 500;

/**
 * Reads and deletes a person's documents across collections by the field that names them, and
 * keeps the record of deletions in progress. Collections of other libraries are read through the
 * connection, not their models: the export reads every one of them, and the collections of work
 * not merged yet (preferences, outbox, account tokens) are simply empty until it is.
 */
@Injectable()
export class PersonalDataRepository {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @InjectModel(ACCOUNT_DELETION_MODEL) private readonly deletions: Model<AccountDeletionRecord>,
  ) {}

  /** From a cursor in batches, so a member with thousands of votes is never read at once. */
  each(
    collection: PersonalCollection,
    filter: StoredDocument,
    projection: Record<string, 0 | 1>,
  ): AsyncIterable<StoredDocument> {
    return this.collection(collection).find(filter, { projection, batchSize: BATCH_SIZE });
  }

  /** By `_id` only: the one filter FerretDB answers without a scan. */
  findById(collection: PersonalCollection, id: string): Promise<StoredDocument | null> {
    return this.collection(collection).findOne({ _id: id } as StoredDocument);
  }

  async deleteWhere(collection: PersonalCollection, filter: StoredDocument): Promise<number> {
    return (await this.collection(collection).deleteMany(filter)).deletedCount;
  }

  /** Keeps the first record when the deletion was begun before. */
  async beginDeletion(record: AccountDeletionRecord): Promise<AccountDeletionRecord> {
    await this.deletions.updateOne({ _id: record._id }, { $setOnInsert: record }, { upsert: true }).exec();
    return (await this.deletions.findById(record._id).lean<AccountDeletionRecord>().exec()) ?? record;
  }

  pendingDeletions(): Promise<AccountDeletionRecord[]> {
    return this.deletions.find({}).lean<AccountDeletionRecord[]>().exec();
  }

  async endDeletion(id: string): Promise<void> {
    await this.deletions.deleteOne({ _id: id }).exec();
  }

  private collection(name: PersonalCollection): Collection<StoredDocument> {
    const db = this.connection.db;
    if (db === undefined) {
      throw new UnavailableError('The database is not connected.');
    }
    return db.collection<StoredDocument>(name);
  }
}
