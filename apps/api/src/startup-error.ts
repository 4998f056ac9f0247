import { ConfigurationError } from '@app/core';
import { EmbeddedMongoUnavailableError } from '@app/database';

/** Known start-up problems are the operator's to fix: one clear sentence, no stack trace. */
export function exitWithStartupError(error: unknown): never {
  if (error instanceof ConfigurationError || error instanceof EmbeddedMongoUnavailableError) {
    console.error(error.message);
  } else {
    console.error('Start-up failed:', error);
  }
  process.exit(1);
}
