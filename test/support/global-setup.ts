import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup runs outside jest's module mapping, hence the relative imports.
import { ensureEmbeddedMongoBinary } from '../../libs/database/src/embedded/embedded-binary';
import { EmbeddedMongoServer } from '../../libs/database/src/embedded/embedded-server';

declare global {
  var e2eEmbeddedMongo: EmbeddedMongoServer | undefined;
}

/**
 * One embedded server for the whole run; each spec file uses its own database on it. It stores
 * SQLite files, or uses PostgreSQL when E2E_POSTGRESQL_URL is set (`npm run test:postgres`).
 */
export default async function globalSetup(): Promise<void> {
  const binaryPath = await ensureEmbeddedMongoBinary({
    log: (message) => process.stderr.write(`${message}\n`),
  });
  const postgresqlUrl = process.env.E2E_POSTGRESQL_URL;
  const server = await EmbeddedMongoServer.start({
    binaryPath,
    ...(postgresqlUrl
      ? { postgresqlUrl }
      : { sqliteDir: join(mkdtempSync(join(tmpdir(), 'kabinet-e2e-')), 'db') }),
  });
  globalThis.e2eEmbeddedMongo = server;
  // Workers are started after this and inherit the environment.
  process.env.E2E_MONGODB_URI = server.uri;
}
