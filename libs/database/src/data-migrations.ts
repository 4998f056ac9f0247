import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

/** One document per migration that has run to its end: `{ _id: <name>, doneAt }`. */
export const DATA_MIGRATIONS_COLLECTION = 'data_migrations';

interface DataMigrationRecord {
  _id: string;
  doneAt: Date;
}

/**
 * Remembers which one-off data migrations (backfills of a field that older versions did not
 * write) have run to their end in this database, so that a start-up does not scan a collection
 * again to find that nothing is left to do. A migration cut short leaves no record and runs again
 * at the next start; migrations must therefore be idempotent, which also makes two processes
 * starting at once harmless. The records travel with a backup, so a restored database skips what
 * its source had done, and a database restored from a backup made before the records existed
 * runs them.
 */
@Injectable()
export class DataMigrations {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  /** Runs `migrate` unless a run of `name` finished before; answers what `migrate` answered, or null. */
  async runOnce<T>(name: string, migrate: () => Promise<T>): Promise<T | null> {
    const records = this.connection.collection<DataMigrationRecord>(DATA_MIGRATIONS_COLLECTION);
    if ((await records.findOne({ _id: name }, { projection: { _id: 1 } })) !== null) {
      return null;
    }
    const result = await migrate();
    await records.updateOne({ _id: name }, { $set: { doneAt: new Date() } }, { upsert: true });
    return result;
  }
}
