import { parentPort } from 'node:worker_threads';
import { type ClusterableText, clusterTexts } from './clustering';

/** What the main thread sends the clustering worker (`clusteringWorkerFile`). */
export interface ClusteringRequest {
  texts: readonly ClusterableText[];
  granularity: number;
}

// Each request is answered with its clustering; a throw ends the worker, which the main thread
// sees as an error and answers with a fresh worker next time.
parentPort?.on('message', ({ texts, granularity }: ClusteringRequest) => {
  parentPort?.postMessage(clusterTexts(texts, granularity));
});
