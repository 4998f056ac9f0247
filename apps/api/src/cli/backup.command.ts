import { resolve } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { InvalidInputError } from '@app/core';
import { DatabaseBackup } from '@app/database';
import { API_VERSION } from '../version';

interface BackupOptions {
  out?: string;
}

@Command({
  name: 'backup',
  description:
    'Write every collection to a gzip file of Extended JSON lines while the API runs (docs/BACKUP.md)',
})
export class BackupCommand extends CommandRunner {
  constructor(private readonly backup: DatabaseBackup) {
    super();
  }

  @Option({ flags: '--out <file>', description: 'The backup file to write (for example backup.jsonl.gz)' })
  parseOut(value: string): string {
    return resolve(value);
  }

  async run(_: string[], { out }: BackupOptions): Promise<void> {
    if (out === undefined) {
      throw new InvalidInputError('--out is required.', 'out');
    }
    const counts = await this.backup.write(out, API_VERSION);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    process.stdout.write(`Wrote ${total} documents of ${Object.keys(counts).length} collections to ${out}\n`);
  }
}
