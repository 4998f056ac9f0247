import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProposalModel, SectorSupportModel, toProposalModel } from '@app/proposals';
import type { ClusteringView, ClusterView } from '../proposal-clusters.service';

@ObjectType('ProposalCluster', {
  description: 'Published suggestions about the same thing, with their support.',
})
export class ProposalClusterModel {
  @Field(() => ID, { description: 'The same for the same suggestions, across requests.' })
  id!: string;

  @Field({ description: 'A short name an editor recognises.' })
  label!: string;

  @Field(() => [String], { description: 'Words that characterise the cluster, most characteristic first.' })
  keywords!: string[];

  @Field(() => Int)
  size!: number;

  @Field(() => [ProposalModel], { description: 'The most representative suggestion first.' })
  proposals!: ProposalModel[];

  @Field(() => Int, { description: 'Distinct members who voted up on any of its suggestions.' })
  supporters!: number;

  @Field(() => Int, { description: 'Up votes on its suggestions, summed.' })
  upvotes!: number;

  @Field(() => Int, { description: 'Down votes on its suggestions, summed.' })
  downvotes!: number;

  @Field(() => [SectorSupportModel], {
    description: "Votes on its suggestions per voter's sector ('anders' for none), most votes first.",
  })
  sectors!: SectorSupportModel[];

  @Field({
    description: 'Whether an item of an open draft of any curated list links one of its suggestions.',
  })
  linkedInDraft!: boolean;

  @Field(() => [ID], { description: 'Those of its suggestions that an item of an open draft links.' })
  linkedProposalIds!: string[];
}

@ObjectType('ProposalClustering')
export class ProposalClusteringModel {
  @Field(() => [ProposalClusterModel], {
    description: 'Best supported first: by supporters, then upvotes, then size.',
  })
  clusters!: ProposalClusterModel[];

  @Field(() => [ProposalModel], { description: 'Suggestions like no other, most upvoted first.' })
  unclustered!: ProposalModel[];

  @Field(() => Int, { description: 'Published suggestions the filter selects, clustered or not.' })
  proposalCount!: number;

  @Field({ description: 'When the grouping was computed; it is kept until the suggestions change.' })
  computedAt!: Date;
}

function toClusterModel(cluster: ClusterView): ProposalClusterModel {
  return {
    id: cluster.id,
    label: cluster.label,
    keywords: cluster.keywords,
    size: cluster.proposals.length,
    proposals: cluster.proposals.map((proposal) => toProposalModel(proposal)),
    supporters: cluster.supporters,
    upvotes: cluster.upvotes,
    downvotes: cluster.downvotes,
    sectors: cluster.sectors,
    linkedInDraft: cluster.linkedProposalIds.length > 0,
    linkedProposalIds: cluster.linkedProposalIds,
  };
}

export function toProposalClusteringModel(view: ClusteringView): ProposalClusteringModel {
  return {
    clusters: view.clusters.map(toClusterModel),
    unclustered: view.unclustered.map((proposal) => toProposalModel(proposal)),
    proposalCount: view.proposalCount,
    computedAt: view.computedAt,
  };
}
