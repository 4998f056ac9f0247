import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '@app/core';
import { CuratedListsService } from '@app/curation';
import {
  type ClusterableText,
  type CountedVote,
  DEFAULT_GRANULARITY,
  type ProposalListArgs,
  type ProposalRecord,
  ProposalsService,
  type TextCluster,
  VotesService,
} from '@app/proposals';
import { ClusteringCache } from './clustering-cache';
import { type ClusterSupport, supportOf } from './cluster-support';
import { TextClusterer } from './text-clusterer';

/** Requests (filter and granularity) whose clustering is kept; each holds ids, labels and words. */
const CACHED_CLUSTERINGS = 16;

const granularitySchema = z.number().min(0).max(1);

export type ClusterFilter = ProposalListArgs['filter'];

export interface ClusterView extends ClusterSupport {
  /** The same for the same suggestions, so a client can keep one open across requests. */
  id: string;
  label: string;
  keywords: string[];
  /** The most representative first. */
  proposals: ProposalRecord[];
  /** Those of its suggestions that an item of an open draft links. */
  linkedProposalIds: string[];
}

export interface ClusteringView {
  /** Best supported first. */
  clusters: ClusterView[];
  /** Most upvoted first. */
  unclustered: ProposalRecord[];
  proposalCount: number;
  computedAt: Date;
}

function clusterIdOf(memberIds: readonly string[]): string {
  return createHash('sha256')
    .update([...memberIds].sort().join(','))
    .digest('base64url')
    .slice(0, 22);
}

function textOf(proposal: ProposalRecord): ClusterableText {
  return {
    id: proposal._id.toHexString(),
    title: proposal.title,
    body: proposal.body,
    language: proposal.language,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function votesByProposal(votes: readonly CountedVote[]): Map<string, CountedVote[]> {
  const grouped = new Map<string, CountedVote[]>();
  for (const vote of votes) {
    const key = vote.proposalId.toHexString();
    const group = grouped.get(key) ?? [];
    group.push(vote);
    grouped.set(key, group);
  }
  return grouped;
}

function clusterView(
  cluster: TextCluster,
  members: ProposalRecord[],
  votes: ReadonlyMap<string, CountedVote[]>,
  linked: ReadonlySet<string>,
): ClusterView {
  const ids = members.map((proposal) => proposal._id.toHexString());
  return {
    id: clusterIdOf(ids),
    label: cluster.label,
    keywords: cluster.keywords,
    proposals: members,
    linkedProposalIds: ids.filter((id) => linked.has(id)),
    ...supportOf(ids.flatMap((id) => votes.get(id) ?? [])),
  };
}

/**
 * The editors' view of what people said: published suggestions grouped by what they are about,
 * each group with its support. The clustering is cached while the texts are unchanged; the
 * support is summed from the votes on every request, so it is never older than the request.
 */
@Injectable()
export class ProposalClustersService {
  private readonly cache = new ClusteringCache(CACHED_CLUSTERINGS);

  constructor(
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly lists: CuratedListsService,
    private readonly clusterer: TextClusterer,
  ) {}

  async clusters(filter: ClusterFilter, granularity: number | null = null): Promise<ClusteringView> {
    const level = parseInput(granularitySchema, granularity ?? DEFAULT_GRANULARITY, 'granularity');
    // Hidden, withdrawn and merged suggestions are not read, so their text reaches no label.
    const published = await this.proposals.allPublished(filter);
    const texts = published.map(textOf);
    const { clustering, computedAt } = await this.cache.get(
      JSON.stringify([filter?.themeId, filter?.authorId, filter?.tag, filter?.search, level]),
      texts,
      () => this.clusterer.cluster(texts, level),
    );
    const records = new Map(published.map((proposal) => [proposal._id.toHexString(), proposal]));
    const groups = clustering.clusters.map((cluster) => ({
      cluster,
      members: cluster.memberIds.flatMap((id) => records.get(id) ?? []),
    }));
    const clusteredIds = groups.flatMap(({ members }) =>
      members.map((proposal) => proposal._id.toHexString()),
    );
    const [votes, linked] = await Promise.all([
      this.votes.votesOn(clusteredIds),
      this.lists.linkedInDrafts(),
    ]);
    const byProposal = votesByProposal(votes);
    const clustered = new Set(clusteredIds);
    return {
      clusters: groups
        .map(({ cluster, members }) => clusterView(cluster, members, byProposal, linked))
        .sort(
          (a, b) =>
            b.supporters - a.supporters ||
            b.upvotes - a.upvotes ||
            b.proposals.length - a.proposals.length ||
            compareIds(a.id, b.id),
        ),
      unclustered: published
        .filter((proposal) => !clustered.has(proposal._id.toHexString()))
        .sort((a, b) => b.upvotes - a.upvotes || compareIds(a._id.toHexString(), b._id.toHexString())),
      proposalCount: published.length,
      computedAt,
    };
  }
}
