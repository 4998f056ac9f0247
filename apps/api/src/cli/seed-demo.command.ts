import { ConfigService } from '@nestjs/config';
import { SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option } from 'nest-commander';
import { SectorsService, type User, UsersService } from '@app/accounts';
import { type AppConfig, ForbiddenError, seededRandom } from '@app/core';
import { CuratedListsService, FollowUpService } from '@app/curation';
import { type ProposalRecord, ProposalsService, ThemesService, VotesService } from '@app/proposals';
import { generateMembers, generateSuggestions, pick } from './demo-generator';
import {
  COMMANDMENTS,
  DEMO_ENTREPRENEURS,
  DEMO_GENERATED_MEMBERS,
  DEMO_PASSWORD,
  DEMO_PROPOSALS,
  DEMO_STAFF,
} from './demo-data';

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
  constructor(
    private readonly users: UsersService,
    private readonly sectors: SectorsService,
    private readonly proposals: ProposalsService,
    private readonly themes: ThemesService,
    private readonly votes: VotesService,
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    super();
  }

  @Option({ flags: '--if-empty', description: 'Do nothing when there are suggestions already' })
  parseIfEmpty(): boolean {
    return true;
  }

  @Option({
    flags: '--outside-production',
    description: 'Do nothing (and say so) when NODE_ENV is production; what npm start runs',
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
    // The demo accounts include an admin whose password is in the README.
    if (this.config.get('NODE_ENV', { infer: true }) === 'production') {
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
    if (options.ifEmpty && (await this.proposals.list(null, { sort: 'NEWEST', first: 1 })).totalCount > 0) {
      process.stdout.write('Demo data: there are suggestions already; nothing loaded.\n');
    } else {
      await this.load();
    }
    if (this.config.get('NODE_ENV', { infer: true }) !== 'production') {
      process.stdout.write(
        `Demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_STAFF.map((staff) => `${staff.email} (${staff.roles.join(', ')})`).join(', ')}; entrepreneurs ondernemer1…${DEMO_ENTREPRENEURS.length}@kabinet.example\n`,
      );
    }
  }

  private async load(): Promise<void> {
    const random = seededRandom(2010);
    const generatedMembers = generateMembers(DEMO_GENERATED_MEMBERS);
    const generatedSuggestions = generateSuggestions(random);
    const progress = new SingleBar({
      format: 'Demo data [{bar}] {percentage}% {task}',
      stream: process.stderr,
    });
    progress.start(
      DEMO_STAFF.length +
        DEMO_ENTREPRENEURS.length +
        generatedMembers.length +
        DEMO_PROPOSALS.length +
        generatedSuggestions.length +
        1,
      0,
      { task: 'accounts' },
    );

    const staff = new Map<string, User>();
    for (const member of DEMO_STAFF) {
      staff.set(member.email, await this.user({ ...member, password: DEMO_PASSWORD }, member.roles));
      progress.increment();
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
      progress.increment();
    }
    const members: User[] = [...entrepreneurs];
    for (const [index, member] of generatedMembers.entries()) {
      members.push(
        await this.user({ email: `lid${index + 1}@kabinet.example`, password: DEMO_PASSWORD, ...member }, []),
      );
      progress.increment();
    }

    progress.update({ task: 'suggestions' });
    const themeIds = new Map((await this.themes.all()).map((theme) => [theme.slug, theme._id.toHexString()]));
    const votes: Parameters<VotesService['importVotes']>[0][number][] = [];
    const castVotes = (proposal: ProposalRecord, up: number, down: number): void => {
      const voters = members.filter((member) => !member._id.equals(proposal.authorId));
      const start = Math.floor(random() * voters.length);
      for (let i = 0; i < Math.min(up + down, voters.length); i += 1) {
        const voter = pick(voters, random, start + i);
        votes.push({
          proposalId: proposal._id,
          userId: voter._id,
          value: i < up ? 1 : -1,
          sector: voter.sector,
        });
      }
    };
    const commandments: ProposalRecord[] = [];
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
      commandments.push(proposal);
      castVotes(proposal, demo.votes[0], demo.votes[1]);
      progress.increment();
    }
    const byTheme = new Map<string, ProposalRecord[]>();
    for (const [index, suggestion] of generatedSuggestions.entries()) {
      const author = pick(members, random, index);
      const proposal = await this.proposals.submit(author, {
        title: suggestion.title,
        body: suggestion.body(author.sector ?? 'bouw'),
        themeId: themeIds.get(suggestion.theme) ?? '',
        tags: [],
        language: 'nl',
      });
      byTheme.set(suggestion.theme, [...(byTheme.get(suggestion.theme) ?? []), proposal]);
      castVotes(proposal, Math.floor(random() ** 2 * 16), Math.floor(random() * 4));
      progress.increment();
    }

    progress.setTotal(progress.getTotal() + votes.length);
    progress.update({ task: 'votes' });
    await this.votes.importVotes(votes, () => progress.increment());

    progress.update({ task: 'the ten commandments' });
    await this.curatedList(staff, commandments, byTheme);
    progress.increment();
    progress.stop();
    process.stdout.write(
      `Demo data loaded: ${DEMO_PROPOSALS.length + generatedSuggestions.length} suggestions, ${votes.length} votes, ${members.length} members, and the ten commandments with their follow-up.\n`,
    );
  }

  /** The ten commandments and the eleventh, handed to the Minister of Finance, and what followed. */
  private async curatedList(
    staff: Map<string, User>,
    commandments: ProposalRecord[],
    byTheme: Map<string, ProposalRecord[]>,
  ): Promise<void> {
    const editor = staff.get('redactie@kabinet.example');
    const liaison = staff.get('contact@minfin.example');
    if (editor === undefined || liaison === undefined) {
      throw new Error('The demo editor and liaison accounts are missing');
    }
    const created = await this.lists.create(editor, {
      title: 'Tien geboden van het Kabinet van Vernieuwing',
      slug: 'tien-geboden-kabinet-van-vernieuwing',
      description:
        'Bijna 500 ondernemers dienden suggesties in. Het Kabinet van Vernieuwing bracht ze terug tot tien geboden, gepresenteerd door groene premier Ruud Koornstra, plus het elfde en laatste gebod van het virtuele Ministerie van Innovatie.',
      addressee: 'Minister van Financiën',
      language: 'nl',
    });
    const listId = created.list._id.toHexString();
    const items = COMMANDMENTS.map((commandment) => {
      const own = commandments.find((proposal) => proposal.title === commandment.suggestion);
      const related = (byTheme.get(commandment.theme) ?? []).slice(0, 4);
      return {
        title: commandment.title,
        body: commandment.body,
        proposalIds: [...(own ? [own] : []), ...related].map((proposal) => proposal._id.toHexString()),
      };
    });
    await this.lists.updateDraft(listId, { items });
    const published = await this.lists.publish(editor, listId);
    for (const item of published.content.items) {
      await this.followUps.record(liaison, {
        itemId: item.id,
        statusKey: 'received',
        note: 'Minister Jan Kees de Jager (Financiën) heeft de tien geboden en het elfde gebod van het Ministerie van Innovatie in ontvangst genomen.',
      });
    }
    const eleventh = published.content.items.at(-1);
    if (eleventh !== undefined) {
      await this.followUps.record(liaison, {
        itemId: eleventh.id,
        statusKey: 'in-talks',
        progress: 20,
        note: 'De minister vertelde vooral gecharmeerd te zijn van het fiscale voorstel om jonge medewerkers in het MKB een dagdeel per week via netwerken innovatieve kennis te laten vergaren. Zodra de politieke storm rond de verkiezingen is geluwd, wordt weer contact opgenomen om hier verder over te praten.',
        nextReviewAt: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      });
    }
  }

  /** Existing users are kept as they are, so seeding twice does not fail. */
  private async user(
    input: { email: string; password: string; displayName: string; organization?: string; sector?: string },
    roles: readonly User['roles'][number][],
  ): Promise<User> {
    const existing = await this.users.findByEmail(input.email);
    if (existing !== null) {
      return existing;
    }
    // The demo's members name their sector in words; registration takes a slug of the list.
    const sector = input.sector === undefined ? undefined : await this.sectors.slugFor(input.sector);
    return this.users.create({ ...input, sector }, roles, '');
  }
}
