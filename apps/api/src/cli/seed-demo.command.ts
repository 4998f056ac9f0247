import { Command, CommandRunner, Option } from 'nest-commander';
import type { User } from '@app/accounts';
import { UsersService } from '@app/accounts';
import { ProposalsService, ThemesService, VotesService } from '@app/proposals';
import { DEMO_ENTREPRENEURS, DEMO_PASSWORD, DEMO_PROPOSALS, DEMO_STAFF } from './demo-data';

interface SeedDemoOptions {
  ifEmpty?: boolean;
}

@Command({
  name: 'seed:demo',
  description: 'Load demo data from the Kabinet van Vernieuwing case (users, suggestions, votes)',
})
export class SeedDemoCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly proposals: ProposalsService,
    private readonly themes: ThemesService,
    private readonly votes: VotesService,
  ) {
    super();
  }

  @Option({ flags: '--if-empty', description: 'Do nothing when there are suggestions already' })
  parseIfEmpty(): boolean {
    return true;
  }

  async run(_: string[], options: SeedDemoOptions): Promise<void> {
    if (options.ifEmpty && (await this.proposals.list(null, { sort: 'NEWEST', first: 1 })).totalCount > 0) {
      process.stdout.write('Demo data: there are suggestions already; nothing loaded.\n');
      return;
    }
    for (const staff of DEMO_STAFF) {
      await this.user({ ...staff, password: DEMO_PASSWORD }, staff.roles);
    }
    const entrepreneurs: User[] = [];
    for (const [index, [displayName, organization, sector]] of DEMO_ENTREPRENEURS.entries()) {
      entrepreneurs.push(
        await this.user(
          {
            email: `ondernemer${index + 1}@kabinet.example`,
            password: DEMO_PASSWORD,
            displayName,
            organization,
            sector,
          },
          [],
        ),
      );
    }
    const themeIds = new Map((await this.themes.all()).map((theme) => [theme.slug, theme._id.toHexString()]));
    for (const demo of DEMO_PROPOSALS) {
      const author = entrepreneurs[demo.author];
      if (author === undefined) {
        throw new Error(`Demo suggestion "${demo.title}" names author ${demo.author}, who does not exist`);
      }
      const proposal = await this.proposals.submit(author, {
        title: demo.title,
        body: demo.body,
        themeId: themeIds.get(demo.theme) ?? '',
        tags: demo.tags,
        language: demo.language,
      });
      const voters = entrepreneurs.filter((user) => !user._id.equals(author._id));
      const [up, down] = demo.votes;
      for (const [index, voter] of voters.slice(0, up + down).entries()) {
        await this.votes.cast(voter, proposal._id.toHexString(), index < up ? 'UP' : 'DOWN');
      }
    }
    process.stdout.write(
      `Demo data loaded: ${DEMO_PROPOSALS.length} suggestions by ${DEMO_ENTREPRENEURS.length} entrepreneurs.\n` +
        `Sign in as ${DEMO_STAFF.map((staff) => staff.email).join(', ')} or ondernemer1…${DEMO_ENTREPRENEURS.length}@kabinet.example, password ${DEMO_PASSWORD}\n`,
    );
  }

  /** Existing users are kept as they are, so seeding twice does not fail. */
  private async user(
    input: { email: string; password: string; displayName: string; organization?: string; sector?: string },
    roles: readonly User['roles'][number][],
  ): Promise<User> {
    return (await this.users.findByEmail(input.email)) ?? this.users.create(input, roles, '');
  }
}
