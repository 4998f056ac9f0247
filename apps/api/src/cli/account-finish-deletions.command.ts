import { Command, CommandRunner } from 'nest-commander';
import { PrivacyService } from '@app/privacy';

@Command({
  name: 'account:finish-deletions',
  description: 'Finish every account deletion a crash cut short (docs/PRIVACY.md) and report how many',
})
export class AccountFinishDeletionsCommand extends CommandRunner {
  constructor(private readonly privacy: PrivacyService) {
    super();
  }

  async run(): Promise<void> {
    const finished = await this.privacy.finishPendingDeletions();
    process.stdout.write(`Finished ${finished} account deletions.\n`);
  }
}
