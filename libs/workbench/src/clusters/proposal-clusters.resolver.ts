import { Args, Float, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@app/accounts';
import { DEFAULT_GRANULARITY, ProposalFilter } from '@app/proposals';
import { ProposalClusteringModel, toProposalClusteringModel } from './models/proposal-clustering.model';
import { ProposalClustersService } from './proposal-clusters.service';

@Resolver(() => ProposalClusteringModel)
export class ProposalClustersResolver {
  constructor(private readonly clusters: ProposalClustersService) {}

  @Roles(Role.EDITOR)
  @Query(() => ProposalClusteringModel, {
    description:
      'The published suggestions the filter selects, grouped by what they are about, for editors. Merged suggestions count with their target (their votes moved there); hidden and withdrawn ones are left out.',
  })
  async proposalClusters(
    @Args('filter', { type: () => ProposalFilter, nullable: true }) filter: ProposalFilter | null,
    @Args('granularity', {
      type: () => Float,
      nullable: true,
      description: `0 to 1: lower gives fewer, broader clusters, higher more, tighter ones. ${DEFAULT_GRANULARITY} when omitted.`,
    })
    granularity: number | null,
  ): Promise<ProposalClusteringModel> {
    return toProposalClusteringModel(await this.clusters.clusters(filter, granularity));
  }
}
