import type { ClusterableText, TextClustering } from '@app/proposals';
import { ClusteringCache, fingerprintOf } from './clustering-cache';

const text = (id: string, title = `Titel ${id}`): ClusterableText => ({
  id,
  title,
  body: '',
  language: 'nl',
});
const alone = (texts: readonly ClusterableText[]): TextClustering => ({
  clusters: [],
  unclustered: texts.map((each) => each.id),
});

describe('ClusteringCache', () => {
  it('changes the fingerprint with the set of texts and any of their words, not their order', () => {
    const texts = [text('a'), text('b')];
    expect(fingerprintOf([...texts].reverse())).toBe(fingerprintOf(texts));
    expect(fingerprintOf([text('a')])).not.toBe(fingerprintOf(texts));
    expect(fingerprintOf([text('a'), text('b', 'Andere titel')])).not.toBe(fingerprintOf(texts));
  });

  it('keeps the least recently used requests up to its capacity', async () => {
    const cache = new ClusteringCache(2);
    const compute = jest.fn((texts: readonly ClusterableText[]) => Promise.resolve(alone(texts)));
    const texts = [text('a')];
    for (const key of ['one', 'two', 'one', 'three', 'one', 'two']) {
      await cache.get(key, texts, () => compute(texts));
    }
    // "two" was dropped when "three" came, as "one" had been used since.
    expect(compute).toHaveBeenCalledTimes(4);
    expect(cache.size).toBe(2);
  });

  it('forgets a failed computation, so the next request tries again', async () => {
    const cache = new ClusteringCache(2);
    const texts = [text('a')];
    await expect(cache.get('one', texts, () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(cache.size).toBe(0);
    const computed = await cache.get('one', texts, () => Promise.resolve(alone(texts)));
    expect(computed.clustering.unclustered).toEqual(['a']);
  });
});
