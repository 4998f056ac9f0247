import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SingleBar } from 'cli-progress';
import { Types } from 'mongoose';
import { type User, UsersService } from '@app/accounts';
import type { AppConfig } from '@app/core';
import { CuratedListsService, FollowUpService } from '@app/curation';
import { CommentAlignmentEnum, CommentsService, CommentVotesService } from '@app/discussion';
import {
  ModerationService,
  PairwiseService,
  type ProposalRecord,
  ProposalsService,
  ThemesService,
  VotesService,
} from '@app/proposals';
import {
  type DemoEntry,
  type GeneratedMember,
  type PlannedSuggestion,
  planDemo,
  planPairwiseAnswers,
  relatedSuggestions,
} from './demo-generator';
import { type PlannedComment, planComments } from './demo-comments';
import { COMMANDMENTS, DEMO_ENTREPRENEURS, DEMO_PASSWORD, DEMO_STAFF } from './demo-data';

/** What happened to the demo data at one request to load it. */
export type DemoDataOutcome =
  { outcome: 'loaded'; summary: string } | { outcome: 'not-empty' } | { outcome: 'production' };

/**
 * Loads the demo data of the Kabinet van Vernieuwing case (users, suggestions, votes, pairwise
 * answers, the ten commandments with their follow-up, comments) through the services, as members
 * and staff would have written it. Used by `seed:demo` and by the API at start-up (`npm start`).
 */
