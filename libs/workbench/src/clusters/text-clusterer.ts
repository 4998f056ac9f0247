import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  type ClusterableText,
  clusteringWorkerFile,
  clusterTexts,
  type TextClustering,
} from '@app/proposals';
import { ClusteringThread } from './clustering-thread';

/**
 * The clustering's own heap: enough for the largest corpus measured (docs/RANKING.md), and
 * bounded so a larger one ends the worker with CLUSTERING_TOO_LARGE instead of growing the API.
 */
const CLUSTERING_HEAP_MB = 160;
/** An editor refining a granularity reuses the warm worker; one left alone gives its memory back. */
const CLUSTERING_IDLE_MS = 30_000;

/**
 * The text clustering as a provider, so tests can put a small deterministic one in its place.
 * It answers a promise: concurrent requests for the same clustering wait for one computation
 * (ClusteringCache). The built app clusters in a worker thread (ClusteringThread), as a large
 * clustering takes seconds of CPU that every other request would wait for on the main thread.
 * Run from the TypeScript sources (jest) there is no compiled worker entry, so it clusters in
 * this thread; the specs of ClusteringThread run the worker entry through a TypeScript loader.
 */
@Injectable()
export class TextClusterer implements OnModuleDestroy {
  private readonly thread: ClusteringThread | null;

  constructor() {
    const file = clusteringWorkerFile();
    this.thread =
      file === null
        ? null
        : new ClusteringThread({ file, maxHeapMb: CLUSTERING_HEAP_MB, idleMs: CLUSTERING_IDLE_MS });
  }

  cluster(texts: readonly ClusterableText[], granularity: number): Promise<TextClustering> {
    if (this.thread === null) return Promise.resolve().then(() => clusterTexts(texts, granularity));
    return this.thread.cluster(texts, granularity);
  }

  async onModuleDestroy(): Promise<void> {
    await this.thread?.close();
  }
}
