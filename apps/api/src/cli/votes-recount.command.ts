import { Command, CommandRunner } from 'nest-commander';
import { VotesService } from '@app/proposals';

@Command({
  name: 'votes:recount',
  description: 'Recompute every proposal’s vote counters and scores from the votes and report what was fixed',
})
export class VotesRecountCommand extends CommandRunner {
  constructor(private readonly votes: VotesService) {
    super();
  }

  async run(): Promise<void> {
    const report = await this.votes.recountAll();
    for (const fix of report.fixed) {
      process.stdout.write(
        `Fixed ${fix.proposalId}: up ${fix.before.up} → ${fix.after.up}, down ${fix.before.down} → ${fix.after.down}\n`,
      );
    }
    process.stdout.write(`Checked ${report.checked} proposals; fixed ${report.fixed.length}.\n`);
  }
}
