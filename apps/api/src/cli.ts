import { CommandFactory } from 'nest-commander';
import { DomainError } from '@app/core';
import { CliModule } from './cli/cli.module';
import { exitWithStartupError, preflight } from './startup';

/** Mistakes in a command's input are the operator's to fix: their message, exit code 1. */
function reportCommandError(error: Error): void {
  process.stderr.write(`${error instanceof DomainError ? error.message : (error.stack ?? String(error))}\n`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  await preflight();
  const app = await CommandFactory.createWithoutRunning(CliModule.forRoot(), {
    logger: ['error', 'warn'],
    cliName: 'npm run cli --',
    serviceErrorHandler: reportCommandError,
  });
  await CommandFactory.runApplication(app);
  await app.close();
}

main().catch(exitWithStartupError);
