import { Logger } from '@nestjs/common';
import type { Connection } from 'mongoose';
import type { DatabaseProfileName } from '@app/core';

/** The profile resolved for each connection (findEachById reads it from the model's). */
const resolved = new WeakMap<Connection, DatabaseProfile>();

/**
 * Which database the API's strategy is for. On `ferretdb` (v1, the embedded server) the reads
 * FerretDB cannot hand to its backend are served by in-memory accelerators: the ranking index,
 * the document caches and reads by id one `{_id}` query at a time. On `mongodb` they are off and
 * MongoDB's indexes answer those reads. Both keep the same unit of work (locks and leases), which
 * is correct on any MongoDB.
 */
export class DatabaseProfile {
  private constructor(
    readonly name: DatabaseProfileName,
    readonly source: 'configured' | 'detected',
  ) {}

  /** True on FerretDB: the in-memory accelerators serve what the database would answer by scanning. */
  get ferretdb(): boolean {
    return this.name === 'ferretdb';
  }

  /** `configured` (DATABASE_PROFILE) if set, else what the server says it is; logged either way. */
  static async resolve(
    configured: DatabaseProfileName | undefined,
    connection: Connection,
  ): Promise<DatabaseProfile> {
    const profile =
      configured === undefined
        ? new DatabaseProfile(await detectDatabaseProfile(connection), 'detected')
        : new DatabaseProfile(configured, 'configured');
    resolved.set(connection, profile);
    new Logger(DatabaseProfile.name).log(`Database profile: ${profile.name} (${profile.source})`);
    return profile;
  }

  /**
   * The profile resolved for `connection`; before that (a tool or spec without the application)
   * FerretDB's, which is correct on MongoDB too, only slower.
   */
  static of(connection: Connection): DatabaseProfileName {
    return resolved.get(connection)?.name ?? 'ferretdb';
  }
}

/** FerretDB names itself in `buildInfo` (`ferretdbVersion`); MongoDB does not. */
export async function detectDatabaseProfile(connection: Connection): Promise<DatabaseProfileName> {
  const info = await connection.getClient().db('admin').command({ buildInfo: 1 });
  return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
}
