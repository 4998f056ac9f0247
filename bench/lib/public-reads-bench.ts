import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { parse, print, stripIgnoredCharacters } from 'graphql';
import type { Db, ObjectId } from 'mongodb';
import { loadavg } from 'node:os';
import { PROPOSALS_DOCUMENT, proposalsVariables } from '../../apps/api/src/public-reads/warm-up-reads';
import { type ApiOptions, ApiProcess, graphql } from './api-process';
import { mintAccessToken } from './jwt';
import type { CapturedAnswer } from '../same-answer-server';
import { httpLoad, type LoadResult } from './load';
import { percentile, ratio, round } from './stats';

/** P1 and P5 beside the bare node:http server of the same run (issue #20). */
export interface PublicReadsResults {
  date: string;
  proposals: number;
  connections: number;
  bare: LoadResult;
  /**
   * The ranked page (TOP, HOT, CONSENSUS; first and second page): the web client's `Proposals`
   * request, but POST (as the bench always sent P1; P5 is the GET).
   */
  p1: PublicReadRun;
  /** The published list page: the web client's `List` query, as it sends it (persisted-query GET). */
  p5: PublicReadRun;
  /** P1 with the response cache off (PUBLIC_READ_MAX_AGE_SECONDS=0): what GraphQL execution costs. */
  p1Uncached: PublicReadRun;
  /**
   * The second baseline: a bare node:http server sending the bytes of one captured P1 hit (after
   * reading the POST body) and one P5 hit, under the same loads, right after the API's.
   */
  sameAnswer?: {
    p1: LoadResult;
    p5: LoadResult;
    p1Answer: AnswerShape;
    p5Answer: AnswerShape;
  };
  /** P1 from the moment the restarted API first answers, second by second. */
  firstSeconds: SecondStats[];
  startupMs: number;
  /** The machine's 1-minute load average when the run started and when it ended (shared, 2 cores). */
  loadAverage?: [number, number];
}

export interface PublicReadRun {
  load: LoadResult;
  ratioToBare: number | null;
  /** Against the bare server sending the same answer (`sameAnswer`): what our code costs. */
  ratioToSameAnswer?: number | null;
}

/** What a captured hit puts on the wire. */
export interface AnswerShape {
  headers: number;
  headerBytes: number;
  bodyBytes: number;
}

