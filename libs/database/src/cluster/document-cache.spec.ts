import { DocumentCache } from './document-cache';

describe('DocumentCache', () => {
  it('keeps the most recently used documents up to its capacity', () => {
    const cache = new DocumentCache<string>(2, () => true);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('neither answers nor stores while disabled (another process shares the database)', () => {
    let alone = true;
    const cache = new DocumentCache<string>(10, () => alone);
    cache.set('a', 'A');
    alone = false;
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 'B');
    alone = true;
    expect(cache.get('b')).toBeUndefined();
  });
});
