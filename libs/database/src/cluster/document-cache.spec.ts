import { DocumentCache } from './document-cache';

/** A read whose answer the test releases when it wants. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('DocumentCache', () => {
  it('keeps the most recently used documents up to its capacity', async () => {
    const cache = new DocumentCache<string>(2, () => true);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    cache.invalidate('a');
    expect(cache.get('a')).toBeUndefined();
    expect(await cache.read('a', () => Promise.resolve('A2'))).toBe('A2');
    expect(cache.get('a')).toBe('A2');
  });

  it('neither answers nor stores while disabled (another process shares the database)', async () => {
    let alone = true;
    const cache = new DocumentCache<string>(10, () => alone);
    cache.set('a', 'A');
    alone = false;
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 'B');
    await cache.read('c', () => Promise.resolve('C'));
    alone = true;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });

  it('does not keep what a read saw before a write that ended while it ran', async () => {
    const cache = new DocumentCache<string>(10, () => true);
    const stale = deferred<string>();
    const racing = cache.read('user', () => stale.promise);
    await cache.write('user', () => Promise.resolve());
    stale.resolve('old roles');
    expect(await racing).toBe('old roles');
    expect(cache.get('user')).toBeUndefined();
    expect(await cache.read('user', () => Promise.resolve('new roles'))).toBe('new roles');
    expect(cache.get('user')).toBe('new roles');
  });

  it('forgets a document a read stored while a write was still running', async () => {
    const cache = new DocumentCache<string>(10, () => true);
    const update = deferred<undefined>();
    const writing = cache.write('user', () => update.promise);
    expect(await cache.read('user', () => Promise.resolve('old roles'))).toBe('old roles');
    update.resolve(undefined);
    await writing;
    expect(cache.get('user')).toBeUndefined();
  });

  it('keeps a document the writer set over a read that started before it', async () => {
    const cache = new DocumentCache<string>(10, () => true);
    const stale = deferred<string>();
    const racing = cache.read('proposal', () => stale.promise);
    cache.set('proposal', '3 votes');
    stale.resolve('2 votes');
    await racing;
    expect(cache.get('proposal')).toBe('3 votes');
  });

  it('invalidates even when the write fails', async () => {
    const cache = new DocumentCache<string>(10, () => true);
    cache.set('user', 'old');
    await expect(cache.write('user', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.get('user')).toBeUndefined();
  });

  it('does not keep what a read saw before the cache was cleared', async () => {
    const cache = new DocumentCache<string>(10, () => true);
    const stale = deferred<string>();
    const racing = cache.read('user', () => stale.promise);
    cache.clear();
    stale.resolve('old');
    await racing;
    expect(cache.get('user')).toBeUndefined();
  });
});
