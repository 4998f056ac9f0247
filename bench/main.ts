import { execFileSync, fork } from 'node:child_process';
import { once } from 'node:events';
import { cpus, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as argon2 from 'argon2';
import * as prettier from 'prettier';
import { type Db, MongoClient, type ObjectId } from 'mongodb';
import { seededRandom } from '../libs/core/src/random/seeded-random';
import { ApiProcess, graphql } from './lib/api-process';
import { checkCounters, type CorpusState, emptyCorpus, growCorpus, type SeedReport } from './lib/corpus';
import { mintAccessToken } from './lib/jwt';
import { httpLoad, interleavedLatencies, type LoadResult, loopLoad, sequentialLatencies } from './lib/load';
import { type ClusteringResults, measureClustering } from './lib/clustering-bench';
import { keepHandWrittenSections } from './lib/hand-written-sections';
import { renderReport, type Results } from './lib/report';
import {
  measurePublicReads,
  p1Load,
  p1Variants,
  publishBenchList,
  type PublicReadsResults,
} from './lib/public-reads-bench';
import { measureRankedRestart, type RankedRestartResult } from './lib/ranked-restart';
import { measureRestarts, type RestartResults } from './lib/restart-bench';
import {
  measureSearch,
  measureSearchOn,
  SEARCH_TARGET_SIZE,
  type SearchResults,
  type SearchSize,
} from './lib/search-bench';
import { type LoadBalancerResults, measureLoadBalancer } from './lib/load-balancer-bench';
import { redisForTests } from '../test/support/redis';
import type { P2Result, SizeResult } from './lib/results';
import { ratio, round } from './lib/stats';

/** What a run does; `--quick` is the CI smoke test (tiny corpus, short runs, no thresholds). */
interface Settings {
  quick: boolean;
  /** Only the unloaded P1 latencies per size (no loaded P1, no P2): for sizes beyond the budget. */
  p3Only: boolean;
  /** Write the JSON and Markdown here instead of bench/results and docs (quick: a tmp dir). */
  out: string | undefined;
  p1Connections: number;
  p2Connections: number;
  /** Seconds the whole run should fit in; a corpus step that would not fit is shrunk or skipped. */
  budgetSeconds: number;
  postgres: boolean;
  sizes: number[];
  warmupSeconds: number;
  seconds: number;
  voteSeconds: number;
  voters: number;
  votesPerProposal: number;
  /** Corpus users per proposal (at least 300 users). */
  usersPerProposal: number;
  /**
   * A loaded run (P1 at 50 connections) is skipped when the latency it would have, estimated from
   * the unloaded latency × connections / cores, is above this many seconds.
   */
  maxLoadedLatencySeconds: number;
  /** The raw driver's unloaded page/count/authors queries are skipped where one round would take longer. */
  maxDriverRoundSeconds: number;
  /** Caps of the adaptive warm-up and window of a loaded run (both grow with the latency). */
  maxWarmupSeconds: number;
  maxWindowSeconds: number;
  /** Times `npm start` is restarted with nothing changed, at the first size. */
  restartRuns: number;
}

const RANKED_SORTS = ['TOP', 'HOT', 'CONFIDENCE'] as const;
type RankedSort = (typeof RANKED_SORTS)[number];
const SORT_FIELD: Record<RankedSort, string> = {
  TOP: 'scores.top',
  HOT: 'scores.hot',
  CONFIDENCE: 'scores.confidence',
};
const BENCH_PASSWORD = 'Bench-Password-2026';
/** Requests of each kind P6 times per size (index path; quick runs fewer). */
const SEARCH_SAMPLES = 100;
const QUICK_SEARCH_SAMPLES = 10;
/** The same on the database path, measured by `--search` alone: each request scans the collection (seconds). */
const DATABASE_SEARCH_SAMPLES = 5;
/** Restarts timed by `--restart` alone (the median of an odd number). */
const RESTART_ONLY_RUNS = 5;
const DATABASE = 'kabinet_bench';
/** What the restart after P1 at the largest size (stop, snapshot, start, first page) may take, seconds. */
const RANKED_RESTART_SECONDS = 20;

const P1_QUERY = `query P1($sort: ProposalSort!) {
  proposals(sort: $sort, first: 20) {
    edges { cursor node { id title upvotes downvotes score createdAt tags author { id displayName organization } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const P2_MUTATION = `mutation P2($proposalId: ID!, $value: VoteValue!) {
  castVote(proposalId: $proposalId, value: $value) { id upvotes downvotes myVote }
}`;
const LOGIN_MUTATION = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** The value of `--name=value` or `--name value`. */
function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  const arg = argv[index];
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(name.length + 1) : argv[index + 1];
}

function settingsFrom(argv: readonly string[]): Settings {
  const base = defaultSettings(argv.includes('--quick'), argv.includes('--postgres'));
  const sizes = option(argv, '--sizes');
  const budget = option(argv, '--budget');
  const out = option(argv, '--out');
  return {
    ...base,
    ...(sizes ? { sizes: sizes.split(',').map(Number) } : {}),
    ...(budget ? { budgetSeconds: Number(budget) } : {}),
    p3Only: argv.includes('--p3-only'),
    out: out === undefined ? undefined : resolve(out),
  };
}

function defaultSettings(quick: boolean, postgres: boolean): Omit<Settings, 'p3Only' | 'out'> {
  return quick
    ? {
        quick,
        postgres,
        p1Connections: 10,
        p2Connections: 20,
        budgetSeconds: 150,
        sizes: [200, 400],
        warmupSeconds: 1,
        seconds: 2,
        voteSeconds: 3,
        voters: 100,
        votesPerProposal: 20,
        usersPerProposal: 0.2,
        maxLoadedLatencySeconds: 2,
        maxDriverRoundSeconds: 10,
        maxWarmupSeconds: 4,
        maxWindowSeconds: 4,
        restartRuns: 1,
      }
    : {
        quick,
        postgres,
        p1Connections: 50,
        p2Connections: 100,
        budgetSeconds: 14 * 60,
        sizes: [1_000, 10_000, 100_000],
        warmupSeconds: 3,
        seconds: 10,
        voteSeconds: 15,
        voters: 200,
        votesPerProposal: 20,
        usersPerProposal: 0.2,
        maxLoadedLatencySeconds: 30,
        maxDriverRoundSeconds: 15,
        maxWarmupSeconds: 20,
        maxWindowSeconds: 30,
        restartRuns: 3,
      };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function environment(root: string, postgres: boolean): Record<string, string | number> {
  const goMod = readFileSync(join(root, 'tools', 'embedded-mongo', 'go.mod'), 'utf8');
  const ferret = /github\.com\/FerretDB\/FerretDB\S*\s+(v\S+)/.exec(goMod)?.[1] ?? 'unknown';
  const go = process.env.GO ?? 'go';
  let goVersion = 'unknown';
  for (const candidate of [go, '/usr/local/go/bin/go']) {
    try {
      goVersion = execFileSync(candidate, ['version'], { encoding: 'utf8' }).trim();
      break;
    } catch {
      // try the next candidate
    }
  }
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    go: goVersion,
    ferretdb: ferret,
    backend: postgres ? 'FerretDB PostgreSQL backend (127.0.0.1:5432)' : 'FerretDB SQLite backend (embedded)',
    commit,
    date: new Date().toISOString(),
  };
}

async function startBareServer(script: string): Promise<{ url: string; stop: () => void }> {
  const child = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { url: `http://127.0.0.1:${message.port}/`, stop: () => child.disconnect() };
}

