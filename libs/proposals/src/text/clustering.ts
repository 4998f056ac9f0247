import type { Language } from '@app/core';

/** One suggestion as the clustering reads it. */
export interface ClusterableText {
  id: string;
  title: string;
  body: string;
  language: Language;
}

export interface TextCluster {
  /** Two or more ids, the most representative suggestion first. */
  memberIds: string[];
  /** Words that characterise the cluster, most characteristic first, as people write them. */
  keywords: string[];
  /** A short name an editor recognises. */
  label: string;
}

export interface TextClustering {
  /** Largest first. */
  clusters: TextCluster[];
  /** Suggestions like no other. */
  unclustered: string[];
}

/** What `granularity` is when the caller gives none. */
export const DEFAULT_GRANULARITY = 0.5;

/**
 * Groups suggestions that are about the same thing. `granularity` (0–1) trades fewer, broader
 * clusters (low) against more, tighter ones (high).
 */
export function clusterTexts(
  texts: readonly ClusterableText[],
  granularity: number = DEFAULT_GRANULARITY,
): TextClustering {
  // A stand-in until the text model lands: every suggestion on its own.
  return { clusters: [], unclustered: granularity >= 0 ? texts.map((text) => text.id) : [] };
}
