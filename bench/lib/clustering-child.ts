import { loadavg } from 'node:os';
import { clusterTexts } from '../../libs/proposals/src/text/clustering';
import { grownCorpus, readLabelledSet } from './clustering-corpus';

/**
 * Clusters a grown corpus of argv[2] suggestions in a process of its own (started with the API's
 * heap limit), so its peak memory is the clustering's, and reports time and memory to the parent.
 */
function main(): void {
  const size = Number(process.argv[2]);
  const root = process.argv[3] ?? '.';
  const texts = grownCorpus(readLabelledSet(root), size);
  const rssBefore = process.resourceUsage().maxRSS;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = clusterTexts(texts);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  process.send?.({
    size,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadAverage: loadavg()[0],
    clusters: result.clusters.length,
    unclustered: result.unclustered.length,
    largestCluster: result.clusters[0]?.memberIds.length ?? 0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMiB: rssBefore / 1024,
  });
}

main();
