import { gunzipSync } from 'node:zlib';
import { PublicReadCache } from './public-read-cache';

const json = (text: string): Buffer => Buffer.from(JSON.stringify({ data: { text } }));

function cacheAt(
  clock: { now: number },
  overrides: Partial<ConstructorParameters<typeof PublicReadCache>[0]> = {},
) {
  return new PublicReadCache({
    maxAgeMs: 5_000,
    staleMs: 10_000,
    maxEntries: 100,
    maxBytes: 1_000_000,
    now: () => clock.now,
    ...overrides,
  });
}

async function fill(cache: PublicReadCache, key: string, body: Buffer): Promise<void> {
  const consultation = cache.consult(key);
  if (consultation.kind !== 'lead') throw new Error(`expected to lead, was ${consultation.kind}`);
  await consultation.complete(body);
}

describe('PublicReadCache', () => {
  it('serves a stored answer while fresh, with its gzip encoding for larger bodies', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    const large = json('x'.repeat(2_000));
    await fill(cache, 'k', large);
    clock.now = 4_000;
    const consultation = cache.consult('k');
    expect(consultation.kind).toBe('hit');
    if (consultation.kind !== 'hit') return;
    expect(consultation.fresh).toBe(true);
    expect(gunzipSync(consultation.answer.gzip!)).toEqual(large);
    expect(consultation.answer.br).not.toBeNull();
    expect(cache.freshForSeconds(consultation.answer)).toBe(1);
  });

  it('lets one reader execute a missing key and the others wait for its answer', async () => {
    const cache = cacheAt({ now: 0 });
    const leader = cache.consult('k');
    const follower = cache.consult('k');
    expect(leader.kind).toBe('lead');
    expect(follower.kind).toBe('wait');
    if (leader.kind !== 'lead' || follower.kind !== 'wait') return;
    await leader.complete(json('one'));
    expect((await follower.answer)?.identity).toEqual(json('one'));
  });

  it('hands waiters null when the answer may not be stored, so that they execute themselves', async () => {
    const cache = cacheAt({ now: 0 });
    const leader = cache.consult('k');
    const follower = cache.consult('k');
    if (leader.kind !== 'lead' || follower.kind !== 'wait') throw new Error('unexpected consultations');
    await leader.complete(null);
    await expect(follower.answer).resolves.toBeNull();
    expect(cache.consult('k').kind).toBe('lead');
  });

  it('serves an expired answer to others while one reader executes it again', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    await fill(cache, 'k', json('old'));
    clock.now = 6_000;
    const refresher = cache.consult('k');
    expect(refresher.kind).toBe('lead');
    const other = cache.consult('k');
    expect(other).toMatchObject({ kind: 'hit', fresh: false });
    clock.now = 16_000;
    expect(cache.consult('k').kind).toBe('wait');
  });

  it('peeks at what a reader may have at once, and never starts or waits for an execution', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    expect(cache.peek('k')).toBeNull();
    // A peek at a missing key leads nothing: the next consult still leads.
    expect(cache.consult('k').kind).toBe('lead');
    await fill(cache, 'j', json('one'));
    expect(cache.peek('j')).toMatchObject({ fresh: true });
    clock.now = 6_000;
    // Expired and nobody executes it: consult must decide (it leads).
    expect(cache.peek('j')).toBeNull();
    expect(cache.consult('j').kind).toBe('lead');
    expect(cache.peek('j')).toMatchObject({ fresh: false });
    clock.now = 16_000;
    expect(cache.peek('j')).toBeNull();
  });

  it('forgets everything on invalidateAll and stores nothing an earlier execution read', async () => {
    const cache = cacheAt({ now: 0 });
    await fill(cache, 'a', json('a'));
    const running = cache.consult('b');
    if (running.kind !== 'lead') throw new Error('expected to lead');
    cache.invalidateAll();
    expect(cache.consult('a').kind).toBe('lead');
    const after = cache.consult('b');
    expect(after.kind).toBe('lead');
    await running.complete(json('read before the write'));
    expect(cache.size.entries).toBe(0);
  });

  it('drops the least recently used answers beyond its count and byte caps', async () => {
    const cache = cacheAt({ now: 0 }, { maxEntries: 2 });
    await fill(cache, 'a', json('a'));
    await fill(cache, 'b', json('b'));
    expect(cache.consult('a').kind).toBe('hit');
    await fill(cache, 'c', json('c'));
    expect(cache.consult('b').kind).toBe('lead');
    expect(cache.consult('a').kind).toBe('hit');

    const small = cacheAt({ now: 0 }, { maxBytes: 60 });
    await fill(small, 'a', json('a'.repeat(20)));
    await fill(small, 'b', json('b'.repeat(20)));
    expect(small.size.bytes).toBeLessThanOrEqual(60);
    expect(small.consult('a').kind).toBe('lead');
  });
});
