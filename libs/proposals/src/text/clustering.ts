import type { Language } from '@app/core';
import { averageLinkage } from './average-linkage';
import { similarityGraph } from './similarity-graph';
import { buildTextModel, cosine, type SparseVector, type TextModel } from './text-model';

/** One suggestion as the clustering reads it. */
export interface ClusterableText {
  id: string;
  title: string;
  body: string;
  language: Language;
}

export interface TextCluster {
  /** At least MIN_CLUSTER_SIZE ids, the most representative suggestion first. */
  memberIds: string[];
  /** Words that characterise the cluster, most characteristic first, as people write them. */
  keywords: string[];
  /** A short name an editor recognises. */
  label: string;
}

export interface TextClustering {
  /** Largest first. */
  clusters: TextCluster[];
  /** Suggestions like no other, or like only one other. */
  unclustered: string[];
}

/** What `granularity` is when the caller gives none. */
export const DEFAULT_GRANULARITY = 0.3;

/**
 * The fewest suggestions that make a cluster. Two alike are a duplicate pair (moderators merge
 * those), not a concern an editor condenses; showing pairs as clusters gave the demo's ~500
 * suggestions well over a hundred clusters instead of tens (figures in docs/RANKING.md).
 */
export const MIN_CLUSTER_SIZE = 3;

/**
 * The similarity cut at granularity 0 and 1 (see clusterThreshold). Suggestions are short, so even
 * two about the same concern share few words: on the labelled set the best cut lies near 0.07.
 */
const THRESHOLD_RANGE = { broadest: 0.02, tightest: 0.25 } as const;
/** Each suggestion's most similar others that the clustering considers (see similarityGraph). */
const GRAPH_NEIGHBOURS = 30;
/** Pairs less similar than this never matter to a cut in THRESHOLD_RANGE and are left out. */
const GRAPH_FLOOR = 0.02;
const KEYWORD_COUNT = 6;

/**
 * The average cosine similarity two clusters need to be merged: geometric in `granularity` between
 * THRESHOLD_RANGE's ends, so each step of the slider changes the cut by the same factor (a step from
 * 0.02 to 0.03 matters as much as one from 0.2 to 0.3). A granularity outside 0–1 is taken as the
 * nearest end.
 */
export function clusterThreshold(granularity: number): number {
  const g = Number.isFinite(granularity) ? Math.min(Math.max(granularity, 0), 1) : DEFAULT_GRANULARITY;
  return THRESHOLD_RANGE.broadest * (THRESHOLD_RANGE.tightest / THRESHOLD_RANGE.broadest) ** g;
}

/**
 * Groups suggestions that are about the same thing. `granularity` (0–1) trades fewer, broader
 * clusters (low) against more, tighter ones (high).
 *
 * The texts become TF-IDF vectors (text-model.ts), each keeps its most similar others
 * (similarity-graph.ts), and average-linkage clustering merges groups while their mean similarity
 * is at least clusterThreshold(granularity) (average-linkage.ts). The texts are taken in id order,
 * so the same suggestions give the same clusters whatever order they come in.
 */
export function clusterTexts(
  texts: readonly ClusterableText[],
  granularity: number = DEFAULT_GRANULARITY,
): TextClustering {
  const ordered = [...texts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const model = buildTextModel(ordered);
  const graph = similarityGraph(model.vectors, { neighbours: GRAPH_NEIGHBOURS, floor: GRAPH_FLOOR });
  const roots = averageLinkage(graph, clusterThreshold(granularity));
  const groups = new Map<number, number[]>();
  roots.forEach((root, index) => {
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [index]);
    else group.push(index);
  });
  const clusters: TextCluster[] = [];
  const unclustered: string[] = [];
  for (const members of groups.values()) {
    if (members.length >= MIN_CLUSTER_SIZE) clusters.push(describeCluster(members, ordered, model));
    else unclustered.push(...members.map((index) => (ordered[index] as ClusterableText).id));
  }
  // Groups come in order of their first member, so equal sizes keep the id order.
  clusters.sort((a, b) => b.memberIds.length - a.memberIds.length);
  return { clusters, unclustered };
}

/** The sum of the members' vectors, by term id. */
function centroidOf(vectors: readonly SparseVector[]): Map<number, number> {
  const centroid = new Map<number, number>();
  for (const vector of vectors) {
    vector.terms.forEach((term, k) =>
      centroid.set(term, (centroid.get(term) ?? 0) + (vector.weights[k] as number)),
    );
  }
  return centroid;
}

/**
 * Members ordered by their summed similarity to the whole cluster (the dot product with the sum of
 * the vectors, which is the sum of cosines to every member), so the most representative comes
 * first; its title is the label. Keywords are the terms heaviest in the sum, as people wrote them.
 */
function describeCluster(
  members: readonly number[],
  texts: readonly ClusterableText[],
  model: TextModel,
): TextCluster {
  const vectors = members.map((index) => model.vectors[index] as SparseVector);
  const centroid = centroidOf(vectors);
  const centroidTerms = Int32Array.from([...centroid.keys()].sort((a, b) => a - b));
  const centroidVector: SparseVector = {
    terms: centroidTerms,
    weights: Float64Array.from(centroidTerms, (term) => centroid.get(term) ?? 0),
  };
  const ranked = members
    .map((index, position) => ({
      index,
      centrality: cosine(vectors[position] as SparseVector, centroidVector),
    }))
    .sort((a, b) => b.centrality - a.centrality || a.index - b.index);
  const keywords: string[] = [];
  const heaviest = [...centroid].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [term] of heaviest) {
    const surface = model.surfaces[term] ?? '';
    if (surface !== '' && !keywords.includes(surface)) keywords.push(surface);
    if (keywords.length === KEYWORD_COUNT) break;
  }
  const memberIds = ranked.map(({ index }) => (texts[index] as ClusterableText).id);
  return { memberIds, keywords, label: (texts[ranked[0]?.index ?? 0] as ClusterableText).title };
}
