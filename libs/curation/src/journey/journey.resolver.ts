import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, type User } from '@app/accounts';
import { type Language, RequestLanguage } from '@app/core';
import {
  JourneyEventModel,
  ProposalJourneyService,
  ProposalModel,
  proposalJourney,
  sortJourney,
} from '@app/proposals';
import { FollowUpService } from '../follow-up/follow-up.service';
import { FollowUpStatusModel, toFollowUpStatusModel } from '../follow-up/models/follow-up.models';
import { ListJourneyService } from './list-journey.service';

/** Proposal.journey lives here: its list steps are curation's, and curation imports proposals. */
@Resolver(() => ProposalModel)
export class ProposalJourneyResolver {
  constructor(
    private readonly proposalJourneys: ProposalJourneyService,
    private readonly listJourneys: ListJourneyService,
  ) {}

  @ResolveField(() => [JourneyEventModel], {
    description:
      'What became of it, oldest first: submitted, edited, support milestones, merges, lists and their follow-up. Hiding, unhiding and withdrawal only for moderators and the author.',
  })
  async journey(
    @Parent() proposal: ProposalModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<JourneyEventModel[]> {
    const [facts, listSteps] = await Promise.all([
      this.proposalJourneys.factsLoader.for(request).load(proposal.id),
      this.listJourneys.stepsLoader.for(request).load(proposal.id),
    ]);
    return sortJourney([...proposalJourney(viewer, proposal.record, facts), ...listSteps]);
  }
}

@Resolver(() => JourneyEventModel)
export class JourneyEventStatusResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @ResolveField(() => FollowUpStatusModel, {
    nullable: true,
    description: 'HANDED_OVER and FOLLOW_UP: the status reached, named in the request language.',
  })
  async status(
    @Parent() event: JourneyEventModel,
    @Context('req') request: AuthenticatedRequest,
    @RequestLanguage() language: Language,
  ): Promise<FollowUpStatusModel | null> {
    if (event.statusKey === null) {
      return null;
    }
    const status = await this.followUps.statusLoader.for(request).load(event.statusKey);
    return status === null ? null : toFollowUpStatusModel(status, language);
  }
}
