import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hitsBeforeExpress, preReadBodyError } from './hits-before-express';
import { PersistedQueries, sha256Hex } from './persisted-queries';
import { type PublicReadSource, RequestKeys } from './public-read-middleware';
import { PublicReadCache } from './public-read-cache';
import { DocumentDescriptions } from './public-operations';

const QUERY = 'query Proposals($sort: ProposalSort) { proposals(sort: $sort) { totalCount } }';
const ANSWER = '{"data":{"proposals":{"totalCount":3}}}';

describe('hitsBeforeExpress', () => {
  let server: Server;
  let base: string;
  const reachedExpress: { url: string | undefined; body: unknown; bodyError: boolean }[] = [];

  beforeAll(async () => {
    const cache = new PublicReadCache({ maxAgeMs: 60_000, staleMs: 0, maxEntries: 10, maxBytes: 100_000 });
    const lead = cache.consult(`nl\n${sha256Hex(QUERY)}\nProposals\n{"sort":"HOT"}`);
    if (lead.kind !== 'lead') throw new Error('expected an empty cache');
    await lead.complete(Buffer.from(ANSWER));
    const source: PublicReadSource = {
      cache,
      persistedQueries: new PersistedQueries(1_000_000),
      documents: new DocumentDescriptions(10, {}),
      staleWhileRevalidateSeconds: 120,
    };
    const express = (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
      reachedExpress.push({ url: req.url, body: req.body, bodyError: preReadBodyError(req) });
      res.end('express');
    };
    server = createServer(
      hitsBeforeExpress({ source, fixedHeaders: ['X-Frame-Options', 'SAMEORIGIN'], cors: false }, express),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    reachedExpress.length = 0;
  });

  const post = (variables: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers },
      body: JSON.stringify({ query: QUERY, variables }),
    });

  it('answers a hit itself, with the fixed headers, and never calls Express', async () => {
    const response = await post({ sort: 'HOT' });
    expect(await response.text()).toBe(ANSWER);
    expect(response.headers.get('x-public-read')).toBe('hit');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('etag')).toMatch(/^W\/"/);
    expect(response.headers.get('cache-control')).toBeNull();
    const get = await fetch(
      `${base}/graphql?${new URLSearchParams({ query: QUERY, variables: '{"sort":"HOT"}' }).toString()}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(await get.text()).toBe(ANSWER);
    expect(get.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=120$/);
    expect(reachedExpress).toEqual([]);
  });

  it('hands a miss to Express with the body it read', async () => {
    expect(await (await post({ sort: 'TOP' })).text()).toBe('express');
    expect(reachedExpress).toEqual([
      { url: '/graphql', body: { query: QUERY, variables: { sort: 'TOP' } }, bodyError: false },
    ]);
  });

  it('hands signed-in, conditional, CSRF-less and unparsable requests to Express', async () => {
    await (await post({ sort: 'HOT' }, { authorization: 'Bearer x' })).text();
    const search = new URLSearchParams({ query: QUERY, variables: '{"sort":"HOT"}' }).toString();
    await (
      await fetch(`${base}/graphql?${search}`, {
        headers: { 'apollo-require-preflight': 'true', 'if-none-match': '*' },
      })
    ).text();
    await (await fetch(`${base}/graphql?${search}`)).text();
    await (
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":',
      })
    ).text();
    expect(reachedExpress.map((reached) => reached.bodyError)).toEqual([false, false, false, true]);
    // A signed-in POST reaches Express unread: the body parser reads it.
    expect(reachedExpress[0]?.body).toBeUndefined();
  });

  it('remembers the key of a request, never past its language or its other headers', async () => {
    const search = new URLSearchParams({ query: QUERY, variables: '{"sort":"HOT"}' }).toString();
    const get = (headers: Record<string, string>) =>
      fetch(`${base}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
    expect(await (await get({ 'accept-language': 'nl' })).text()).toBe(ANSWER);
    expect(await (await get({ 'accept-language': 'nl' })).text()).toBe(ANSWER);
    // The English answer is not stored: the same URL in English is Express's, every time.
    expect(await (await get({ 'accept-language': 'en' })).text()).toBe('express');
    expect(await (await get({ 'accept-language': 'en' })).text()).toBe('express');
    expect(await (await get({ 'accept-language': 'nl', authorization: 'Bearer x' })).text()).toBe('express');
    const withoutCsrfHeader = await fetch(`${base}/graphql?${search}`, {
      headers: { 'accept-language': 'nl' },
    });
    expect(await withoutCsrfHeader.text()).toBe('express');
    expect(reachedExpress).toHaveLength(4);
  });

  it('keeps a bounded number of short requests’ keys', () => {
    const keys = new RequestKeys(2, 10);
    keys.set('x'.repeat(11), 'long');
    expect(keys.get('x'.repeat(11))).toBeUndefined();
    keys.set('a', 'A');
    keys.set('b', 'B');
    expect([keys.get('a'), keys.get('b')]).toEqual(['A', 'B']);
    keys.set('c', 'C');
    expect([keys.get('a'), keys.get('b'), keys.get('c')]).toEqual([undefined, undefined, 'C']);
  });
});
