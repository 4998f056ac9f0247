import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { apiLaunch } from '../../apps/api/src/launch';
import { adjustedRandIndex } from '../../libs/proposals/src/text/adjusted-rand-index';
import {
  clusterTexts,
  clusterThreshold,
  DEFAULT_GRANULARITY,
} from '../../libs/proposals/src/text/clustering';
import {
  LABELLED_SETS,
  type LabelledSetName,
  type LabelledSuggestion,
  readLabelledSet,
} from './clustering-corpus';
import { round } from './stats';

const TARGET_MS: Record<number, number> = { 500: 1_000, 10_000: 20_000 };

export interface ClusteringQuality {
  granularity: number;
  threshold: number;
  clusters: number;
  unclustered: number;
  ari: number;
}

export interface ClusteringTiming {
  size: number;
  ms: number;
  /** CPU time of the process (all its threads, so garbage collection too): the figure a busy machine does not inflate. */
  cpuMs: number;
  /** The machine's 1-minute load average when the run started (2 cores: above 2, others wait for CPU). */
  loadAverage: number;
  clusters: number;
  unclustered: number;
  largestCluster: number;
  peakRssMiB: number;
  rssBeforeMiB: number;
}

/** What a labelled set holds: suggestions, concerns of two or more, and concerns of one. */
export interface LabelledSetSize {
  suggestions: number;
  groups: number;
  loners: number;
}

export interface ClusteringResults {
  labelled: LabelledSetSize;
  defaultGranularity: number;
  /** On the tuning set (bench/data/clustering-labelled.json). */
  quality: ClusteringQuality[];
  /** The same on the held-out set; absent in results measured before it existed. */
  heldOut?: LabelledSetSize & { quality: ClusteringQuality[] };
  timings: ClusteringTiming[];
}

/** The default clustering's (and each granularity's) agreement with the labelled set. */
function qualityAt(labelled: readonly LabelledSuggestion[], granularity: number): ClusteringQuality {
  const result = clusterTexts(labelled, granularity);
  const clusterOf = new Map<string, string>();
  result.clusters.forEach((cluster, index) =>
    cluster.memberIds.forEach((id) => clusterOf.set(id, `cluster-${index}`)),
  );
  // A suggestion left unclustered is a group of its own.
  const predicted = labelled.map((text) => clusterOf.get(text.id) ?? `alone-${text.id}`);
  return {
    granularity,
    threshold: round(clusterThreshold(granularity), 4),
    clusters: result.clusters.length,
    unclustered: result.unclustered.length,
    ari: round(
      adjustedRandIndex(
        labelled.map((text) => text.group),
        predicted,
      ),
      3,
    ),
  };
}

async function timeInChild(root: string, size: number): Promise<ClusteringTiming> {
  const child = fork(join(__dirname, 'clustering-child.js'), [String(size), root], {
    // The heap options `npm start` gives the API (config.apiNodeOptions), which the clustering runs in.
    execArgv: apiLaunch(root).nodeOptions,
  });
  const [message] = (await once(child, 'message')) as [ClusteringTiming];
  await once(child, 'exit');
  return {
    ...message,
    ms: round(message.ms, 0),
    cpuMs: round(message.cpuMs, 0),
    loadAverage: round(message.loadAverage),
    peakRssMiB: round(message.peakRssMiB),
    rssBeforeMiB: round(message.rssBeforeMiB),
  };
}

function sizeOf(labelled: readonly LabelledSuggestion[]): LabelledSetSize {
  const groups = new Map<string, number>();
  for (const text of labelled) groups.set(text.group, (groups.get(text.group) ?? 0) + 1);
  return {
    suggestions: labelled.length,
    groups: [...groups.values()].filter((count) => count > 1).length,
    loners: [...groups.values()].filter((count) => count === 1).length,
  };
}

