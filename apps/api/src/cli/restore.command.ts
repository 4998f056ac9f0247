import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option } from 'nest-commander';
import { InvalidInputError } from '@app/core';
import { DatabaseBackup } from '@app/database';
import { VotesService } from '@app/proposals';
import { AppModule } from '../app.module';

interface RestoreOptions {
  in?: string;
  replace?: boolean;
}

@Command({
  name: 'restore',
  description: 'Restore a backup into an empty database, then recount the vote counters (docs/BACKUP.md)',
})
export class RestoreCommand extends CommandRunner {
  constructor(private readonly backup: DatabaseBackup) {
    super();
  }

  @Option({ flags: '--in <file>', description: 'The backup file to restore' })
  parseIn(value: string): string {
    return resolve(value);
  }

  @Option({
    flags: '--replace',
    description:
      'Drop every collection of the target database first instead of refusing one that is not empty',
  })
  parseReplace(): boolean {
    return true;
  }

  async run(_: string[], options: RestoreOptions): Promise<void> {
    if (options.in === undefined) {
      throw new InvalidInputError('--in is required.', 'in');
    }
    const { header, counts } = await this.backup.restore(options.in, { replace: options.replace === true });
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    process.stdout.write(
      `Restored ${total} documents of ${Object.keys(counts).length} collections from the backup of ${header.createdAt.toISOString()} (version ${header.appVersion}).\n`,
    );
    await recountDerivedCounters();
  }
}

/**
 * The backup reads suggestions after their votes, so a suggestion's counters may include votes
 * cast after the votes were read, and members after their votes, so an account deleted meanwhile
 * may have left votes: those votes go and every suggestion's counters are set from its votes.
 * This starts the application once on the restored data (its start-up steps run, as at an API start).
 */
async function recountDerivedCounters(): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, { logDestination: 'stderr' }),
    { logger: ['error', 'warn'] },
  );
  try {
    const votes = app.get(VotesService, { strict: false });
    const orphans = await votes.removeVotesOfMissingMembers();
    const report = await votes.recountAll();
    process.stdout.write(
      `Removed ${orphans} votes of members not in the backup. Recounted the votes of ${report.checked} suggestions; set the counters of ${report.fixed.length} from their votes.\n`,
    );
  } finally {
    await app.close();
  }
}