export interface SecondStats {
  second: number;
  completed: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * The ranked page of P1 as the web client asks for it (`ProposalsPage.tsx`, exactly as urql sends
 * it: the document the API's start-up warm-up executes, checked against the web client's sources
 * by warm-up-reads.spec.ts), so that the first seconds after a restart measure what its readers get.
 */
export const P1_READ_QUERY = PROPOSALS_DOCUMENT;
const P1_SORTS = ['TOP', 'HOT', 'CONSENSUS'] as const;
const BROWSER_ENCODINGS = 'gzip, deflate, br';

/**
 * The document the web client sends for /lijsten/:slug: the `List` query of ListPage.tsx as its
 * build inlines it (apps/web/inline-graphql-documents.ts: parsed, printed, ignored characters
 * stripped; the query has no fragments).
 */
export function webListQuery(root: string): string {
  const page = readFileSync(join(root, 'apps', 'web', 'src', 'pages', 'ListPage.tsx'), 'utf8');
  const source = /const LIST = graphql\(`([^`]*)`\)/.exec(page)?.[1];
  if (source === undefined) throw new Error('ListPage.tsx has no LIST document');
  return stripIgnoredCharacters(print(parse(source)));
}

/** The web client's persisted-query GET for `query`. */
function persistedGet(query: string, operationName: string, variables: unknown, withQuery: boolean): string {
  const search = new URLSearchParams({
    operationName,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    }),
  });
  if (withQuery) search.set('query', query);
  return `/graphql?${search.toString()}`;
}

function hasData(status: number, body: string): boolean {
  return status === 200 && !body.includes('"errors"');
}

/**
 * A published list as an editor and a liaison make it: `items` items of three linked suggestions
 * each, follow-up with two events on every other item. The bench user `userId` gets the roles.
 */
export async function publishBenchList(
  api: ApiProcess,
  db: Db,
  jwtSecret: string,
  userId: ObjectId,
  proposalIds: string[],
  items: number,
): Promise<string> {
  await db
    .collection('users')
    .updateOne({ _id: userId }, { $set: { roles: ['MEMBER', 'EDITOR', 'LIAISON'] } });
  const token = mintAccessToken(jwtSecret, userId.toHexString());
  const as = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(api.url, query, variables, token);
  const slug = 'bench-lijst';
  const { createCuratedList } = await as<{ createCuratedList: { id: string } }>(
    'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id } }',
    {
      input: {
        title: 'Tien punten voor het nieuwe kabinet',
        slug,
        addressee: 'Minister van Economische Zaken',
        description: 'Wat ondernemers het kabinet vragen, gebundeld uit de best gesteunde suggesties.',
        language: 'nl',
      },
    },
  );
  const id = createCuratedList.id;
  await as(
    'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }',
    {
      id,
      input: {
        items: Array.from({ length: items }, (_, n) => ({
          title: `Punt ${n + 1}: minder regels voor kleine ondernemers`,
          body: `Toelichting bij punt ${n + 1}: wat de suggesties vragen, en waarom het kabinet dit kan doen.`,
          proposalIds: proposalIds.slice(n * 3, n * 3 + 3),
        })),
      },
    },
  );
  const published = await as<{ publishCuratedList: { items: { id: string }[] } }>(
    'mutation ($id: ID!) { publishCuratedList(id: $id) { items { id } } }',
    { id },
  );
  const itemIds = published.publishCuratedList.items.map((item) => item.id);
  for (const [n, itemId] of itemIds.entries()) {
    if (n % 2 !== 0) continue;
    for (const [statusKey, note] of [
      ['in-talks', 'Eerste gesprek met het ministerie gevoerd.'],
      ['in-talks', 'Vervolgoverleg gepland; het ministerie werkt een voorstel uit.'],
    ] as const) {
      await as('mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }', {
        input: { itemId, statusKey, note, progress: 20 + n },
      });
    }
  }
  return slug;
}

/** The P1 requests: each sort's first page and its second (from the first's end cursor). */
export async function p1Variants(url: string): Promise<Record<string, unknown>[]> {
  const variants: Record<string, unknown>[] = [];
  for (const sort of P1_SORTS) {
    const first = await graphql<{ proposals: { pageInfo: { endCursor: string | null } } }>(
      url,
      P1_READ_QUERY,
      proposalsVariables(sort, null),
    );
    variants.push(
      proposalsVariables(sort, null),
      proposalsVariables(sort, first.proposals.pageInfo.endCursor),
    );
  }
  return variants;
}

export function p1Load(label: string, url: string, variants: Record<string, unknown>[], timing: LoadTiming) {
  let counter = 0;
  return httpLoad({
    label,
    url,
    connections: timing.connections,
    warmupSeconds: timing.warmupSeconds,
    seconds: timing.seconds,
    body: () => ({
      body: JSON.stringify({
        query: P1_READ_QUERY,
        operationName: 'Proposals',
        variables: variants[counter++ % variants.length],
      }),
      headers: { 'accept-encoding': BROWSER_ENCODINGS },
    }),
    check: hasData,
  });
}

export interface LoadTiming {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/**
 * P1 for `seconds` from now, bucketed by the second each request was sent in: the first seconds
 * after start-up, where a cold cache (and an index still building) would show as a tail.
 */
async function secondBySecond(
  url: string,
  variants: Record<string, unknown>[],
  connections: number,
  seconds: number,
) {
  const started = performance.now();
  const buckets = Array.from({ length: seconds }, () => ({ latencies: [] as number[], errors: 0 }));
  let counter = 0;
  interface Timed {
    sentAt?: number;
  }
  await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': BROWSER_ENCODINGS },
    requests: [
      {
        setupRequest: (request, raw) => {
          (raw as Timed).sentAt = performance.now();
          return {
            ...request,
            body: JSON.stringify({
              query: P1_READ_QUERY,
              operationName: 'Proposals',
              variables: variants[counter++ % variants.length],
            }),
          };
        },
        onResponse: (status: number, body: string, raw: object) => {
          const sentAt = (raw as Timed).sentAt ?? performance.now();
          const bucket = buckets[Math.floor((sentAt - started) / 1000)];
          if (bucket === undefined) return;
          if (hasData(status, body)) bucket.latencies.push(performance.now() - sentAt);
          else bucket.errors += 1;
        },
      },
    ],
  });
  return buckets.map(({ latencies, errors }, second): SecondStats => ({
    second: second + 1,
    completed: latencies.length,
    errors,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.length === 0 ? 0 : Math.max(...latencies)),
  }));
}

function run(load: LoadResult, bare: LoadResult): PublicReadRun {
  return { load, ratioToBare: ratio(load.perSecond, bare.perSecond) };
}

/** Headers Node's HTTP server adds to every answer by itself, the bare servers' included. */
const NODE_OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * One request as the load sends it, repeated until the API answers it from the cache
 * (`X-Public-Read: hit`): its status, headers and body as they came over the wire.
 */
async function captureHit(
  url: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body?: string,
): Promise<CapturedAnswer> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const answer = await new Promise<{ status: number; raw: string[]; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () =>
          resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
        res.once('error', reject);
      });
      req.once('error', reject);
      req.end(body);
    });
    const pairs: string[] = [];
    let hit = false;
    for (let at = 0; at + 1 < answer.raw.length; at += 2) {
      const name = answer.raw[at] ?? '';
      const value = answer.raw[at + 1] ?? '';
      if (name.toLowerCase() === 'x-public-read') hit = value === 'hit';
      if (!NODE_OWN_HEADERS.has(name.toLowerCase())) pairs.push(name, value);
    }
    if (hit && answer.status === 200) {
      return { status: answer.status, headers: pairs, body: answer.body.toString('base64') };
    }
  }
  throw new Error(`No cache hit for ${method} ${url} in 10 attempts`);
}

function shapeOf(answer: CapturedAnswer): AnswerShape {
  let headerBytes = 0;
  for (let at = 0; at + 1 < answer.headers.length; at += 2) {
    headerBytes += `${answer.headers[at]}: ${answer.headers[at + 1]}\r\n`.length;
  }
  return {
    headers: answer.headers.length / 2,
    headerBytes,
    bodyBytes: Buffer.from(answer.body, 'base64').length,
  };
}

/** Starts bench/same-answer-server.ts with the captured answers; its URL and how to stop it. */
async function startSameAnswerServer(post: CapturedAnswer, get: CapturedAnswer) {
  const child = fork(join(__dirname, '..', 'same-answer-server.js'), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.send({ post, get });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { url: `http://127.0.0.1:${message.port}/graphql`, stop: () => child.disconnect() };
}

