import { Injectable } from '@nestjs/common';
import { type ClusterableText, clusterTexts, type TextClustering } from '@app/proposals';

/**
 * The text clustering as a provider, so tests can put a small deterministic one in its place.
 * It answers a promise: concurrent requests for the same clustering wait for one computation
 * (ClusteringCache).
 */
@Injectable()
export class TextClusterer {
  cluster(texts: readonly ClusterableText[], granularity: number): Promise<TextClustering> {
    return Promise.resolve().then(() => clusterTexts(texts, granularity));
  }
}
