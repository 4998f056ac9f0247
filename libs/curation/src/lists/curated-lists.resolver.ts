import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedRequest,
  CurrentUser,
  Public,
  Role,
  Roles,
  toUserModel,
  type User,
  UserLoader,
  UserModel,
} from '@app/accounts';
import { type Connection, mapConnection } from '@app/core';
import { ProposalModel, ProposalsService, toProposalModel } from '@app/proposals';
import { FollowUpService } from '../follow-up/follow-up.service';
import { FollowUpModel, FollowUpSummaryModel, toFollowUpModel } from '../follow-up/models/follow-up.models';
import { CuratedListsService } from './curated-lists.service';
import { type ListedSuggestion, listedSuggestions } from './listed-suggestions';
import {
  CreateCuratedListInput,
  CuratedListConnection,
  CuratedListItemInput,
  CuratedListItemModel,
  CuratedListModel,
  CuratedListsArgs,
  CuratedListVersionModel,
  ListedSuggestionModel,
  toCuratedListModel,
  UpdateCuratedListDraftInput,
} from './models/curated-list.models';

@Resolver(() => CuratedListModel)
export class CuratedListsResolver {
  constructor(
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
    private readonly users: UserLoader,
  ) {}

  @Public()
  @Query(() => CuratedListModel, {
    nullable: true,
    description: 'The latest published version by default; `draft: true` gives editors the open draft.',
  })
  async curatedList(
    @CurrentUser() viewer: User | null,
    @Args('slug') slug: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('draft', { defaultValue: false }) draft: boolean,
  ): Promise<CuratedListModel | null> {
    const view = await this.lists.find(viewer, slug, version, draft);
    return view === null ? null : toCuratedListModel(view);
  }

  @Public()
  @Query(() => CuratedListConnection)
  async curatedLists(
    @CurrentUser() viewer: User | null,
    @Args() args: CuratedListsArgs,
  ): Promise<Connection<CuratedListModel>> {
    return mapConnection(await this.lists.page(viewer, args), toCuratedListModel);
  }

  @Roles(Role.EDITOR)
  @Mutation(() => CuratedListModel, { description: 'Creates a list with an empty draft.' })
  async createCuratedList(
    @CurrentUser() editor: User,
    @Args('input') input: CreateCuratedListInput,
  ): Promise<CuratedListModel> {
    return toCuratedListModel(
      await this.lists.create(editor, {
        title: input.title,
        slug: input.slug,
        description: input.description ?? '',
        addressee: input.addressee,
        language: input.language,
      }),
    );
  }

  @Roles(Role.EDITOR)
  @Mutation(() => CuratedListModel, { description: 'Edits the draft; `items` replaces all items, in order.' })
  async updateCuratedListDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCuratedListDraftInput,
  ): Promise<CuratedListModel> {
    return toCuratedListModel(
      await this.lists.updateDraft(id, {
        title: input.title,
        description: input.description,
        addressee: input.addressee,
        items: input.items?.map((item) => ({
          id: item.id,
          title: item.title,
          body: item.body ?? '',
          proposalIds: item.proposalIds,
        })),
      }),
    );
  }

  @Roles(Role.EDITOR)
  @Mutation(() => CuratedListModel, {
    description:
      'Appends one item to the draft (at most 25 in all), with a new id (`input.id` is ignored). Concurrent calls each add their item, unlike `updateCuratedListDraft`, which replaces all items.',
  })
  async addDraftItem(
    @Args('listId', { type: () => ID }) listId: string,
    @Args('input') input: CuratedListItemInput,
  ): Promise<CuratedListModel> {
    return toCuratedListModel(
      await this.lists.addDraftItem(listId, {
        title: input.title,
        body: input.body ?? '',
        proposalIds: input.proposalIds,
      }),
    );
  }

  @Roles(Role.EDITOR)
  @Mutation(() => CuratedListModel, { description: 'Freezes the draft as the next version.' })
  async publishCuratedList(
    @CurrentUser() editor: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CuratedListModel> {
    return toCuratedListModel(await this.lists.publish(editor, id));
  }

  @Roles(Role.EDITOR)
  @Mutation(() => CuratedListModel, { description: 'Opens a draft from the latest version.' })
  async reviseCuratedList(@Args('id', { type: () => ID }) id: string): Promise<CuratedListModel> {
    return toCuratedListModel(await this.lists.revise(id));
  }

  @ResolveField(() => UserModel, { nullable: true })
  async publishedBy(
    @Parent() list: CuratedListModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    const id = list.view.publishedBy;
    const user = id === null ? null : await this.users.for(request).load(id.toHexString());
    return user === null ? null : toUserModel(user);
  }

  @ResolveField(() => [CuratedListVersionModel], { description: 'All published versions, oldest first.' })
  versions(@Parent() list: CuratedListModel): Promise<CuratedListVersionModel[]> {
    return this.lists.versions(list.view.list);
  }

  @ResolveField(() => FollowUpSummaryModel, { description: 'Follow-up of the items of the version shown.' })
  followUpSummary(@Parent() list: CuratedListModel): Promise<FollowUpSummaryModel> {
    return this.followUps.summary(list.view.status === 'PUBLISHED' ? list.items.map((item) => item.id) : []);
  }
}