/**
 * `--public-reads`: on a corpus already in `apiOptions`' data directory, with one published list
 * `slug`: the bare server, P1 with the cache off, P1 from the first answer of a restarted API, P1
 * and P5 (cached, as served), then the same loads against a bare server sending the bytes of a P1
 * and a P5 hit captured from that API. Returns with the cached API stopped.
 */
export async function measurePublicReads(options: {
  apiOptions: ApiOptions;
  root: string;
  bareUrl: string;
  slug: string;
  proposals: number;
  timing: LoadTiming;
  log: (message: string) => void;
}): Promise<PublicReadsResults> {
  const { apiOptions, bareUrl, timing, log } = options;
  const loadAtStart = round(loadavg()[0] ?? 0);
  const bare = await httpLoad({ label: 'bare node:http', url: bareUrl, ...timing });
  log(`bare node:http: ${round(bare.perSecond)} req/s (p50 ${round(bare.p50)}, p99 ${round(bare.p99)} ms)`);

  const uncachedApi = await ApiProcess.start({ ...apiOptions, env: { PUBLIC_READ_MAX_AGE_SECONDS: '0' } });
  const variants = await p1Variants(uncachedApi.url);
  const p1Uncached = run(await p1Load('P1 uncached', uncachedApi.url, variants, timing), bare);
  log(`P1 uncached: ${round(p1Uncached.load.perSecond)} req/s, ratio ${p1Uncached.ratioToBare}`);
  await uncachedApi.stop();

  const api = await ApiProcess.start(apiOptions);
  const startupMs = round(api.startupMs);
  const firstSeconds = await secondBySecond(api.url, variants, timing.connections, 5);
  log(`P1 first seconds: ${JSON.stringify(firstSeconds)}`);
  const p1 = run(await p1Load('P1 cached', api.url, variants, timing), bare);
  log(
    `P1: ${round(p1.load.perSecond)} req/s (p99 ${round(p1.load.p99)} ms, ${p1.load.errors} errors), ratio ${p1.ratioToBare}`,
  );
  const p1Answer = await captureHit(
    api.url,
    'POST',
    { 'content-type': 'application/json', 'accept-encoding': BROWSER_ENCODINGS },
    JSON.stringify({ query: P1_READ_QUERY, operationName: 'Proposals', variables: variants[0] }),
  );

  const listQuery = webListQuery(options.root);
  const variables = { slug: options.slug };
  const origin = new URL(api.url).origin;
  const headers = {
    'apollo-require-preflight': 'true',
    'accept-language': 'nl',
    'accept-encoding': BROWSER_ENCODINGS,
  };
  // The web client's first GET: the hash is not known yet, so it sends the document with it.
  const register = await fetch(`${origin}${persistedGet(listQuery, 'List', variables, true)}`, { headers });
  const registered = await register.text();
  if (!hasData(register.status, registered) || !registered.includes('"curatedList":{')) {
    throw new Error(`P5: the list query failed: ${register.status} ${registered.slice(0, 300)}`);
  }
  const p5Path = persistedGet(listQuery, 'List', variables, false);
  const p5Load = await httpLoad({
    label: 'P5 cached',
    url: `${origin}${p5Path}`,
    method: 'GET',
    headers,
    ...timing,
    check: hasData,
  });
  const p5 = run(p5Load, bare);
  log(
    `P5: ${round(p5.load.perSecond)} req/s (p99 ${round(p5.load.p99)} ms, ${p5.load.errors} errors), ratio ${p5.ratioToBare}`,
  );
  const p5Answer = await captureHit(`${origin}${p5Path}`, 'GET', headers);
  await api.stop();

  const same = await startSameAnswerServer(p1Answer, p5Answer);
  let sameAnswer: NonNullable<PublicReadsResults['sameAnswer']>;
  try {
    const sameP1 = await p1Load('P1 same answer, bare', same.url, variants, timing);
    const sameP5 = await httpLoad({
      label: 'P5 same answer, bare',
      url: `${new URL(same.url).origin}${p5Path}`,
      method: 'GET',
      headers,
      ...timing,
      check: hasData,
    });
    sameAnswer = { p1: sameP1, p5: sameP5, p1Answer: shapeOf(p1Answer), p5Answer: shapeOf(p5Answer) };
  } finally {
    same.stop();
  }
  p1.ratioToSameAnswer = ratio(p1.load.perSecond, sameAnswer.p1.perSecond);
  p1Uncached.ratioToSameAnswer = ratio(p1Uncached.load.perSecond, sameAnswer.p1.perSecond);
  p5.ratioToSameAnswer = ratio(p5.load.perSecond, sameAnswer.p5.perSecond);
  log(
    `same answer, bare: P1 ${round(sameAnswer.p1.perSecond)} req/s (API ${p1.ratioToSameAnswer}×), P5 ${round(sameAnswer.p5.perSecond)} req/s (API ${p5.ratioToSameAnswer}×)`,
  );
  return {
    date: new Date().toISOString(),
    proposals: options.proposals,
    connections: timing.connections,
    bare,
    p1,
    p5,
    p1Uncached,
    sameAnswer,
    firstSeconds,
    startupMs,
    loadAverage: [loadAtStart, round(loadavg()[0] ?? 0)],
  };
}
