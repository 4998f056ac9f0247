import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup runs outside jest's module mapping, hence the relative imports.
import { ensureEmbeddedMongoBinary } from '../../libs/database/src/embedded/embedded-binary';
import { EmbeddedMongoServer } from '../../libs/database/src/embedded/embedded-server';
import { EmbeddedMailServer, ensureEmbeddedMailBinary } from '../../libs/mail/src/embedded/embedded-mail';

declare global {
  var e2eEmbeddedMongo: EmbeddedMongoServer | undefined;
  var e2eMailpit: EmbeddedMailServer | undefined;
}

/**
 * One embedded server for the whole run; each spec file uses its own database on it. It stores
 * SQLite files, or uses PostgreSQL when E2E_POSTGRESQL_URL is set (`npm run test:postgres`).
 * And one Mailpit that captures the mail of every spec file (test/support/mailpit.ts reads it;
 * specs tell their messages apart by unique addresses).
 */
export default async function globalSetup(): Promise<void> {
  const log = (message: string): void => void process.stderr.write(`${message}\n`);
  const [binaryPath, mailBinaryPath] = await Promise.all([
    ensureEmbeddedMongoBinary({ log }),
    ensureEmbeddedMailBinary({ log }),
  ]);
  const postgresqlUrl = process.env.E2E_POSTGRESQL_URL;
  const [server, mailpit] = await Promise.all([
    EmbeddedMongoServer.start({
      binaryPath,
      ...(postgresqlUrl
        ? { postgresqlUrl }
        : { sqliteDir: join(mkdtempSync(join(tmpdir(), 'kabinet-e2e-')), 'db') }),
    }),
    EmbeddedMailServer.start({ binaryPath: mailBinaryPath, maxMessages: 0 }),
  ]);
  globalThis.e2eEmbeddedMongo = server;
  globalThis.e2eMailpit = mailpit;
  // Workers are started after this and inherit the environment.
  process.env.E2E_MONGODB_URI = server.uri;
  process.env.E2E_SMTP_URL = mailpit.smtpUrl;
  process.env.E2E_MAILPIT_URL = mailpit.webUrl;
}
