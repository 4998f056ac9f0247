import type { INestApplication, LoggerService } from '@nestjs/common';
import { UsersService } from '@app/accounts';
import { ConfigurationError, loadConfig } from '@app/core';
import { ensureEmbeddedMongoBinary } from '@app/database';
import { EmbeddedUnavailableError } from '@app/embedded';
import { ensureEmbeddedMailBinary } from '@app/mail';

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
