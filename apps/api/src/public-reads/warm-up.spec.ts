import type { RequestListener } from 'node:http';
import { DEFAULT_LANGUAGE } from '@app/core';
import { PersistedQueries, sha256Hex } from './persisted-queries';
import { PublicReadCache } from './public-read-cache';
import { DocumentDescriptions } from './public-operations';
import type { PublicReadSource } from './public-read-middleware';
import { warmUpPublicReads } from './warm-up';
import { PROPOSALS_DOCUMENT } from './warm-up-reads';

function source(cacheOn = true): PublicReadSource {
  return {
    cache: cacheOn
      ? new PublicReadCache({ maxAgeMs: 5_000, staleMs: 10_000, maxEntries: 10, maxBytes: 100_000 })
      : null,
    persistedQueries: new PersistedQueries(1_000_000),
    documents: new DocumentDescriptions(10, {}),
    staleWhileRevalidateSeconds: 10,
  };
}

describe('warmUpPublicReads', () => {
  it('stops at its time limit when the application does not answer, and tells it once', async () => {
    const logged: string[] = [];
    const silent: RequestListener = () => undefined;
    const started = performance.now();
    const report = await warmUpPublicReads(source(), silent, { timeoutMs: 200, log: (m) => logged.push(m) });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report).toMatchObject({ warmed: 0, stoppedBy: 'the time limit of 200 ms' });
    expect(logged).toEqual(['Warm-up of public reads stopped after 0 reads: the time limit of 200 ms']);
  });

  it('stops at the first error (a database that fails), tells it once and does not throw', async () => {
    const logged: string[] = [];
    let requests = 0;
    const failing: RequestListener = (_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'database down' }], data: null }));
    };
    const report = await warmUpPublicReads(source(), failing, {
      timeoutMs: 5_000,
      log: (m) => logged.push(m),
    });
    expect(requests).toBe(1);
    expect(report.warmed).toBe(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('database down');
  });

  it('does nothing while the cache is off, and registers the web client’s documents otherwise', async () => {
    let requests = 0;
    const counting: RequestListener = (_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{}}');
    };
    const off = source(false);
    expect((await warmUpPublicReads(off, counting, { timeoutMs: 1_000, log: () => undefined })).warmed).toBe(
      0,
    );
    expect(requests).toBe(0);
    const on = source();
    const report = await warmUpPublicReads(on, counting, { timeoutMs: 1_000, log: () => undefined });
    // Per language: three ranked first pages (no next page here) and the lists page (no lists).
    expect(report).toMatchObject({ warmed: 8, stoppedBy: null });
    expect(on.persistedQueries.get(sha256Hex(PROPOSALS_DOCUMENT))).toBe(PROPOSALS_DOCUMENT);
  });

  it('warms the default language first, so that a warm-up cut short has most readers’ pages', async () => {
    const languages: (string | undefined)[] = [];
    const recording: RequestListener = (req, res) => {
      languages.push(req.headers['accept-language']);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{}}');
    };
    await warmUpPublicReads(source(), recording, { timeoutMs: 1_000, log: () => undefined });
    expect(languages.slice(0, 4)).toEqual(Array(4).fill(DEFAULT_LANGUAGE));
    expect(languages.slice(4).every((language) => language !== DEFAULT_LANGUAGE)).toBe(true);
  });
});
