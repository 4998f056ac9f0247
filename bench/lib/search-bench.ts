import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { ApiProcess, graphql } from './api-process';
import { emptyCorpus, growCorpus } from './corpus';
import { percentile, round } from './stats';

/** Issue #20, P6: p50 of keyword search and similarProposals at 10,000 suggestions, unloaded. */
export const SEARCH_TARGET_MS = 50;
export const SEARCH_TARGET_SIZE = 10_000;

const SEARCH_QUERY = `query Search($search: String!, $sort: ProposalSort!) {
  proposals(sort: $sort, first: 20, filter: { search: $search }) {
    totalCount
    edges { cursor node { id title upvotes downvotes score author { id displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SIMILAR_QUERY = `query Similar($text: String!) {
  similarProposals(text: $text, first: 5) { id title score }
}`;
const FIRST_PAGE = '{ proposals(sort: TOP, first: 1) { totalCount } }';

/**
 * What a visitor types: one word of the corpus, two and three that must all occur, a word with a
 * diaeresis (folded), and a word no suggestion has. Sorts rotate with them.
 */
const SEARCHES = [
  { search: 'waterstof', sort: 'TOP' },
  { search: 'waterstof warmtenet', sort: 'NEWEST' },
  { search: 'octrooi durfkapitaal pensioen', sort: 'HOT' },
  { search: 'Financiën', sort: 'TOP' },
  { search: 'zeppelin', sort: 'TOP' },
] as const;
/** What the submit page sends while one types a suggestion. */
const SIMILAR_TEXTS = [
  'Subsidie voor waterstof en een warmtenet bij het mkb',
  'Minder regeldruk voor startups en scaleups die een vergunning aanvragen',
  'Open source en open data voor meer transparantie bij de aanbesteding',
  'Tax credits for hydrogen, housing and skills',
];

export interface Latencies {
  samples: number;
  p50: number;
  p99: number;
}

export interface SearchSize {
  proposals: number;
  /** `proposals(filter: { search })`, first page of 20 with totalCount and authors. */
  search: Latencies;
  /** `similarProposals(text, first: 5)`. */
  similar: Latencies;
  /** The same on the database path (DATABASE_PROFILE=mongodb: in-memory accelerators off). */
  databaseSearch: Latencies | null;
  databaseSimilar: Latencies | null;
}

export interface SearchResults {
  date: string;
  node: string;
  backend: string;
  sizes: SearchSize[];
}

export interface SearchOptions {
  root: string;
  workDir: string;
  sizes: number[];
  /** Requests of each kind timed per size on the index path (after a warm-up). */
  samples: number;
  /** Requests of each kind on the database path (slow: a scan each), 0 to skip it. */
  databaseSamples: number;
  backend: string;
  log: (message: string) => void;
}

/** One request at a time, `samples` of them after `warmup`, rotating through the operations. */
async function timed(
  samples: number,
  warmup: number,
  operation: (iteration: number) => Promise<void>,
): Promise<Latencies> {
  const latencies: number[] = [];
  for (let iteration = 0; iteration < warmup + samples; iteration += 1) {
    const begin = performance.now();
    await operation(iteration);
    if (iteration >= warmup) latencies.push(performance.now() - begin);
  }
  return {
    samples: latencies.length,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
  };
}

/** Both queries timed on a running API, `samples` of each. */
export async function measureSearchOn(
  api: ApiProcess,
  samples: number,
  warmup: number = SEARCHES.length,
): Promise<{ search: Latencies; similar: Latencies }> {
  // The first ranked page waits for the ranking index (when it is on): timed from then on.
  await graphql(api.url, FIRST_PAGE);
  const search = await timed(samples, warmup, async (iteration) => {
    const variables = SEARCHES[iteration % SEARCHES.length];
    await graphql(api.url, SEARCH_QUERY, { ...variables });
  });
  const similar = await timed(samples, warmup, async (iteration) => {
    await graphql(api.url, SIMILAR_QUERY, { text: SIMILAR_TEXTS[iteration % SIMILAR_TEXTS.length] });
  });
  return { search, similar };
}

/**
 * P6: the bench corpus grown to each size through the raw driver, then the API started on it
 * (so that its ranking index is built from what is stored) and the two queries timed one at a
 * time; then, with `databaseSamples`, the API started again with the in-memory accelerators off
 * (the path taken when a peer shares the database without the change bus), timed the same way.
 */
export async function measureSearch(options: SearchOptions): Promise<SearchResults> {
  const dataDir = join(options.workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const base = {
    root: options.root,
    dataDir,
    jwtSecret: `bench-${Date.now()}-${'x'.repeat(40)}`,
    database: 'kabinet_bench',
    logFile: join(options.workDir, 'api.log'),
  };
  const corpus = emptyCorpus('not-a-password-hash');
  const sizes: SearchSize[] = [];
  try {
    for (const size of options.sizes) {
      const seeding = await ApiProcess.start(base);
      const client = new MongoClient(seeding.databaseUri(), { directConnection: true });
      await client.connect();
      await growCorpus(client.db(base.database), corpus, {
        proposals: size,
        users: Math.max(300, Math.round(size * 0.2)),
        voters: 0,
        votesPerProposal: 5,
      });
      await client.close();
      await seeding.stop();

      const api = await ApiProcess.start(base);
      const indexed = await measureSearchOn(api, options.samples).finally(() => api.stop());
      options.log(
        `search at ${size}: p50 ${indexed.search.p50} ms, p99 ${indexed.search.p99} ms; similar p50 ${indexed.similar.p50} ms, p99 ${indexed.similar.p99} ms`,
      );
      let database: { search: Latencies; similar: Latencies } | null = null;
      if (options.databaseSamples > 0) {
        const fallback = await ApiProcess.start({ ...base, env: { DATABASE_PROFILE: 'mongodb' } });
        // One warm-up each: every request scans the collection, seconds each at 10,000.
        database = await measureSearchOn(fallback, options.databaseSamples, 1).finally(() => fallback.stop());
        options.log(
          `search at ${size}, database path: p50 ${database.search.p50} ms; similar p50 ${database.similar.p50} ms`,
        );
      }
      sizes.push({
        proposals: size,
        ...indexed,
        databaseSearch: database?.search ?? null,
        databaseSimilar: database?.similar ?? null,
      });
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { date: new Date().toISOString(), node: process.version, backend: options.backend, sizes };
}

function ms(latencies: Latencies | null, field: 'p50' | 'p99'): string {
  return latencies === null || !Number.isFinite(latencies[field]) ? '–' : String(latencies[field]);
}

/** The P6 row of the targets table: both p50s at the target size. */
export function searchTargetRow(results: SearchResults | undefined): string {
  const at = results?.sizes.find((size) => size.proposals === SEARCH_TARGET_SIZE);
  const worst = at === undefined ? null : Math.max(at.search.p50, at.similar.p50);
  const verdict = worst === null ? 'not measured' : worst <= SEARCH_TARGET_MS ? '**met**' : '**not met**';
  return `| P6 search / similarProposals p50 at ${SEARCH_TARGET_SIZE} proposals, unloaded | ${at ? `${at.search.p50} / ${at.similar.p50} ms` : '–'} | ≤ ${SEARCH_TARGET_MS} ms | ${verdict} |`;
}

export function renderSearch(results: SearchResults | undefined): string[] {
  if (results === undefined) return [];
  return [
    '## P6 keyword search and similarProposals',
    '',
    `Measured alone (\`npm run bench -- --search\`, ${results.date}, ${results.backend}, Node ${results.node}).`,
    '`proposals(filter: { search }, first: 20)` with `totalCount` and the authors (one word, two and three',
    'words that must all occur, a word with a diaeresis, a word nobody used; sorts rotated) and',
    '`similarProposals(text, first: 5)` (four typed texts), anonymous, one request at a time after a warm-up.',
    'Index: the ranking index answers (the default). Database: the API started with `DATABASE_PROFILE=mongodb`,',
    'the path taken while another process shares the database without the change bus.',
    '',
    '| Proposals | search p50 ms | search p99 ms | similar p50 ms | similar p99 ms | database search p50 ms | database similar p50 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.sizes.map(
      (size) =>
        `| ${size.proposals} | ${ms(size.search, 'p50')} | ${ms(size.search, 'p99')} | ${ms(size.similar, 'p50')} | ${ms(size.similar, 'p99')} | ${ms(size.databaseSearch, 'p50')} | ${ms(size.databaseSimilar, 'p50')} |`,
    ),
    '',
  ];
}
