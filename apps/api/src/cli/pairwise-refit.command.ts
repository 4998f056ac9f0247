import { Command, CommandRunner } from 'nest-commander';
import { PairwiseService } from '@app/proposals';

@Command({
  name: 'pairwise:refit',
  description:
    'Set every suggestion’s pairwise strength to the Bradley–Terry estimate from all answers and report how many changed',
})
export class PairwiseRefitCommand extends CommandRunner {
  constructor(private readonly pairwise: PairwiseService) {
    super();
  }

  async run(): Promise<void> {
    const report = await this.pairwise.refitAll();
    process.stdout.write(`Refitted from ${report.answers} answers; ${report.changed} suggestions changed.\n`);
  }
}