@Injectable()
export class DemoDataLoader {
  constructor(
    private readonly users: UsersService,
    private readonly proposals: ProposalsService,
    private readonly themes: ThemesService,
    private readonly votes: VotesService,
    private readonly pairwise: PairwiseService,
    private readonly moderation: ModerationService,
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
    private readonly comments: CommentsService,
    private readonly commentVotes: CommentVotesService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /** The demo accounts include an admin whose password is published (README): never in production unless asked. */
  get inProduction(): boolean {
    return this.config.get('NODE_ENV', { infer: true }) === 'production';
  }

  /**
   * Loads the demo data when there is no suggestion yet and NODE_ENV is not production: what
   * `npm start` asks for. A look at one suggestion decides, so a restart costs one query.
   */
  async loadIfEmpty(): Promise<DemoDataOutcome> {
    if (this.inProduction) return { outcome: 'production' };
    if (await this.hasSuggestions()) return { outcome: 'not-empty' };
    return { outcome: 'loaded', summary: await this.load() };
  }

  /** True when any suggestion is stored, whatever its status. */
  hasSuggestions(): Promise<boolean> {
    return this.proposals.anyStored();
  }

  /** The sign-ins to show a developer; the password is the same for all. */
  signIns(): string {
    return `Demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_STAFF.map((staff) => `${staff.email} (${staff.roles.join(', ')})`).join(', ')}; entrepreneurs ondernemer1…${DEMO_ENTREPRENEURS.length}@kabinet.example`;
  }

  /** Loads all of it, with a progress bar on stderr; answers a summary. */
  async load(): Promise<string> {
    const { generatedMembers, memberSectors, entries, plan, merges } = planDemo(new Date());
    const voteCount = plan.reduce((sum, suggestion) => sum + suggestion.votes.length, 0);
    const comments = planComments(generatedMembers.length + DEMO_ENTREPRENEURS.length);
    const commentVoteCount = comments.reduce((sum, comment) => sum + comment.votes.length, 0);

    const progress = new SingleBar({
      format: 'Demo data [{bar}] {percentage}% {task}',
      stream: process.stderr,
    });
    progress.start(
      DEMO_STAFF.length +
        memberSectors.length +
        entries.length +
        voteCount +
        merges.length +
        1 +
        comments.length +
        commentVoteCount,
      0,
      { task: 'accounts' },
    );
    const staff = await this.staff(() => progress.increment());
    const members = await this.members(generatedMembers, () => progress.increment());

    progress.update({ task: 'suggestions' });
    const proposals = await this.suggestions(entries, plan, members, () => progress.increment());

    // Merged before the votes are cast: the plan has the duplicates' votes on their targets already.
    progress.update({ task: 'duplicates' });
    await this.mergeDuplicates(merges, proposals, required(staff, 'moderatie@kabinet.example'), () =>
      progress.increment(),
    );

    progress.update({ task: 'votes' });
    await this.castVotes(plan, proposals, members, () => progress.increment());

    progress.update({ task: 'pairwise answers' });
    const pairwiseAnswers = planPairwiseAnswers(plan, merges, members.length);
    await this.pairwise.importAnswers(
      pairwiseAnswers.map(({ member, pair, winner }) => ({
        memberId: at(members, member)._id,
        pair: [at(proposals, pair[0])._id, at(proposals, pair[1])._id],
        winnerId: winner === null ? null : at(proposals, winner)._id,
      })),
    );

    progress.update({ task: 'the ten commandments' });
    const merged = new Set(merges.map(({ duplicate }) => duplicate));
    const items = await this.curatedList(staff, (commandment) => {
      const own = proposals.find((proposal) => proposal.title === commandment.suggestion);
      const related = relatedSuggestions(commandment.theme, entries, plan, merged, RELATED_PER_ITEM);
      return [...(own ? [own] : []), ...related.map((index) => at(proposals, index))];
    });
    progress.increment();

    progress.update({ task: 'comments' });
    const commentIds = await this.discussions(comments, proposals, items, members, () =>
      progress.increment(),
    );
    progress.update({ task: 'votes on comments' });
    await this.importCommentVotes(comments, commentIds, members, () => progress.increment());
    progress.stop();

    const perSector = new Map<string, number>();
    for (const { sector } of memberSectors) {
      perSector.set(sector, (perSector.get(sector) ?? 0) + 1);
    }
    return (
      `Demo data loaded: ${entries.length} suggestions (${merges.length} merged as duplicates), ${voteCount} votes, ${pairwiseAnswers.length} pairwise answers, ${members.length} members, and the ten commandments with their follow-up; ${comments.length} comments on them with ${commentVoteCount} votes.\n` +
      `Members per sector: ${[...perSector]
        .sort(([, a], [, b]) => b - a)
        .map(([sector, count]) => `${sector} ${count}`)
        .join(', ')}.`
    );
  }

  /** Every planned vote, at its planned time. */
  private castVotes(
    plan: readonly PlannedSuggestion[],
    proposals: readonly ProposalRecord[],
    members: readonly User[],
    onEach: () => void,
  ): Promise<void> {
    return this.votes.importVotes(
      plan.flatMap((suggestion, index) =>
        suggestion.votes.map((vote) => ({
          proposalId: at(proposals, index)._id,
          userId: at(members, vote.voter)._id,
          value: vote.value,
          sector: at(members, vote.voter).sector,
          castAt: vote.at,
        })),
      ),
      onEach,
    );
  }

  /** What the demo moderator merged, through moderation as a moderator would, votes and all. */
  private async mergeDuplicates(
    merges: readonly { duplicate: number; into: number }[],
    proposals: readonly ProposalRecord[],
    moderator: User,
    onEach: () => void,
  ): Promise<void> {
    for (const { duplicate, into } of merges) {
      await this.moderation.merge(
        moderator,
        at(proposals, duplicate)._id.toHexString(),
        at(proposals, into)._id.toHexString(),
      );
      onEach();
    }
  }

  private async staff(onEach: () => void): Promise<Map<string, User>> {
    const staff = new Map<string, User>();
    for (const member of DEMO_STAFF) {
      staff.set(member.email, await this.user({ ...member, password: DEMO_PASSWORD }, member.roles));
      onEach();
    }
    return staff;
  }

  /** The named entrepreneurs first (ondernemerN), then the generated members (lidN). */
  private members(generated: readonly GeneratedMember[], onEach: () => void): Promise<User[]> {
    return this.users.importWithSharedPassword(
      [
        ...DEMO_ENTREPRENEURS.map(([displayName, organization, sector], index) => ({
          email: `ondernemer${index + 1}@kabinet.example`,
          displayName,
          organization,
          sector,
        })),
        ...generated.map((member, index) => ({ email: `lid${index + 1}@kabinet.example`, ...member })),
      ],
      DEMO_PASSWORD,
      { verified: true, onEach },
    );
  }

  /** Each entry sent by its planned author at its planned time; in the order of `entries`. */
  private async suggestions(
    entries: readonly DemoEntry[],
    plan: readonly PlannedSuggestion[],
    members: readonly User[],
    onEach: () => void,
  ): Promise<ProposalRecord[]> {
    const themeIds = new Map((await this.themes.all()).map((theme) => [theme.slug, theme._id.toHexString()]));
    const proposals: ProposalRecord[] = [];
    for (const [index, entry] of entries.entries()) {
      const planned = at(plan, index);
      proposals.push(
        await this.proposals.importSubmitted(
          at(members, planned.author),
          {
            title: entry.title,
            body: entry.body,
            themeId: themeIds.get(entry.theme) ?? '',
            tags: entry.tags,
            language: entry.language,
          },
          planned.createdAt,
        ),
      );
      onEach();
    }
    return proposals;
  }

  /**
   * Every planned comment, added as its author would add it. Discussions run side by side, each
   * in its own order (a thread before its replies), since each target's counters serialise its
   * comments anyway.
   */
  private async discussions(
    planned: readonly PlannedComment[],
    proposals: readonly ProposalRecord[],
    items: readonly { id: string }[],
    members: readonly User[],
    onEach: () => void,
  ): Promise<string[]> {
    const targetId = ({ target }: PlannedComment): string => {
      if ('commandment' in target) {
        return at(items, target.commandment).id;
      }
      const proposal = proposals.find((candidate) => candidate.title === target.suggestion);
      if (proposal === undefined) {
        throw new Error(`The demo comments discuss a suggestion that is not loaded: ${target.suggestion}`);
      }
      return proposal._id.toHexString();
    };
    const byTarget = new Map<string, number[]>();
    planned.forEach((comment, index) => {
      const id = targetId(comment);
      byTarget.set(id, [...(byTarget.get(id) ?? []), index]);
    });
    const ids: string[] = [];
    await Promise.all(
      [...byTarget].map(async ([id, indexes]) => {
        for (const index of indexes) {
          const comment = at(planned, index);
          const added = await this.comments.add(at(members, comment.author), {
            targetId: id,
            body: comment.body,
            alignment: CommentAlignmentEnum[comment.alignment],
            parentId: comment.parent === null ? null : at(ids, comment.parent),
          });
          ids[index] = added._id.toHexString();
          onEach();
        }
      }),
    );
    return ids;
  }

  /**
   * The planned votes on the comments (`ids` in the plan's order), imported at once: the plan
   * keeps the rules a cast checks (never on one's own comment), and one tally per comment sets
   * its counters, where a cast each would take most of the seed's time.
   */
  private async importCommentVotes(
    planned: readonly PlannedComment[],
    ids: readonly string[],
    members: readonly User[],
    onEach: () => void,
  ): Promise<void> {
    const votes = planned.flatMap((comment, index) =>
      comment.votes.map(({ voter, up }) => ({
        commentId: new Types.ObjectId(at(ids, index)),
        userId: at(members, voter)._id,
        value: up ? (1 as const) : (-1 as const),
      })),
    );
    await this.commentVotes.importVotes(votes, onEach);
  }

  /**
   * The ten commandments and the eleventh, handed to the Minister of Finance, and what followed;
   * answers the published items in the commandments' order.
   */
  private async curatedList(
    staff: Map<string, User>,
    linkedTo: (commandment: (typeof COMMANDMENTS)[number]) => ProposalRecord[],
  ): Promise<readonly { id: string }[]> {
    const editor = required(staff, 'redactie@kabinet.example');
    const liaison = required(staff, 'contact@minfin.example');
    const created = await this.lists.create(editor, {
      title: 'Tien geboden van het Kabinet van Vernieuwing',
      slug: 'tien-geboden-kabinet-van-vernieuwing',
      description:
        'Bijna 500 ondernemers dienden suggesties in. Het Kabinet van Vernieuwing bracht ze terug tot tien geboden, gepresenteerd door groene premier Ruud Koornstra, plus het elfde en laatste gebod van het virtuele Ministerie van Innovatie.',
      addressee: 'Minister van Financiën',
      language: 'nl',
    });
    const listId = created.list._id.toHexString();
    const items = COMMANDMENTS.map((commandment) => ({
      title: commandment.title,
      body: commandment.body,
      proposalIds: linkedTo(commandment).map((proposal) => proposal._id.toHexString()),
    }));
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
    return published.content.items;
  }

  /** Existing users are kept as they are, so seeding twice does not fail. */
  private async user(
    input: { email: string; password: string; displayName: string; organization?: string; sector?: string },
    roles: readonly User['roles'][number][],
  ): Promise<User> {
    // Verified, like the members, so that the demo shows the mail they would get.
    const users = await this.users.importWithSharedPassword([input], input.password, {
      roles,
      verified: true,
    });
    return at(users, 0);
  }
}

/** Suggestions linked to each curated item besides the one it condenses. */
const RELATED_PER_ITEM = 4;

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) {
    throw new Error(`The demo plan refers to position ${index} of a list of ${list.length}`);
  }
  return value;
}

function required(staff: ReadonlyMap<string, User>, email: string): User {
  const member = staff.get(email);
  if (member === undefined) {
    throw new Error(`The demo account ${email} is missing`);
  }
  return member;
}