@Resolver(() => CuratedListItemModel)
export class CuratedListItemResolver {
  constructor(
    private readonly proposalsService: ProposalsService,
    private readonly followUps: FollowUpService,
    private readonly lists: CuratedListsService,
  ) {}

  @ResolveField(() => [ProposalModel], {
    description:
      'The suggestions this item condenses as they are now (live text and counts), leaving out those hidden from you. What a published version handed over is in `suggestions`.',
  })
  async proposals(
    @Parent() item: CuratedListItemModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel[]> {
    return (await this.suggestionsOf(item, viewer, request)).flatMap(({ proposal }) =>
      proposal === null ? [] : [toProposalModel(proposal)],
    );
  }

  @ResolveField(() => [ListedSuggestionModel], {
    description:
      'The suggestions this item condenses, in order, with their text as the version shown has it (as published, for a published version).',
  })
  async suggestions(
    @Parent() item: CuratedListItemModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ListedSuggestionModel[]> {
    return (await this.suggestionsOf(item, viewer, request)).map((suggestion) => ({
      ...suggestion,
      proposal: suggestion.proposal === null ? null : toProposalModel(suggestion.proposal),
    }));
  }

  private async suggestionsOf(
    item: CuratedListItemModel,
    viewer: User | null,
    request: AuthenticatedRequest,
  ): Promise<ListedSuggestion[]> {
    const ids = item.record.proposalIds.map((id) => id.toHexString());
    const loaded = await this.proposalsService.loader.for(request).loadMany(ids);
    const current = new Map(
      loaded.flatMap((proposal) =>
        proposal === null || proposal instanceof Error
          ? []
          : [[proposal._id.toHexString(), proposal] as const],
      ),
    );
    return listedSuggestions(viewer, ids, item.snapshots, current);
  }

  @ResolveField(() => Int, { description: 'Published comments on this item; 0 for items of a draft.' })
  async commentCount(
    @Parent() item: CuratedListItemModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<number> {
    return item.published ? this.lists.itemCommentCountLoader.for(request).load(item.id) : 0;
  }

  @ResolveField(() => FollowUpModel, { nullable: true, description: 'Null for items of a draft.' })
  async followUp(
    @Parent() item: CuratedListItemModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<FollowUpModel | null> {
    if (!item.published) {
      return null;
    }
    const followUp = await this.followUps.followUpLoader.for(request).load(item.id);
    return followUp === null ? null : toFollowUpModel(followUp);
  }
}

@Resolver(() => ProposalModel)
export class ProposalIncludedInResolver {
  constructor(private readonly lists: CuratedListsService) {}

  @ResolveField(() => [CuratedListModel], {
    description: 'The published lists (latest versions) that include it.',
  })
  async includedIn(
    @Parent() proposal: ProposalModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<CuratedListModel[]> {
    return (await this.lists.includedInLoader.for(request).load(proposal.id)).map(toCuratedListModel);
  }
}
