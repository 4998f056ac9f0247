import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
import { type Language, RequestLanguage } from '@app/core';
import { FollowUpService } from './follow-up.service';
import {
  FollowUpEventModel,
  FollowUpModel,
  FollowUpStatusModel,
  RecordFollowUpInput,
  toFollowUpEventModel,
  toFollowUpModel,
  toFollowUpStatusModel,
  UpsertFollowUpStatusInput,
} from './models/follow-up.models';

@Resolver(() => FollowUpModel)
export class FollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @Public()
  @Query(() => [FollowUpStatusModel])
  async followUpStatuses(@RequestLanguage() language: Language): Promise<FollowUpStatusModel[]> {
    return (await this.followUps.statuses()).map((status) => toFollowUpStatusModel(status, language));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => FollowUpStatusModel, { description: 'Adds a status, or renames the status with this key.' })
  async upsertFollowUpStatus(
    @Args('input') input: UpsertFollowUpStatusInput,
    @RequestLanguage() language: Language,
  ): Promise<FollowUpStatusModel> {
    return toFollowUpStatusModel(
      await this.followUps.upsertStatus({
        key: input.key,
        nameNl: input.nameNl,
        nameEn: input.nameEn,
        kind: input.kind,
        color: input.color,
      }),
      language,
    );
  }

  @Roles(Role.LIAISON, Role.EDITOR)
  @Mutation(() => FollowUpModel, {
    description: 'Appends an event to the follow-up of a published list item.',
  })
  async recordFollowUp(
    @CurrentUser() actor: User,
    @Args('input') input: RecordFollowUpInput,
  ): Promise<FollowUpModel> {
    return toFollowUpModel(
      await this.followUps.record(actor, {
        itemId: input.itemId,
        statusKey: input.statusKey,
        progress: input.progress,
        note: input.note,
        link: input.link,
        occurredAt: input.occurredAt,
        nextReviewAt: input.nextReviewAt,
      }),
    );
  }

  @ResolveField(() => FollowUpStatusModel, { nullable: true })
  async status(
    @Parent() followUp: FollowUpModel,
    @Context('req') request: AuthenticatedRequest,
    @RequestLanguage() language: Language,
  ): Promise<FollowUpStatusModel | null> {
    const status = await this.followUps.statusLoader.for(request).load(followUp.record.statusKey);
    return status === null ? null : toFollowUpStatusModel(status, language);
  }

  @ResolveField(() => [FollowUpEventModel], { description: 'Oldest first; never edited or deleted.' })
  async events(
    @Parent() followUp: FollowUpModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<FollowUpEventModel[]> {
    return (await this.followUps.eventsLoader.for(request).load(followUp.record._id)).map(
      toFollowUpEventModel,
    );
  }
}

@Resolver(() => FollowUpEventModel)
export class FollowUpEventResolver {
  constructor(
    private readonly followUps: FollowUpService,
    private readonly users: UserLoader,
  ) {}

  @ResolveField(() => UserModel, { nullable: true })
  async actor(
    @Parent() event: FollowUpEventModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    const user = await this.users.for(request).load(event.record.actorId.toHexString());
    return user === null ? null : toUserModel(user);
  }

  @ResolveField(() => FollowUpStatusModel, { nullable: true })
  async fromStatus(
    @Parent() event: FollowUpEventModel,
    @Context('req') request: AuthenticatedRequest,
    @RequestLanguage() language: Language,
  ): Promise<FollowUpStatusModel | null> {
    if (event.record.fromStatus === null) {
      return null;
    }
    const status = await this.followUps.statusLoader.for(request).load(event.record.fromStatus);
    return status === null ? null : toFollowUpStatusModel(status, language);
  }

  @ResolveField(() => FollowUpStatusModel, { nullable: true })
  async toStatus(
    @Parent() event: FollowUpEventModel,
    @Context('req') request: AuthenticatedRequest,
    @RequestLanguage() language: Language,
  ): Promise<FollowUpStatusModel | null> {
    const status = await this.followUps.statusLoader.for(request).load(event.record.toStatus);
    return status === null ? null : toFollowUpStatusModel(status, language);
  }
}
