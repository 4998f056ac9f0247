import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ClusterableText, clusterTexts } from '@app/proposals';
import { ClusteringThread } from './clustering-thread';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The real worker entry, loaded from its TypeScript source (test/support/typescript-worker.js). */
function thread(maxHeapMb = 160, idleMs = 60_000): ClusteringThread {
  return new ClusteringThread({
    file: join(ROOT, 'test', 'support', 'typescript-worker.js'),
    workerData: { typescriptEntry: join(ROOT, 'libs', 'proposals', 'src', 'text', 'clustering.worker.ts') },
    maxHeapMb,
    idleMs,
  });
}

const TOPICS = [
  'zonnepanelen op daken van scholen',
  'windmolens bij bedrijventerreinen',
  'betaalbare kinderopvang dichtbij huis',
  'gratis openbaar vervoer voor ouderen',
  'meer groen en bomen in de wijk',
  'minder regels voor kleine ondernemers',
];
const PLACES = ['Utrecht', 'Zwolle', 'Breda', 'Leiden', 'Groningen', 'Arnhem', 'Delft', 'Tilburg'];

function suggestions(count: number): ClusterableText[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    title: `${TOPICS[i % TOPICS.length]!} in ${PLACES[i % PLACES.length]!}`,
    body: `Voorstel ${i}: ${TOPICS[(i * 7) % TOPICS.length]!}, te beginnen in ${PLACES[(i * 3) % PLACES.length]!}.`,
    language: 'nl',
  }));
}

/** The process's operating-system threads: a worker thread is one of them while it runs. */
function threadCount(): number {
  return Number(/^Threads:\s+(\d+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
}

describe('ClusteringThread', () => {
  let clustering: ClusteringThread;

  afterEach(() => clustering.close());

  it('answers what the clustering in this thread answers', async () => {
    clustering = thread();
    const texts = suggestions(60);
    await expect(clustering.cluster(texts, 0.5)).resolves.toEqual(clusterTexts(texts, 0.5));
  });

  it('keeps the event loop turning while a large clustering runs', async () => {
    const texts = suggestions(3000);
    // The pause this clustering makes in the thread that runs it: what the API's event loop would
    // stop for without the worker. Measured here, so that the bound follows the machine's speed.
    const started = performance.now();
    clusterTexts(texts, 0.5);
    const pauseInThread = performance.now() - started;
    expect(pauseInThread).toBeGreaterThan(100);

    clustering = thread();
    let last = performance.now();
    let longestPause = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    const result = await clustering.cluster(texts, 0.5);
    clearInterval(tick);
    expect(result.clusters.length).toBeGreaterThan(0);
    expect(longestPause).toBeLessThan(pauseInThread / 3);
  });

  it('rejects with CLUSTERING_TOO_LARGE when the worker runs out of its heap, then recovers', async () => {
    clustering = thread(24);
    await expect(clustering.cluster(suggestions(20_000), 0.5)).rejects.toMatchObject({
      kind: 'UNAVAILABLE',
      reason: 'CLUSTERING_TOO_LARGE',
    });
    const texts = suggestions(12);
    await expect(clustering.cluster(texts, 0.5)).resolves.toEqual(clusterTexts(texts, 0.5));
  });

  it('rejects the request a crashing worker ran, and the next one gets a new worker', async () => {
    clustering = thread();
    const broken = [{ id: 'x' }] as unknown as ClusterableText[];
    await expect(clustering.cluster(broken, 0.5)).rejects.toMatchObject({
      kind: 'UNAVAILABLE',
      reason: 'UNAVAILABLE',
    });
    const texts = suggestions(12);
    await expect(clustering.cluster(texts, 0.5)).resolves.toEqual(clusterTexts(texts, 0.5));
  });

  it('ends an idle worker, and starts one again for the next request', async () => {
    clustering = thread(160, 100);
    const before = threadCount();
    const texts = suggestions(12);
    await clustering.cluster(texts, 0.5);
    expect(threadCount()).toBeGreaterThan(before);
    await sleep(1000);
    expect(threadCount()).toBe(before);
    await expect(clustering.cluster(texts, 0.5)).resolves.toEqual(clusterTexts(texts, 0.5));
  });
});