/**
 * The latency a loaded run will have (unloaded latency × connections / cores, in seconds) and a
 * warm-up and window that grow with it, so that the window sees the steady state.
 */
function loadedTiming(
  settings: Settings,
  unloadedMs: number,
  connections: number,
  minSeconds: number,
): { estimate: number; warmupSeconds: number; seconds: number } {
  const estimate = ((unloadedMs / 1000) * connections) / cpus().length;
  const clamp = (value: number, min: number, max: number) => Math.round(Math.min(Math.max(value, min), max));
  return {
    estimate,
    warmupSeconds: clamp(estimate * 1.5, settings.warmupSeconds, settings.maxWarmupSeconds),
    seconds: clamp(estimate * 2, minSeconds, Math.max(settings.maxWindowSeconds, minSeconds)),
  };
}

function hasNoErrors(status: number, body: string): boolean {
  return status === 200 && !body.includes('"errors"');
}

/** docs/PERFORMANCE.md from `report`, keeping the sections that other tools or people wrote into it. */
async function writeReport(path: string, report: string): Promise<void> {
  await writeFormatted(
    path,
    keepHandWrittenSections(report, existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  );
}

/** Writes a generated file formatted as `npm run format` would, so format:check stays green. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

/**
 * A separate `--p3-only` run for sizes beyond the budget, shown beside the full run when present:
 * where the README's command writes it (build output, not committed).
 */
function readLargeRun(root: string): Results | undefined {
  const path = join(root, '.cache', 'bench', 'p3-large', 'latest.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Results) : undefined;
}

/** The last clustering measurement in `dir`, when there is one. */
function readClustering(dir: string): ClusteringResults | undefined {
  const path = join(dir, 'clustering.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ClusteringResults) : undefined;
}

/** The last measurement of restarts in `dir`, when there is one. */
function readRestart(dir: string): RestartResults | undefined {
  const path = join(dir, 'restart.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RestartResults) : undefined;
}

/** The last measurement of public reads in `dir`, when there is one. */
function readPublicReads(dir: string): PublicReadsResults | undefined {
  const path = join(dir, 'public-reads.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PublicReadsResults) : undefined;
}

/** The last measurement through a load balancer in `dir`, when there is one. */
function readLoadBalancer(dir: string): LoadBalancerResults | undefined {
  const path = join(dir, 'load-balancer.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LoadBalancerResults) : undefined;
}

/** The last measurement of P6 (search) in `dir`, when there is one. */
function readSearch(dir: string): SearchResults | undefined {
  const path = join(dir, 'search.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SearchResults) : undefined;
}

/** P6 sizes: the smallest and the target's (quick: the quick run's smallest). */
function searchSizes(settings: Settings): number[] {
  const smallest = settings.sizes[0] ?? 1_000;
  return settings.quick || smallest === SEARCH_TARGET_SIZE ? [smallest] : [smallest, SEARCH_TARGET_SIZE];
}

/** Clustering sizes timed: the two targets (quick: the small one). */
function clusteringSizes(quick: boolean): number[] {
  return quick ? [500] : [500, 10_000];
}

/** Where a full run's results and report are committed: a PostgreSQL run beside the SQLite run, not over it. */
function committedRun(root: string, postgres: boolean): { dir: string; report: string } {
  return {
    dir: join(root, 'bench', 'results', ...(postgres ? ['postgres'] : [])),
    report: join(root, 'docs', postgres ? 'PERFORMANCE-postgres.md' : 'PERFORMANCE.md'),
  };
}

/** The report again from the kept results: the SQLite run's, or with `postgres` the PostgreSQL run's. */
async function renderOnly(root: string, postgres = false): Promise<void> {
  const { dir, report } = committedRun(root, postgres);
  const results = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as Results;
  await writeReport(
    report,
    renderReport(
      results,
      postgres ? undefined : readLargeRun(root),
      readClustering(dir),
      readRestart(dir),
      postgres ? undefined : readLoadBalancer(dir),
      postgres ? undefined : readPublicReads(dir),
      readSearch(dir),
    ),
  );
}

/** `--clustering`: only the clustering section (no API, no database), then the report again. */
async function clusteringOnly(root: string): Promise<void> {
  const clustering = await measureClustering(root, clusteringSizes(false));
  await writeFormatted(
    join(root, 'bench', 'results', 'clustering.json'),
    JSON.stringify(clustering, null, 2),
  );
  log(`clustering: ${JSON.stringify(clustering.timings)}`);
  await renderOnly(root);
}

async function benchPasswordHash(): Promise<string> {
  return argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
}

/** Corpus users at a size: as many as the settings say, at least 300. */
function usersAt(settings: Settings, size: number): number {
  return Math.max(300, Math.round(size * settings.usersPerProposal));
}

/**
 * `--restart`: only the restart section (≈ 2 min): the corpus of the first size seeded through a
 * bench API, then `npm start` restarted on it; bench/results/restart.json, then the report again.
 */
async function restartOnly(root: string, settings: Settings): Promise<void> {
  if (settings.postgres) {
    throw new Error('--restart measures on the SQLite backend; a full --postgres run measures restarts too');
  }
  const workDir = join(root, '.cache', 'bench', `restart-${Date.now()}`);
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(workDir, 'api.log');
  const size = settings.sizes[0] ?? 1_000;
  const api = await ApiProcess.start({
    root,
    dataDir,
    jwtSecret: `bench-${Date.now()}-${'x'.repeat(40)}`,
    database: DATABASE,
    logFile,
  });
  const client = new MongoClient(api.databaseUri(), { directConnection: true });
  await client.connect();
  await growCorpus(client.db(DATABASE), emptyCorpus(await benchPasswordHash()), {
    proposals: size,
    users: usersAt(settings, size),
    voters: settings.voters,
    votesPerProposal: settings.votesPerProposal,
  });
  await client.close();
  await api.stop();
  const restart = await measureRestarts({
    root,
    dataDir,
    database: DATABASE,
    logFile,
    runs: RESTART_ONLY_RUNS,
    proposals: size,
    backend: String(environment(root, false).backend),
  });
  rmSync(dataDir, { recursive: true, force: true });
  await writeFormatted(join(root, 'bench', 'results', 'restart.json'), JSON.stringify(restart, null, 2));
  log(`restart: median ${restart.medianMs} ms (${restart.runsMs.join(', ')} ms); log in ${logFile}`);
  await renderOnly(root);
}

/**
 * `--load-balancer`: only the ranked page through nginx to one and to three API processes (≈ 2 min,
 * needs Redis and nginx); bench/results/load-balancer.json, then the report again. With
 * `--quick`, a smaller corpus and shorter runs, and the results only in the log.
 */
async function loadBalancerOnly(root: string, settings: Settings): Promise<void> {
  if (settings.postgres) throw new Error('--load-balancer measures on the SQLite backend');
  const redisUrl = redisForTests('bench --load-balancer');
  if (redisUrl === undefined) throw new Error('--load-balancer needs Redis (REDIS_URL or 127.0.0.1:6379)');
  const size = settings.sizes[0] ?? 1_000;
  let counter = 0;
  const results = await measureLoadBalancer({
    root,
    workDir: join(root, '.cache', 'bench', `load-balancer-${Date.now()}`),
    jwtSecret: `bench-${Date.now()}-${'x'.repeat(40)}`,
    database: DATABASE,
    redisUrl,
    corpus: emptyCorpus(await benchPasswordHash()),
    proposals: size,
    users: usersAt(settings, size),
    voters: settings.voters,
    votesPerProposal: settings.votesPerProposal,
    connections: settings.p1Connections,
    warmupSeconds: settings.warmupSeconds,
    seconds: settings.seconds,
    rankedPageBody: () =>
      JSON.stringify({ query: P1_QUERY, variables: { sort: RANKED_SORTS[counter++ % RANKED_SORTS.length] } }),
    log,
  });
  if (settings.quick) return;
  await writeFormatted(
    join(root, 'bench', 'results', 'load-balancer.json'),
    JSON.stringify(results, null, 2),
  );
  await renderOnly(root);
}

/**
 * `--public-reads`: only P1 and P5 against the bare server (≈ 3 min): the corpus of the first size
 * and a published list seeded through a bench API, then the loads; bench/results/public-reads.json,
 * then the report again.
 */
async function publicReadsOnly(root: string, settings: Settings): Promise<void> {
  const workDir = join(root, '.cache', 'bench', `public-reads-${Date.now()}`);
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const jwtSecret = `bench-${Date.now()}-${'x'.repeat(40)}`;
  const postgresqlUrl = settings.postgres ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined;
  const apiOptions = {
    root,
    dataDir,
    jwtSecret,
    postgresqlUrl,
    database: DATABASE,
    logFile: join(workDir, 'api.log'),
  };
  const size = settings.sizes[0] ?? 1_000;
  const api = await ApiProcess.start(apiOptions);
  const client = new MongoClient(api.databaseUri(), { directConnection: true });
  await client.connect();
  const db = client.db(DATABASE);
  if (settings.postgres) await db.dropDatabase();
  const corpus = emptyCorpus(await benchPasswordHash());
  await growCorpus(db, corpus, {
    proposals: size,
    users: usersAt(settings, size),
    voters: settings.voters,
    votesPerProposal: settings.votesPerProposal,
  });
  const editor = corpus.voterIds[0];
  if (editor === undefined) throw new Error('The corpus has no voters');
  const slug = await publishBenchList(
    api,
    db,
    jwtSecret,
    editor,
    corpus.voteTargets.map((id) => id.toHexString()),
    10,
  );
  await client.close();
  await api.stop();
  const bare = await startBareServer(join(__dirname, 'bare-server.js'));
  try {
    const results = await measurePublicReads({
      apiOptions,
      root,
      bareUrl: bare.url,
      slug,
      proposals: size,
      timing: {
        connections: settings.p1Connections,
        warmupSeconds: settings.warmupSeconds,
        seconds: settings.seconds,
      },
      log,
    });
    const out = settings.out ?? join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    await writeFormatted(join(out, 'public-reads.json'), JSON.stringify(results, null, 2));
  } finally {
    bare.stop();
  }
  if (settings.out === undefined) await renderOnly(root);
}

/**
 * `--search`: only P6 (≈ 4 min): the corpus seeded to each size, the API started on it, keyword
 * search and similarProposals timed from the ranking index and from the database;
 * bench/results/search.json, then the report again.
 */
async function searchOnly(root: string, settings: Settings): Promise<void> {
  if (settings.postgres) {
    throw new Error('--search measures on the SQLite backend; a full --postgres run measures P6 too');
  }
  const workDir = join(root, '.cache', 'bench', `search-${Date.now()}`);
  const search = await measureSearch({
    root,
    workDir,
    sizes: searchSizes(settings),
    samples: settings.quick ? QUICK_SEARCH_SAMPLES : SEARCH_SAMPLES,
    databaseSamples: settings.quick ? 1 : DATABASE_SEARCH_SAMPLES,
    backend: String(environment(root, false).backend),
    log,
  });
  await writeFormatted(join(root, 'bench', 'results', 'search.json'), JSON.stringify(search, null, 2));
  await renderOnly(root);
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  const root = resolve(__dirname, '..', '..', '..');
  if (process.argv.includes('--report-only')) {
    await renderOnly(root, settings.postgres);
    return;
  }
  if (process.argv.includes('--clustering')) {
    await clusteringOnly(root);
    return;
  }
  if (process.argv.includes('--public-reads')) {
    await publicReadsOnly(root, settings);
    return;
  }
  if (process.argv.includes('--restart')) {
    await restartOnly(root, settings);
    return;
  }
  if (process.argv.includes('--search')) {
    await searchOnly(root, settings);
    return;
  }
  if (process.argv.includes('--load-balancer')) {
    await loadBalancerOnly(root, settings);
    return;
  }
  const workDir = settings.quick
    ? mkdtempSync(join(tmpdir(), 'kabinet-bench-'))
    : join(root, '.cache', 'bench', `run-${Date.now()}`);
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(workDir, 'api.log');
  const jwtSecret = `bench-${Date.now()}-${'x'.repeat(40)}`;
  const postgresqlUrl = settings.postgres ? 'postgres://postgres@127.0.0.1:5432/postgres' : undefined;
  const env = environment(root, settings.postgres);
  const runStarted = performance.now();
  log(`${settings.quick ? 'Quick' : 'Full'} run on ${env.backend}; work dir ${workDir}`);

  const apiOptions = { root, dataDir, jwtSecret, postgresqlUrl, database: DATABASE, logFile };
  const startups: { label: string; ms: number; firstPageMs: number }[] = [];
  const seeds: SeedReport[] = [];
  const hwm: number[] = [];
  const phasePeaks: Record<string, { apiMiB: number; dbMiB: number }> = {};
  let api = await ApiProcess.start(apiOptions);
  let client = new MongoClient(api.databaseUri(), { directConnection: true });
  await client.connect();
  let db: Db = client.db(DATABASE);

  let restarts: RestartResults | undefined;
  let rankedRestart: RankedRestartResult | undefined;
  const searched: SearchSize[] = [];
  /** Restarts the bench's API; `whileStopped` runs when no API runs on the data directory. */
  const restart = async (label: string, whileStopped?: () => Promise<void>): Promise<void> => {
    await client.close();
    await stopApi();
    await whileStopped?.();
    api = await ApiProcess.start(apiOptions);
    api.phase = label;
    const started = performance.now();
    await graphql(api.url, P1_QUERY, { sort: 'TOP' });
    startups.push({ label, ms: round(api.startupMs), firstPageMs: round(performance.now() - started) });
    log(
      `API started (${label}) in ${round(api.startupMs)} ms; first ranked page ${startups.at(-1)?.firstPageMs} ms`,
    );
    // The restarted API runs a new embedded server on a new port.
    client = new MongoClient(api.databaseUri(), { directConnection: true });
    await client.connect();
    db = client.db(DATABASE);
  };
  const stopApi = async (): Promise<void> => {
    hwm.push(api.hwmMiB);
    for (const [phase, peak] of api.peakByPhase) {
      phasePeaks[phase] = { apiMiB: round(peak.api), dbMiB: round(peak.db) };
    }
    await api.stop();
  };

  if (settings.postgres) {
    await db.dropDatabase();
  }
  await restart('empty database');

  // Physical limit: a bare node:http server, 50 connections.
  const bare = await startBareServer(join(__dirname, 'bare-server.js'));
  const bareResult = await httpLoad({
    label: 'bare node:http',
    url: bare.url,
    connections: settings.p1Connections,
    warmupSeconds: settings.warmupSeconds,
    seconds: settings.seconds,
  });
  bare.stop();
  log(
    `bare node:http: ${round(bareResult.perSecond)} req/s, p50 ${bareResult.p50} ms, p99 ${bareResult.p99} ms`,
  );

  const corpus = emptyCorpus(await benchPasswordHash());
  const sizes: SizeResult[] = [];
  let p2: P2Result | undefined;

  const notes: string[] = [];
  for (const [index, size] of settings.sizes.entries()) {
    api.phase = `seed ${size}`;
    let votesPerProposal = settings.votesPerProposal;
    const previousSeed = seeds.at(-1);
    const previousSize = sizes.at(-1);
    if (previousSeed && previousSize) {
      // Keep within the budget: seeding at the last rate, then a restart and about three
      // unloaded requests of the linearly grown cost (API page, driver page, driver count).
      const elapsed = (performance.now() - runStarted) / 1000;
      const measuring =
        30 +
        (3 * previousSize.api.unloaded.p50 * (size / previousSize.proposals)) / 1000 +
        (index === settings.sizes.length - 1 ? RANKED_RESTART_SECONDS : 0);
      const available = settings.budgetSeconds - elapsed - measuring;
      const newProposals = size - corpus.proposals;
      const seedSeconds = (newProposals * (1 + votesPerProposal)) / previousSeed.documentsPerSecond;
      if (seedSeconds > available) {
        const fitting = Math.floor((available * previousSeed.documentsPerSecond) / newProposals - 1);
        if (fitting < 5) {
          notes.push(
            `${size} proposals skipped: seeding them would take about ${round(seedSeconds)} s at ${round(previousSeed.documentsPerSecond)} documents/s and measuring about ${round(measuring)} s, with ${round(Math.max(available, 0) + measuring)} s of the ${settings.budgetSeconds} s budget left.`,
          );
          log(notes.at(-1) ?? '');
          break;
        }
        votesPerProposal = fitting;
        notes.push(
          `${size} proposals: the ${newProposals} proposals added in this step got about ${fitting} votes each instead of ${settings.votesPerProposal}, to fit the ${settings.budgetSeconds} s budget (seeding at ${round(previousSeed.documentsPerSecond)} documents/s).`,
        );
        log(notes.at(-1) ?? '');
      }
    }
    const seed = await growCorpus(db, corpus, {
      proposals: size,
      users: usersAt(settings, size),
      voters: settings.voters,
      votesPerProposal,
    });
    seeds.push(seed);
    log(
      `seeded ${seed.proposals} proposals, ${seed.votes} votes, ${seed.users} users in ${round(seed.seconds)} s (${round(seed.proposalsPerSecond)} proposals/s, ${round(seed.documentsPerSecond)} documents/s)`,
    );
    // The restart of `npm start` at the first size, the corpus closest to the demo data.
    await restart(
      `${size} proposals`,
      index === 0
        ? async () => {
            restarts = await measureRestarts({
              root,
              dataDir,
              database: DATABASE,
              postgresqlUrl,
              logFile,
              runs: settings.restartRuns,
              proposals: size,
              backend: String(env.backend),
            });
            log(`npm start again: median ${restarts.medianMs} ms (${restarts.runsMs.join(', ')} ms)`);
          }
        : undefined,
    );
    api.phase = `P1 ${size}`;
    sizes.push(
      await measureRanked(
        api,
        db,
        settings,
        size,
        corpus,
        index === 0 && !settings.p3Only,
        driverRoundSecondsAt(size, sizes.at(-1)),
        notes,
      ),
    );
    if (!settings.p3Only && searchSizes(settings).includes(size)) {
      api.phase = `P6 ${size}`;
      const timed = await measureSearchOn(api, settings.quick ? QUICK_SEARCH_SAMPLES : SEARCH_SAMPLES);
      searched.push({ proposals: size, ...timed, databaseSearch: null, databaseSimilar: null });
      log(`search at ${size}: p50 ${timed.search.p50} ms; similar p50 ${timed.similar.p50} ms`);
    }
    if (index === 0 && !settings.p3Only) {
      api.phase = `P2 ${size}`;
      p2 = await measureVoting(api, db, settings, corpus, jwtSecret, bareResult);
    }
  }
  const largest = sizes.at(-1)?.proposals;
  if (largest !== undefined) {
    // P3's restart, right after the largest size's measurements: the second start on this corpus,
    // as an operator's restart after a clean stop.
    await client.close();
    const restarted = await measureRankedRestart({
      proposals: largest,
      logFile,
      stop: stopApi,
      start: () => ApiProcess.start(apiOptions, 'health'),
      firstPage: (started) => graphql(started.url, P1_QUERY, { sort: 'TOP' }),
    });
    api = restarted.api;
    api.phase = `restart ${largest}`;
    rankedRestart = restarted.result;
    log(`P3 restart at ${largest}: ${JSON.stringify(rankedRestart)}`);
    client = new MongoClient(api.databaseUri(), { directConnection: true });
    await client.connect();
    db = client.db(DATABASE);
  }
  if (settings.postgres) {
    // The machine's PostgreSQL is shared: leave nothing of the corpus behind.
    await db.dropDatabase();
  }
  await client.close();
  await stopApi();
  // Keep the API log and results, not the database.
  rmSync(dataDir, { recursive: true, force: true });

  const first = sizes[0];
  const last = sizes.at(-1);
  const results = {
    mode: settings.quick ? 'quick' : 'full',
    environment: env,
    settings,
    totalSeconds: round((performance.now() - runStarted) / 1000),
    physicalLimit: bareResult,
    seeds: seeds.map((seed) => ({
      ...seed,
      seconds: round(seed.seconds),
      proposalsPerSecond: round(seed.proposalsPerSecond),
      documentsPerSecond: round(seed.documentsPerSecond),
    })),
    startups,
    p1: first,
    p2,
    p3: {
      sizes: sizes.map((s) => ({
        proposals: s.proposals,
        votes: s.votes,
        unloadedP50: s.api.unloaded.p50,
        loadedP50: s.api.loaded?.p50 ?? null,
      })),
      ratioUnloaded: ratio(last?.api.unloaded.p50, first?.api.unloaded.p50),
      ratioLoaded: ratio(last?.api.loaded?.p50, first?.api.loaded?.p50),
      restart: rankedRestart,
    },
    p4: {
      apiPeakRssMiB: round(Math.max(...hwm)),
      byPhase: phasePeaks,
    },
    sizeDetails: sizes,
    notes,
  };
  const outDir = settings.out ?? (settings.quick ? workDir : undefined);
  const committed = committedRun(root, settings.postgres);
  const jsonPath = join(outDir ?? committed.dir, 'latest.json');
  const mdPath = outDir ? join(outDir, 'PERFORMANCE.md') : committed.report;
  // The sections that run alone (--p3-only at large sizes, --load-balancer, --public-reads) measure
  // on SQLite; their kept results belong in the SQLite report only.
  const withKeptSections = outDir === undefined && !settings.postgres;
  mkdirSync(dirname(jsonPath), { recursive: true });
  mkdirSync(dirname(mdPath), { recursive: true });
  const clustering = await measureClustering(root, clusteringSizes(settings.quick));
  await writeFormatted(jsonPath, JSON.stringify(results, null, 2));
  await writeFormatted(join(dirname(jsonPath), 'clustering.json'), JSON.stringify(clustering, null, 2));
  if (restarts !== undefined) {
    await writeFormatted(join(dirname(jsonPath), 'restart.json'), JSON.stringify(restarts, null, 2));
  }
  const search: SearchResults | undefined =
    searched.length > 0
      ? { date: String(env.date), node: process.version, backend: String(env.backend), sizes: searched }
      : undefined;
  if (search !== undefined) {
    await writeFormatted(join(dirname(jsonPath), 'search.json'), JSON.stringify(search, null, 2));
  }
  await writeReport(
    mdPath,
    renderReport(
      results,
      withKeptSections ? readLargeRun(root) : undefined,
      clustering,
      restarts,
      // Measured by its own section (--load-balancer): kept from its last run.
      withKeptSections ? readLoadBalancer(dirname(jsonPath)) : undefined,
      withKeptSections ? readPublicReads(dirname(jsonPath)) : undefined,
      search,
    ),
  );
  log(
    `wrote ${relative(process.cwd(), jsonPath)} and ${relative(process.cwd(), mdPath)} in ${results.totalSeconds} s`,
  );
}

/** One round of the raw driver's page, count and author queries, grown linearly from the last size. */
function driverRoundSecondsAt(size: number, previous: SizeResult | undefined): number {
  const { unloadedPage, unloadedCount, unloadedAuthors } = previous?.driver ?? {};
  if (previous === undefined || !unloadedPage || !unloadedCount || !unloadedAuthors) {
    return previous === undefined ? 0 : Infinity;
  }
  return ((unloadedPage.p50 + unloadedCount.p50 + unloadedAuthors.p50) * (size / previous.proposals)) / 1000;
}

function p50Of(latency: { p50: number } | null): string {
  return latency === null ? '–' : String(round(latency.p50));
}

function rounded(latency: { samples: number; p50: number } | null): { samples: number; p50: number } | null {
  return latency === null ? null : { samples: latency.samples, p50: round(latency.p50) };
}

/** P1 at one corpus size: unloaded latencies (P3) and, when it fits, the 50-connection run. */
async function measureRanked(
  api: ApiProcess,
  db: Db,
  settings: Settings,
  size: number,
  corpus: CorpusState,
  /** P1 itself: run the loaded measurement even when it will be slow. */
  always: boolean,
  /** Seconds one round of the raw driver's queries is expected to take at this size. */
  driverRoundSeconds: number,
  notes: string[],
): Promise<SizeResult> {
  const first = await graphql<{ proposals: { edges: unknown[] } }>(api.url, P1_QUERY, { sort: 'HOT' });
  if (first.proposals.edges.length !== 20) {
    throw new Error(`P1 returned ${first.proposals.edges.length} edges, not 20`);
  }
  const sortOf = (n: number): RankedSort => RANKED_SORTS[n % RANKED_SORTS.length] ?? 'TOP';
  const proposals = db.collection<{ _id: ObjectId; authorId: ObjectId }>('proposals');
  const users = db.collection('users');
  const rankedPage = (sort: RankedSort) =>
    proposals
      .find({ status: { $in: ['PUBLISHED'] } })
      .sort({ [SORT_FIELD[sort]]: -1, _id: -1 })
      .limit(21)
      .toArray();
  const authorsOf = async (page: { authorId: ObjectId }[]) =>
    users
      .find(
        { _id: { $in: [...new Map(page.map((p) => [p.authorId.toHexString(), p.authorId])).values()] } },
        { projection: { passwordHash: 0 } },
      )
      .toArray();
  const driverOperation = async (n: number): Promise<void> => {
    await authorsOf(await rankedPage(sortOf(n)));
  };

  // Unloaded: one request at a time, the API and the raw queries it runs interleaved (so that
  // the other load on the machine affects them alike); the basis of P3 and of the breakdown.
  // The raw queries scan on FerretDB and grow with the corpus: where one round of them would take
  // longer than the run can afford, the API is measured alone.
  const apiRequest = (n: number) => graphql(api.url, P1_QUERY, { sort: sortOf(n) }).then(() => undefined);
  const rounds = settings.quick ? 3 : 7;
  const roundsSeconds = settings.quick ? 4 : 45;
  let unloaded: { samples: number; p50: number };
  let breakdown: Pick<SizeResult['driver'], 'unloadedPage' | 'unloadedCount' | 'unloadedAuthors'>;
  if (driverRoundSeconds <= settings.maxDriverRoundSeconds) {
    const page = await rankedPage('TOP');
    const measured = await interleavedLatencies(rounds, roundsSeconds, {
      api: apiRequest,
      page: (n) => rankedPage(sortOf(n)).then(() => undefined),
      authors: () => authorsOf(page).then(() => undefined),
      count: () => proposals.countDocuments({ status: { $in: ['PUBLISHED'] } }).then(() => undefined),
    });
    unloaded = measured.api;
    breakdown = {
      unloadedPage: measured.page,
      unloadedCount: measured.count,
      unloadedAuthors: measured.authors,
    };
  } else {
    ({ api: unloaded } = await interleavedLatencies(rounds, roundsSeconds, { api: apiRequest }));
    breakdown = { unloadedPage: null, unloadedCount: null, unloadedAuthors: null };
    notes.push(
      `${size} proposals: the raw driver's page, count and author queries were not measured; from the smaller corpus one round of them would take about ${round(driverRoundSeconds)} s (limit ${settings.maxDriverRoundSeconds} s).`,
    );
  }
  log(
    `P1 ${size}: unloaded API p50 ${round(unloaded.p50)} ms; driver page ${p50Of(breakdown.unloadedPage)} ms, authors ${p50Of(breakdown.unloadedAuthors)} ms, count ${p50Of(breakdown.unloadedCount)} ms`,
  );

  let loaded: LoadResult | null = null;
  let driverLoaded: LoadResult | null = null;
  let skipped: string | null = null;
  const { estimate, warmupSeconds, seconds } = loadedTiming(
    settings,
    unloaded.p50,
    settings.p1Connections,
    settings.seconds,
  );
  let counter = 0;
  const body = () => ({
    body: JSON.stringify({ query: P1_QUERY, variables: { sort: sortOf(counter++) } }),
  });
  const pair = async (connections: number, warmup: number, window: number, withDriver: boolean) => {
    const apiRun = await httpLoad({
      label: `API P1 ${size} (${connections} connections)`,
      url: api.url,
      connections,
      warmupSeconds: warmup,
      seconds: window,
      body,
      check: hasNoErrors,
    });
    await api.settle();
    if (!withDriver) {
      log(
        `P1 ${size} at ${connections}: API ${round(apiRun.perSecond, 2)} req/s (p50 ${round(apiRun.p50)}, p99 ${round(apiRun.p99)} ms, ${apiRun.errors} errors) (warm-up ${warmup} s, window ${window} s)`,
      );
      return { apiRun, driverRun: null };
    }
    const driverRun = await loopLoad(
      `driver P1 ${size} (${connections} loops)`,
      connections,
      warmup,
      window,
      (loop, n) => driverOperation(loop + n),
    );
    await api.settle();
    log(
      `P1 ${size} at ${connections}: API ${round(apiRun.perSecond, 2)} req/s (p50 ${round(apiRun.p50)}, p99 ${round(apiRun.p99)} ms, ${apiRun.errors} errors); driver ${round(driverRun.perSecond, 2)} ops/s (p50 ${round(driverRun.p50)}, p99 ${round(driverRun.p99)} ms); ratio ${ratio(apiRun.perSecond, driverRun.perSecond)} (warm-up ${warmup} s, window ${window} s)`,
    );
    return { apiRun, driverRun };
  };
  if (always || (!settings.p3Only && estimate <= settings.maxLoadedLatencySeconds)) {
    // The driver's side of P1 (the ratio) at the first size only: 50 concurrent scans of a larger
    // collection take minutes each and gigabytes of FerretDB's memory, and measure nothing new.
    ({ apiRun: loaded, driverRun: driverLoaded } = await pair(
      settings.p1Connections,
      warmupSeconds,
      seconds,
      always,
    ));
  } else {
    skipped = settings.p3Only
      ? 'only unloaded latencies in a --p3-only run'
      : `one request alone takes ${round(unloaded.p50)} ms, so ${settings.p1Connections} concurrent ones would take about ${round(estimate)} s each on ${cpus().length} cores (limit ${settings.maxLoadedLatencySeconds} s)`;
    log(`P1 ${size}: ${settings.p1Connections}-connection run skipped: ${skipped}`);
  }
  // A reference at one connection per core, where the database is not saturated by concurrent
  // scans: the API's own overhead over the same queries.
  let reference: SizeResult['reference'] = null;
  if (always) {
    const cores = cpus().length;
    const timing = loadedTiming(settings, unloaded.p50, cores, settings.seconds);
    const { apiRun, driverRun } = await pair(cores, timing.warmupSeconds, timing.seconds, true);
    if (driverRun !== null) {
      reference = { api: apiRun, driver: driverRun, ratio: ratio(apiRun.perSecond, driverRun.perSecond) };
    }
  }
  return {
    proposals: size,
    votes: corpus.votes,
    api: { unloaded: { samples: unloaded.samples, p50: round(unloaded.p50) }, loaded, skipped },
    driver: {
      unloadedPage: rounded(breakdown.unloadedPage),
      unloadedCount: rounded(breakdown.unloadedCount),
      unloadedAuthors: rounded(breakdown.unloadedAuthors),
      loaded: driverLoaded,
    },
    ratio: ratio(loaded?.perSecond, driverLoaded?.perSecond),
    reference,
  };
}

/**
 * P2: signed-in voters casting and flipping votes, 100 connections, then a consistency check; then
 * the same voters beside anonymous readers of the ranked page (P1 as the web client asks for it),
 * and the check again.
 */
async function measureVoting(
  api: ApiProcess,
  db: Db,
  settings: Settings,
  corpus: CorpusState,
  jwtSecret: string,
  bare: LoadResult,
): Promise<P2Result> {
  const voters = corpus.voterIds.map((id) => id.toHexString());
  const targets = corpus.voteTargets.map((id) => id.toHexString());
  const connections = Math.min(settings.p2Connections, voters.length);

  // A few sign-ins through the API (rate limited to 20 a minute), then tokens minted the same way.
  const loginTimes: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    await graphql(api.url, LOGIN_MUTATION, {
      input: { email: `voter-${i}@bench.example`, password: BENCH_PASSWORD },
    });
    loginTimes.push(performance.now() - started);
  }
  const tokens = voters.map((id) => mintAccessToken(jwtSecret, id));

  // Each connection owns the voters with index ≡ connection (mod connections), so the requests for
  // one (voter, proposal) pair are sequential and the last acknowledged value is the truth.
  const acknowledged = new Map<string, 1 | -1>();
  const uncertain = new Set<string>();
  let acks = 0;
  let nextConnection = 0;
  const random = seededRandom(12345);
  const contexts = new Set<Context>();
  interface Context {
    connection?: number;
    pending?: { key: string; value: 1 | -1 };
  }
  const pick = (connection: number): { voter: number; target: string; value: 1 | -1 } => {
    const owned = Math.ceil((voters.length - connection) / connections);
    const voter = connection + connections * Math.floor(random() * owned);
    const target = targets[Math.floor(random() * targets.length)] ?? '';
    return { voter, target, value: random() < 0.5 ? 1 : -1 };
  };
  const body = (raw: Record<string, unknown>) => {
    const context = raw as Context;
    context.connection ??= nextConnection++ % connections;
    contexts.add(context);
    if (context.pending) uncertain.add(context.pending.key);
    const { voter, target, value } = pick(context.connection);
    context.pending = { key: `${target}:${voters[voter] ?? ''}`, value };
    return {
      body: JSON.stringify({
        query: P2_MUTATION,
        variables: { proposalId: target, value: value === 1 ? 'UP' : 'DOWN' },
      }),
      headers: { authorization: `Bearer ${tokens[voter] ?? ''}` },
    };
  };
  const check = (status: number, text: string, raw: Record<string, unknown>): boolean => {
    const context = raw as Context;
    const pending = context.pending;
    context.pending = undefined;
    const ok = hasNoErrors(status, text) && text.includes('"castVote"');
    if (pending) {
      if (ok) {
        acknowledged.set(pending.key, pending.value);
        acks += 1;
      } else {
        uncertain.add(pending.key);
      }
    }
    return ok;
  };
  // Unloaded: a few votes one at a time (the last voter, on distinct proposals), tracked as well.
  const lastVoter = voters.length - 1;
  const lastConnection = lastVoter % connections;
  const unloaded = await sequentialLatencies(6, 20, async (n) => {
    const target = targets[n % targets.length] ?? '';
    const context: Context = { connection: lastConnection };
    context.pending = { key: `${target}:${voters[lastVoter] ?? ''}`, value: 1 };
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[lastVoter] ?? ''}` },
      body: JSON.stringify({ query: P2_MUTATION, variables: { proposalId: target, value: 'UP' } }),
    });
    if (!check(response.status, await response.text(), context as Record<string, unknown>)) {
      throw new Error('An unloaded castVote failed');
    }
  });
  const timing = loadedTiming(settings, unloaded.p50, connections, settings.voteSeconds);
  log(
    `P2: unloaded castVote p50 ${round(unloaded.p50)} ms; warm-up ${timing.warmupSeconds} s, window ${timing.seconds} s`,
  );
  const votes = (label: string) =>
    httpLoad({
      label,
      url: api.url,
      connections,
      warmupSeconds: timing.warmupSeconds,
      seconds: timing.seconds,
      body,
      check,
    });
  const settleVotes = async (): Promise<number> => {
    const seconds = await api.settle();
    // Requests still in flight when the load stopped were dropped by the client, not by the API.
    for (const context of contexts) {
      if (context.pending) uncertain.add(context.pending.key);
      context.pending = undefined;
    }
    return seconds;
  };
  const apiResult = await votes('API P2');
  const settled = await settleVotes();
  log(
    `P2: API ${round(apiResult.perSecond)} votes/s (p50 ${round(apiResult.p50)}, p99 ${round(apiResult.p99)} ms, ${apiResult.errors} errors); settled in ${round(settled)} s`,
  );

  // Baseline: the raw driver's unique upsert of the vote + $inc on the proposal, on scratch
  // collections (copies of the target proposals), same concurrency.
  const scratchVotes = db.collection<{ _id: string }>('bench_baseline_votes');
  const scratchProposals = db.collection<{ _id: ObjectId }>('bench_baseline_proposals');
  await scratchProposals.deleteMany({});
  await scratchProposals.insertMany(
    await db
      .collection<{ _id: ObjectId }>('proposals')
      .find({ _id: { $in: corpus.voteTargets } })
      .toArray(),
  );
  const driverVote = async (loop: number): Promise<void> => {
    const { voter, target, value } = pick(loop % connections);
    const proposalId = corpus.voteTargets[targets.indexOf(target)];
    const userId = corpus.voterIds[voter];
    const now = new Date();
    await scratchVotes.updateOne(
      { _id: `${target}:${voters[voter] ?? ''}` },
      { $set: { proposalId, userId, value, updatedAt: now }, $setOnInsert: { createdAt: now } },
      { upsert: true },
    );
    await scratchProposals.updateOne(
      { _id: proposalId },
      { $inc: { upvotes: value === 1 ? 1 : 0, downvotes: value === 1 ? 0 : 1 } },
    );
  };
  const driverResult = await loopLoad(
    'driver P2',
    connections,
    timing.warmupSeconds,
    timing.seconds,
    driverVote,
  );
  await api.settle();
  await scratchVotes.drop();
  await scratchProposals.drop();
  log(
    `P2: driver ${round(driverResult.perSecond)} ops/s (p50 ${round(driverResult.p50)}, p99 ${round(driverResult.p99)} ms); ratio ${ratio(apiResult.perSecond, driverResult.perSecond)}`,
  );

  // No vote lost or doubled: the stored votes of the voters against what the API acknowledged.
  const checkVotes = async (): Promise<P2Result['check']> => {
    const found = await db
      .collection<{ _id: string; value: number }>('votes')
      .find({ userId: { $in: corpus.voterIds } }, { projection: { value: 1 } })
      .toArray();
    const stored = new Map(found.map((vote) => [vote._id, vote.value]));
    let lost = 0;
    let wrongValue = 0;
    let unexpected = 0;
    for (const [key, value] of acknowledged) {
      if (uncertain.has(key)) continue;
      const actual = stored.get(key);
      if (actual === undefined) lost += 1;
      else if (actual !== value) wrongValue += 1;
    }
    for (const key of stored.keys()) {
      if (!acknowledged.has(key) && !uncertain.has(key)) unexpected += 1;
    }
    return {
      acknowledged: acks,
      pairsAcknowledged: acknowledged.size,
      pairsUncertain: uncertain.size,
      votesFound: found.length,
      lost,
      wrongValue,
      unexpected,
      counters: await checkCounters(db),
    };
  };
  const checkLog = (checked: P2Result['check']) =>
    JSON.stringify({ ...checked, counters: { ...checked.counters, examples: undefined } });
  const alone = await checkVotes();
  log(`P2 check: ${checkLog(alone)}`);

  // Readers and voters together: P2's voters and connections as above, beside the anonymous ranked
  // page as the web client asks for it, in one window.
  const variants = await p1Variants(api.url);
  const [votesBesideReads, reads] = await Promise.all([
    votes('API P2 while P1 runs'),
    p1Load('P1 while P2 runs', api.url, variants, {
      connections: settings.p1Connections,
      warmupSeconds: timing.warmupSeconds,
      seconds: timing.seconds,
    }),
  ]);
  await settleVotes();
  const together: NonNullable<P2Result['withReaders']> = {
    votes: votesBesideReads,
    reads,
    votesRatioToDriver: ratio(votesBesideReads.perSecond, driverResult.perSecond),
    readsRatioToBare: ratio(reads.perSecond, bare.perSecond),
    check: await checkVotes(),
  };
  log(
    `P2 with readers: ${round(votesBesideReads.perSecond)} votes/s (${votesBesideReads.errors} errors, ratio ${together.votesRatioToDriver}); P1 ${round(reads.perSecond)} req/s (p50 ${round(reads.p50)}, p99 ${round(reads.p99)} ms, ${reads.errors} errors, ratio to bare ${together.readsRatioToBare}); check: ${checkLog(together.check)}`,
  );
  return {
    logins: { count: loginTimes.length, p50Ms: round([...loginTimes].sort((a, b) => a - b)[1] ?? 0) },
    api: apiResult,
    driver: driverResult,
    ratio: ratio(apiResult.perSecond, driverResult.perSecond),
    unloadedP50: round(unloaded.p50),
    check: alone,
    withReaders: together,
  };
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
