import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import {
  type AuthenticatedRequest,
  CurrentUser,
  hasAnyRole,
  Public,
  Role,
  Roles,
  SectorsService,
  toUserModel,
  type User,
  UserLoader,
  UserModel,
} from '@app/accounts';
import { type Connection, type Language, mapConnection, RequestLanguage } from '@app/core';
import { MyFlagModel, toMyFlagModel } from '../moderation/models/my-flag.model';
import { ModerationService } from '../moderation/moderation.service';
import { ThemeModel, toThemeModel } from '../themes/models/theme.model';
import { ThemesService } from '../themes/themes.service';
import { consensusShare } from '../ranking/consensus';
import { SectorSupportModel } from '../votes/models/sector-support.model';
import { supportBySector } from '../votes/support-by-sector';
import { voteId } from '../votes/vote.schema';
import { VotesService } from '../votes/votes.service';
import type { ProposalRecord } from './proposal.schema';
import { ProposalsArgs, SubmitProposalInput, UpdateProposalInput } from './dto/proposal.inputs';
import { VoteValueEnum } from './models/enums';
import { ProposalConnection, ProposalModel, toProposalModel } from './models/proposal.model';
import { ProposalsService } from './proposals.service';

function isModerator(viewer: User | null): viewer is User {
  return viewer !== null && hasAnyRole(viewer.roles, [Role.MODERATOR]);
}

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposalsService: ProposalsService,
    private readonly votes: VotesService,
    private readonly moderation: ModerationService,
    private readonly themes: ThemesService,
    private readonly users: UserLoader,
    private readonly sectors: SectorsService,
  ) {}

  @Public()
  @Query(() => ProposalModel, {
    nullable: true,
    description: 'Null when it does not exist or is hidden from you.',
  })
  async proposal(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User | null,
  ): Promise<ProposalModel | null> {
    const proposal = await this.proposalsService.findVisible(viewer, id);
    return proposal === null ? null : toProposalModel(proposal);
  }

  @Public()
  @Query(() => ProposalConnection)
  async proposals(
    @Args() args: ProposalsArgs,
    @CurrentUser() viewer: User | null,
  ): Promise<Connection<ProposalModel>> {
    return mapConnection(await this.proposalsService.list(viewer, args), ({ proposal, score }) =>
      toProposalModel(proposal, score),
    );
  }

  @Public()
  @Query(() => [ProposalModel], {
    description:
      'Published suggestions about what `text` is about ("did you mean"), best first; score = cosine similarity (0–1) of TF-IDF vectors of stemmed words, title weighted up (docs/RANKING.md).',
  })
  async similarProposals(
    @Args('text') text: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<ProposalModel[]> {
    return (await this.proposalsService.similar(text, first)).map(({ proposal, score }) =>
      toProposalModel(proposal, score),
    );
  }

  @Roles(Role.MEMBER)
  @Mutation(() => ProposalModel)
  async submitProposal(
    @CurrentUser() user: User,
    @Args('input') input: SubmitProposalInput,
  ): Promise<ProposalModel> {
    return toProposalModel(
      await this.proposalsService.submit(user, {
        title: input.title,
        body: input.body,
        themeId: input.themeId,
        tags: input.tags ?? [],
        language: input.language,
      }),
    );
  }

  @Mutation(() => ProposalModel, { description: 'Author only, until it has 10 votes or is 7 days old.' })
  async updateProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProposalInput,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.proposalsService.update(user, id, input));
  }

  @Mutation(() => ProposalModel, { description: 'Author only.' })
  async withdrawProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.proposalsService.withdraw(user, id, reason));
  }

  @Roles(Role.MEMBER)
  @Mutation(() => ProposalModel, {
    description: 'The same value twice changes nothing; the other value flips the vote.',
  })
  async castVote(
    @CurrentUser() user: User,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('value', { type: () => VoteValueEnum }) value: VoteValueEnum,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel> {
    const outcome = await this.votes.cast(user, proposalId, value);
    this.votes.primeViewerVote(request, user, outcome);
    return toProposalModel(outcome.proposal);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => ProposalModel)
  async retractVote(
    @CurrentUser() user: User,
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel> {
    const outcome = await this.votes.retract(user, proposalId);
    this.votes.primeViewerVote(request, user, outcome);
    return toProposalModel(outcome.proposal);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, { description: 'Once per member; five flags hide it until a moderator decides.' })
  async flagProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    await this.moderation.flag(user, id, reason);
    return true;
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ProposalModel)
  async hideProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.moderation.hide(user, id, reason));
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ProposalModel)
  async unhideProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.moderation.unhide(user, id));
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ProposalModel, {
    description:
      'A reported, published suggestion is fine: it leaves flaggedProposals, and reports no longer hide it by themselves. In the audit log.',
  })
  async clearProposalFlags(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.moderation.clearFlags(user, id));
  }

  @Roles(Role.MODERATOR)
  @Query(() => ProposalConnection, {
    description:
      'Reported suggestions a moderator has not decided on yet (published with reports, or hidden automatically), most reports first.',
  })
  async flaggedProposals(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<ProposalModel>> {
    return mapConnection(await this.moderation.flagged({ first, after }), (record) =>
      toProposalModel(record),
    );
  }

  @ResolveField(() => Int, { nullable: true, description: 'Moderators only; null for others.' })
  flagCount(@Parent() proposal: ProposalModel, @CurrentUser() viewer: User | null): number | null {
    return isModerator(viewer) ? proposal.record.flagCount : null;
  }

  @ResolveField(() => [String], {
    nullable: true,
    description: 'The reasons members gave, newest first; moderators only, null for others.',
  })
  async flagReasons(
    @Parent() proposal: ProposalModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<string[] | null> {
    if (!isModerator(viewer)) {
      return null;
    }
    return this.moderation.reasonsLoader.for(request).load(proposal.record._id.toHexString());
  }

  @ResolveField(() => MyFlagModel, {
    nullable: true,
    description: "Your own report of it; null when not signed in or not reported. Never another member's.",
  })
  async myFlag(
    @Parent() proposal: ProposalModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<MyFlagModel | null> {
    if (viewer === null) {
      return null;
    }
    const flag = await this.moderation.flagLoader.for(request).load(voteId(proposal.record._id, viewer._id));
    return flag === null ? null : toMyFlagModel(flag);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ProposalModel, {
    description: 'Marks `id` as a duplicate of `intoId` and moves its votes there.',
  })
  async mergeProposal(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('intoId', { type: () => ID }) intoId: string,
  ): Promise<ProposalModel> {
    return toProposalModel(await this.moderation.merge(user, id, intoId));
  }

  @Public()
  @Subscription(() => ProposalModel, {
    description: 'The vote counts of a suggestion, each time they change.',
    // Nest calls the filter with the resolver as `this`.
    async filter(
      this: ProposalsResolver,
      payload: ProposalRecord,
      variables: { proposalId: string },
      context: { req: AuthenticatedRequest },
    ): Promise<boolean> {
      return (
        payload._id.toHexString() === variables.proposalId &&
        (await this.votes.mayReceiveCounts(context.req.user ?? null, payload))
      );
    },
    resolve: (payload: ProposalRecord) => toProposalModel(payload),
  })
  proposalVotesChanged(
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): AsyncIterableIterator<ProposalRecord> {
    return this.votes.countsChanged(proposalId);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  async theme(
    @Parent() proposal: ProposalModel,
    @Context('req') request: AuthenticatedRequest,
    @RequestLanguage() language: Language,
  ): Promise<ThemeModel | null> {
    const theme = await this.themes.loader.for(request).load(proposal.record.themeId.toHexString());
    return theme === null ? null : toThemeModel(theme, language);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async author(
    @Parent() proposal: ProposalModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    const author = await this.users.for(request).load(proposal.record.authorId.toHexString());
    return author === null ? null : toUserModel(author);
  }

  @ResolveField(() => [SectorSupportModel], {
    description:
      'Votes per sector of the voters when they voted, every listed sector in list order (none: 0 and 0); votes without a sector count under "anders". Aggregated: never who voted. Visible with the vote counts.',
  })
  async supportBySector(
    @Parent() proposal: ProposalModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<SectorSupportModel[]> {
    const sectors = await this.sectors.listLoader.for(request).load('all');
    return supportBySector(proposal.record.sectorVotes, sectors);
  }

  @ResolveField(() => Float, {
    description:
      'Agreement across sectors for display, 0–1: the geometric mean over the listed sectors of (up + 1) / (up + down + 2), 0.5 without votes; ranks as CONSENSUS does. Visible with the vote counts.',
  })
  async consensus(
    @Parent() proposal: ProposalModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<number> {
    const sectors = await this.sectors.listLoader.for(request).load('all');
    const voted = proposal.record.sectorVotes.length;
    return consensusShare(proposal.record.scores.consensus, Math.max(sectors.length, voted));
  }

  @ResolveField(() => VoteValueEnum, {
    nullable: true,
    description: 'Your vote; null when anonymous or not voted.',
  })
  async myVote(
    @Parent() proposal: ProposalModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<VoteValueEnum | null> {
    if (viewer === null) {
      return null;
    }
    const vote = await this.votes.voteLoader.for(request).load(voteId(proposal.record._id, viewer._id));
    if (vote === null) {
      return null;
    }
    return vote.value === 1 ? VoteValueEnum.UP : VoteValueEnum.DOWN;
  }
}
