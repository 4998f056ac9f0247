import DataLoader from 'dataloader';

/**
 * A DataLoader per request: batches the lookups one GraphQL request makes (say, the authors of
 * twenty proposals) into one query, and caches them for that request only.
 */
export class RequestLoader<K, V> {
  private readonly loaders = new WeakMap<object, DataLoader<K, V, string>>();

  constructor(
    private readonly batch: (keys: readonly K[]) => Promise<V[]>,
    private readonly cacheKey: (key: K) => string = String,
  ) {}

  for(request: object): DataLoader<K, V, string> {
    let loader = this.loaders.get(request);
    if (loader === undefined) {
      loader = new DataLoader<K, V, string>((keys) => this.batch(keys), {
        cacheKeyFn: this.cacheKey,
        maxBatchSize: 100,
      });
      this.loaders.set(request, loader);
    }
    return loader;
  }
}

/** Orders batch results by the requested keys, with null for keys that have no result. */
export function orderByKeys<K, V>(
  keys: readonly K[],
  values: readonly V[],
  keyOf: (value: V) => K,
): (V | null)[] {
  const byKey = new Map(values.map((value) => [String(keyOf(value)), value]));
  return keys.map((key) => byKey.get(String(key)) ?? null);
}
