import { join } from 'node:path';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@app/core';
import { ensureEmbeddedMongoBinary } from './embedded/embedded-binary';
import { EmbeddedMongoServer } from './embedded/embedded-server';

/**
 * Where the database is: `MONGODB_URI` when set, otherwise an embedded FerretDB with SQLite
 * files under `DATA_DIR`, started here and stopped when the application shuts down.
 */
export class DatabaseServer implements OnApplicationShutdown {
  private constructor(
    readonly uri: string,
    readonly embedded: EmbeddedMongoServer | undefined,
  ) {}

  static async resolve(config: Pick<AppConfig, 'MONGODB_URI' | 'DATA_DIR'>): Promise<DatabaseServer> {
    if (config.MONGODB_URI !== undefined) {
      return new DatabaseServer(config.MONGODB_URI, undefined);
    }
    const logger = new Logger('EmbeddedDatabase');
    // Written straight to stderr: application logs are buffered until start-up ends, and the
    // first build takes a minute or two.
    const binaryPath = await ensureEmbeddedMongoBinary({
      log: (message) => process.stderr.write(`${message}\n`),
    });
    const embedded = await EmbeddedMongoServer.start({
      binaryPath,
      sqliteDir: join(config.DATA_DIR, 'db'),
      logger,
    });
    logger.log(
      `Embedded database listening at ${embedded.uri} (SQLite files in ${join(config.DATA_DIR, 'db')})`,
    );
    return new DatabaseServer(embedded.uri, embedded);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}