/** Quality on both labelled sets, and time and memory for grown corpora of these sizes. */
export async function measureClustering(root: string, sizes: readonly number[]): Promise<ClusteringResults> {
  const granularities = [
    ...new Set([...Array.from({ length: 11 }, (_, i) => i / 10), DEFAULT_GRANULARITY]),
  ].sort();
  const measure = (set: LabelledSetName): LabelledSetSize & { quality: ClusteringQuality[] } => {
    const labelled = readLabelledSet(root, set);
    return {
      ...sizeOf(labelled),
      quality: granularities.map((granularity) => qualityAt(labelled, granularity)),
    };
  };
  const { quality, ...labelled } = measure('tuning');
  const heldOut = measure('heldOut');
  const timings: ClusteringTiming[] = [];
  for (const size of sizes) timings.push(await timeInChild(root, size));
  return { labelled, defaultGranularity: DEFAULT_GRANULARITY, quality, heldOut, timings };
}

/** The section of docs/PERFORMANCE.md. */
export function renderClustering(results: ClusteringResults): string[] {
  const { heldOut } = results;
  const heldOutAt = (granularity: number): ClusteringQuality | undefined =>
    heldOut?.quality.find((row) => row.granularity === granularity);
  const cells = (row: ClusteringQuality | undefined): string =>
    row === undefined ? '– | – | –' : `${row.clusters} | ${row.unclustered} | ${row.ari}`;
  return [
    '## Clusters of similar suggestions',
    '',
    `Run by \`npm run bench -- --clustering\` (and by every full run), in-process, without a database. Quality: the`,
    'clustering at each granularity of two hand-written labelled sets of Dutch suggestions against their',
    'labels, as the adjusted Rand index (1: the same grouping; 0: chance; a suggestion left unclustered',
    `counts as a group of its own). The tuning set \`bench/data/${LABELLED_SETS.tuning}\``,
    `(${results.labelled.suggestions} suggestions, ${results.labelled.groups} concerns and ${results.labelled.loners} loners) is the one the settings and the default`,
    `granularity (${results.defaultGranularity}) were chosen on, so its figure flatters them; the held-out set`,
    heldOut === undefined
      ? `\`bench/data/${LABELLED_SETS.heldOut}\` was not measured in this run.`
      : `\`bench/data/${LABELLED_SETS.heldOut}\` (${heldOut.suggestions} suggestions, ${heldOut.groups} concerns and ${heldOut.loners} loners) was written independently, by someone who saw neither the other sets nor the model; the settings were never fitted to it, but the final default was chosen after its figures were known (see RANKING.md).`,
    'The method is in [docs/RANKING.md](RANKING.md).',
    '',
    '| Granularity | Cut (mean cosine) | Tuning: clusters | Unclustered | ARI | Held-out: clusters | Unclustered | ARI |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.quality.map(
      (row) =>
        `| ${row.granularity}${row.granularity === results.defaultGranularity ? ' (default)' : ''} | ${row.threshold} | ${cells(row)} | ${cells(heldOutAt(row.granularity))} |`,
    ),
    '',
    'Speed: `clusterTexts` on corpora grown from the labelled set (each text a labelled one with a',
    'quarter of its words dropped and other and made-up words mixed in), each size in a child process',
    "with the API's heap options (`config.apiNodeOptions`); peak RSS is the whole child's, corpus included. The time",
    'is wall-clock; the CPU time beside it is what the clustering costs when it has a core to itself (on a',
    'machine whose load is far above its 2 cores, the wall-clock time is several times the CPU time).',
    '',
    '| Suggestions | Time ms | CPU ms | Target ms | Load average | Clusters | Unclustered | Largest | Peak RSS MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.timings.map(
      (row) =>
        `| ${row.size} | ${row.ms} | ${row.cpuMs} | ${TARGET_MS[row.size] ?? '–'} | ${row.loadAverage} | ${row.clusters} | ${row.unclustered} | ${row.largestCluster} | ${row.peakRssMiB} |`,
    ),
    '',
  ];
}
