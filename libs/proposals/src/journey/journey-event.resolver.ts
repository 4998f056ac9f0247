import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, type User } from '@app/accounts';
import { ProposalModel, toProposalModel } from '../proposals/models/proposal.model';
import { ProposalsService } from '../proposals/proposals.service';
import { canReadProposal } from '../proposals/visibility';
import { JourneyEventModel } from './journey-event.model';

@Resolver(() => JourneyEventModel)
export class JourneyEventResolver {
  constructor(private readonly proposals: ProposalsService) {}

  @ResolveField(() => ProposalModel, {
    nullable: true,
    description: 'MERGED_INTO and MERGED_WITH: the other suggestion; null when hidden from the viewer.',
  })
  async proposal(
    @Parent() event: JourneyEventModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel | null> {
    if (event.otherProposalId === null) {
      return null;
    }
    const other = await this.proposals.loader.for(request).load(event.otherProposalId);
    return other !== null && canReadProposal(viewer, other) ? toProposalModel(other) : null;
  }
}
