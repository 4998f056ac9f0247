/** The workbench's rules that do not need the page: which clusters show, what a new item says. */

/**
 * Where the grouping slider starts, as long as the editor has not moved it (the request then
 * leaves `granularity` out). A test checks it against the API's documented default.
 */
export const API_DEFAULT_GRANULARITY = 0.3;

/** The API accepts at most this many suggestions per list item. */
export const MAX_SUGGESTIONS_PER_ITEM = 100;
/** And at most this many characters of item text. */
const MAX_ITEM_BODY = 10_000;

export interface ClusterForFilter {
  supporters: number;
  linkedInDraft: boolean;
}

export interface ClusterFilter {
  /** Leave out clusters of which a suggestion is linked in a draft already. */
  unusedOnly: boolean;
  minSupporters: number;
}

export function visibleClusters<Cluster extends ClusterForFilter>(
  clusters: readonly Cluster[],
  filter: ClusterFilter,
): Cluster[] {
  return clusters.filter(
    (cluster) => cluster.supporters >= filter.minSupporters && !(filter.unusedOnly && cluster.linkedInDraft),
  );
}

export interface ClusterForItem {
  label: string;
  /** The most representative suggestion first. */
  proposals: readonly { id: string; title: string; body: string }[];
}

export interface ItemDraft {
  title: string;
  body: string;
  proposalIds: string[];
}

/**
 * A first version of a list item for a cluster, for the editor to rewrite: the cluster's label as
 * title and the text of its most representative suggestion (its title when it has no text).
 */
export function itemFromCluster(cluster: ClusterForItem): ItemDraft {
  const [representative] = cluster.proposals;
  const text = representative?.body.trim() || representative?.title || '';
  return {
    title: cluster.label,
    body: text.slice(0, MAX_ITEM_BODY),
    proposalIds: cluster.proposals.slice(0, MAX_SUGGESTIONS_PER_ITEM).map((proposal) => proposal.id),
  };
}

export interface ScoredSuggestion {
  /** 0–100, null until the suggestion was compared. */
  pairwiseScore?: number | null;
  /** 0–1. */
  consensus?: number | null;
}

/** The best pairwise score and the best consensus among an item's suggestions; null when none has one. */
export function bestScores(suggestions: readonly ScoredSuggestion[]): {
  pairwiseScore: number | null;
  consensus: number | null;
} {
  const best = (values: (number | null | undefined)[]) => {
    const known = values.filter((value): value is number => typeof value === 'number');
    return known.length > 0 ? Math.max(...known) : null;
  };
  return {
    pairwiseScore: best(suggestions.map((suggestion) => suggestion.pairwiseScore)),
    consensus: best(suggestions.map((suggestion) => suggestion.consensus)),
  };
}
