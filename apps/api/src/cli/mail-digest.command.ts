import { Command, CommandRunner, Option } from 'nest-commander';
import { InvalidInputError } from '@app/core';
import { DailyDigest } from '@app/notifications';

interface MailDigestOptions {
  at?: Date;
}

@Command({
  name: 'mail:digest',
  description:
    'Run the daily notification digest due now (or at --at), finished or not: it mails what no digest has yet, nothing twice',
})
export class MailDigestCommand extends CommandRunner {
  constructor(private readonly digest: DailyDigest) {
    super();
  }

  @Option({
    flags: '--at <time>',
    description: 'Run the digest due at this moment (ISO 8601, e.g. 2026-12-02T07:00:00+01:00)',
  })
  parseAt(value: string): Date {
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) {
      throw new InvalidInputError(`--at: "${value}" is not a date and time`, 'at');
    }
    return at;
  }

  async run(_: string[], options: MailDigestOptions): Promise<void> {
    const report = await this.digest.runDue(options.at);
    process.stdout.write(
      `Digest of ${report.day}: ${report.mailed} mails with ${report.notifications} notifications.\n`,
    );
  }
}
