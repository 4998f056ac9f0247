import type { INestApplication, LoggerService } from '@nestjs/common';
import { UsersService } from '@app/accounts';
import { ConfigurationError, loadConfig, preparePasswordStrength } from '@app/core';
import { ensureEmbeddedMongoBinary } from '@app/database';
import { EmbeddedUnavailableError } from '@app/embedded';
import { ensureEmbeddedMailBinary } from '@app/mail';
import { DemoDataLoader } from './demo/demo-data-loader';

/** What `npm start` asks of the API besides serving (package.json `scripts.start`). */
export interface StartArguments {
  /** Load the demo data into a database without suggestions, unless NODE_ENV is production. */
  demoDataIfEmpty: boolean;
}

export const DEMO_DATA_IF_EMPTY = '--demo-data-if-empty';

export function startArguments(args: readonly string[]): StartArguments {
  const unknown = args.filter((arg) => arg !== DEMO_DATA_IF_EMPTY);
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Unknown argument ${unknown.join(' ')}; the API takes only ${DEMO_DATA_IF_EMPTY} (configure it with environment variables).`,
    );
  }
  return { demoDataIfEmpty: args.includes(DEMO_DATA_IF_EMPTY) };
}

/**
 * With --demo-data-if-empty (what `npm start` passes): the demo data, loaded in this process before
 * it listens, so the first page anyone sees shows it, and a restart costs one query instead of a
 * second application and database server booted by the CLI. Never in production.
 */
export async function loadDemoDataIfAsked(
  app: INestApplication,
  options: StartArguments,
  logger: LoggerService,
): Promise<void> {
  if (!options.demoDataIfEmpty) return;
  // The services the loader writes through start their work (indexes, default themes) at init.
  await app.init();
  const demoData = app.get(DemoDataLoader);
  const result = await demoData.loadIfEmpty();
  if (result.outcome === 'production') {
    logger.log('Demo data: not loaded in production.');
    return;
  }
  logger.log(
    result.outcome === 'loaded'
      ? result.summary
      : 'Demo data: there are suggestions already; nothing loaded.',
  );
  logger.log(demoData.signIns());
}

/** After listening, the first requests (a readiness probe, the first page) go before this work. */
const AFTER_LISTEN_DELAY_MS = 1_000;

/**
 * Work that no request needs at once, done a moment after the server listens so that it delays
 * neither readiness nor the first page: ranking the password dictionaries (a few hundred
 * milliseconds of CPU that block the event loop), which the first registration or password change
 * needs; one that comes sooner ranks them itself.
 */
export function prepareAfterListen(): void {
  setTimeout(preparePasswordStrength, AFTER_LISTEN_DELAY_MS).unref();
}

/**
 * Checks what an operator must fix before Nest starts (configuration, the builds of the embedded
 * database and Mailpit), so that such a problem is reported as one clear sentence rather than
 * inside a framework stack trace. The first builds also happen here, with a message, before the
 * application's buffered logs begin.
 */
export async function preflight(): Promise<void> {
  const config = loadConfig(process.env);
  const log = (message: string): void => void process.stderr.write(`${message}\n`);
  if (config.MONGODB_URI === undefined) {
    await ensureEmbeddedMongoBinary({ log });
  }
  if (config.SMTP_URL === undefined && config.NODE_ENV !== 'production') {
    await ensureEmbeddedMailBinary({ log });
  }
}

/**
 * Says at every start while no one can administer the platform: demo data (with its admin) is
 * never loaded in production, so a new production database starts without one.
 */
export async function reportMissingAdmin(app: INestApplication, logger: LoggerService): Promise<void> {
  try {
    if (!(await app.get(UsersService).hasActiveAdmin())) {
      logger.warn(
        'There is no unblocked admin account. Create the first one with: npm run cli -- user:create --email <email> --password <password> --name <name> --role ADMIN',
      );
    }
  } catch (error) {
    logger.warn(`Could not check for an admin account: ${String(error)}`);
  }
}

/** Known start-up problems are the operator's to fix: one clear sentence, no stack trace. */
export function exitWithStartupError(error: unknown): never {
  if (error instanceof ConfigurationError || error instanceof EmbeddedUnavailableError) {
    console.error(error.message);
  } else {
    console.error('Start-up failed:', error);
  }
  process.exit(1);
}
