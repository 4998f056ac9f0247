import { Command, CommandRunner, Option } from 'nest-commander';
import { ForbiddenError } from '@app/core';
import { DemoDataLoader } from '../demo/demo-data-loader';

interface SeedDemoOptions {
  ifEmpty?: boolean;
  outsideProduction?: boolean;
  allowProduction?: boolean;
}

@Command({
  name: 'seed:demo',
  description: 'Load demo data from the Kabinet van Vernieuwing case (users, suggestions, votes)',
})
export class SeedDemoCommand extends CommandRunner {
  constructor(private readonly demoData: DemoDataLoader) {
    super();
  }

  @Option({ flags: '--if-empty', description: 'Do nothing when there are suggestions already' })
  parseIfEmpty(): boolean {
    return true;
  }

  @Option({
    flags: '--outside-production',
    description: 'Do nothing (and say so) when NODE_ENV is production',
  })
  parseOutsideProduction(): boolean {
    return true;
  }

  @Option({
    flags: '--allow-production',
    description: 'Load the demo accounts (with their published password) even when NODE_ENV is production',
  })
  parseAllowProduction(): boolean {
    return true;
  }

  async run(_: string[], options: SeedDemoOptions): Promise<void> {
    if (this.demoData.inProduction) {
      if (options.outsideProduction) {
        process.stdout.write('Demo data: not loaded in production.\n');
        return;
      }
      if (!options.allowProduction) {
        throw new ForbiddenError(
          'seed:demo creates accounts whose password is published, an admin among them; it does not run in production unless you add --allow-production.',
        );
      }
    }
    if (options.ifEmpty && (await this.demoData.hasSuggestions())) {
      process.stdout.write('Demo data: there are suggestions already; nothing loaded.\n');
    } else {
      process.stdout.write(`${await this.demoData.load()}\n`);
    }
    if (!this.demoData.inProduction) {
      process.stdout.write(`${this.demoData.signIns()}\n`);
    }
  }
}
