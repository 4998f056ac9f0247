import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { z } from 'zod';
import type { AppConfig } from '@app/core';
import { readRunningServer } from '@app/embedded';
import { ensureEmbeddedMongoBinary } from './embedded/embedded-binary';
import { EmbeddedMongoServer, waitForHello } from './embedded/embedded-server';

/** Written while a process owns the embedded server of a DATA_DIR, so that others can share it. */
const RUNNING_FILE = 'embedded-mongo.json';
const runningServer = z.object({ ownerPid: z.number().int(), uri: z.string().startsWith('mongodb://') });

/**
 * The URI of the embedded server another process (say, `npm start`) runs on this DATA_DIR, if it
 * answers: two FerretDB processes must not share one set of SQLite files.
 */
async function findRunningServer(dataDir: string): Promise<string | undefined> {
  const recorded = readRunningServer(join(dataDir, RUNNING_FILE), runningServer);
  if (recorded === undefined) {
    return undefined;
  }
  try {
    await waitForHello(recorded.uri, 2_000);
    return recorded.uri;
  } catch {
    return undefined;
  }
}

/**
 * Where the database is: `MONGODB_URI` when set; otherwise the embedded FerretDB of `DATA_DIR`,
 * shared when another process runs it, else started here (SQLite files under `DATA_DIR/db`)
 * and stopped when the application shuts down.
 */
export class DatabaseServer implements OnApplicationShutdown {
  /** True once the application shuts down: an embedded server then stops on purpose. */
  private shuttingDown = false;

  private constructor(
    readonly uri: string,
    readonly embedded: EmbeddedMongoServer | undefined,
    private readonly runningFile: string | undefined,
  ) {}

  /** `onRestart`: called after each restart of a server started here. */
  static async resolve(
    config: Pick<AppConfig, 'MONGODB_URI' | 'DATA_DIR' | 'EMBEDDED_POSTGRESQL_URL'>,
    onRestart?: () => void,
  ): Promise<DatabaseServer> {
    if (config.MONGODB_URI !== undefined) {
      return new DatabaseServer(config.MONGODB_URI, undefined, undefined);
    }
    const logger = new Logger('EmbeddedDatabase');
    const shared = await findRunningServer(config.DATA_DIR);
    if (shared !== undefined) {
      logger.log(`Using the embedded database another process runs at ${shared}`);
      return new DatabaseServer(shared, undefined, undefined);
    }
    // Written straight to stderr: application logs are buffered until start-up ends, and the
    // first build takes a minute or two.
    const binaryPath = await ensureEmbeddedMongoBinary({
      log: (message) => process.stderr.write(`${message}\n`),
    });
    const postgresqlUrl = config.EMBEDDED_POSTGRESQL_URL;
    const sqliteDir = join(config.DATA_DIR, 'db');
    const embedded = await EmbeddedMongoServer.start({
      binaryPath,
      logger,
      onRestart,
      ...(postgresqlUrl === undefined ? { sqliteDir } : { postgresqlUrl }),
    });
    const runningFile = join(config.DATA_DIR, RUNNING_FILE);
    mkdirSync(config.DATA_DIR, { recursive: true });
    writeFileSync(runningFile, JSON.stringify({ ownerPid: process.pid, uri: embedded.uri }));
    logger.log(
      `Embedded database listening at ${embedded.uri} (${postgresqlUrl === undefined ? `SQLite files in ${sqliteDir}` : 'PostgreSQL backend'})`,
    );
    return new DatabaseServer(embedded.uri, embedded, runningFile);
  }

  get stopping(): boolean {
    return this.shuttingDown;
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.runningFile !== undefined) {
      rmSync(this.runningFile, { force: true });
    }
    await this.embedded?.stop();
  }
}
