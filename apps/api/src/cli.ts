import { CommandFactory } from 'nest-commander';
import { DomainError } from '@app/core';
import { BACKUP_COMMANDS, BackupCliModule } from './cli/backup-cli.module';
import { CliModule } from './cli/cli.module';
import { exitWithStartupError, preflight } from './startup';

/** Mistakes in a command's input are the operator's to fix: their message, exit code 1. */
function reportCommandError(error: Error): void {
  process.stderr.write(`${error instanceof DomainError ? error.message : (error.stack ?? String(error))}\n`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  await preflight();
  const command = process.argv[2] ?? '';
  const module = BACKUP_COMMANDS.has(command) ? BackupCliModule.forRoot() : CliModule.forRoot();
  const app = await CommandFactory.createWithoutRunning(module, {
    logger: ['error', 'warn'],
    cliName: 'npm run cli --',
    serviceErrorHandler: reportCommandError,
  });
  await CommandFactory.runApplication(app);
  await app.close();
}

main().catch(exitWithStartupError);
