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
import { renderReport, type Results } from './lib/report';
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
}

const RANKED_SORTS = ['TOP', 'HOT', 'CONFIDENCE'] as const;
type RankedSort = (typeof RANKED_SORTS)[number];
const SORT_FIELD: Record<RankedSort, string> = {
  TOP: 'scores.top',
  HOT: 'scores.hot',
  CONFIDENCE: 'scores.confidence',
};
const BENCH_PASSWORD = 'Bench-Password-2026';
const DATABASE = 'kabinet_bench';

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

/** Clustering sizes timed: the two targets (quick: the small one). */
function clusteringSizes(quick: boolean): number[] {
  return quick ? [500] : [500, 10_000];
}

async function renderOnly(root: string): Promise<void> {
  const dir = join(root, 'bench', 'results');
  const results = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as Results;
  await writeFormatted(
    join(root, 'docs', 'PERFORMANCE.md'),
    renderReport(results, readLargeRun(root), readClustering(dir)),
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

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  const root = resolve(__dirname, '..', '..', '..');
  if (process.argv.includes('--report-only')) {
    await renderOnly(root);
    return;
  }
  if (process.argv.includes('--clustering')) {
    await clusteringOnly(root);
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

  const restart = async (label: string): Promise<void> => {
    await client.close();
    await stopApi();
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

  const passwordHash = await argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const corpus = emptyCorpus(passwordHash);
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
      const measuring = 30 + (3 * previousSize.api.unloaded.p50 * (size / previousSize.proposals)) / 1000;
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
      users: Math.max(300, Math.round(size * settings.usersPerProposal)),
      voters: settings.voters,
      votesPerProposal,
    });
    seeds.push(seed);
    log(
      `seeded ${seed.proposals} proposals, ${seed.votes} votes, ${seed.users} users in ${round(seed.seconds)} s (${round(seed.proposalsPerSecond)} proposals/s, ${round(seed.documentsPerSecond)} documents/s)`,
    );
    await restart(`${size} proposals`);
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
    if (index === 0 && !settings.p3Only) {
      api.phase = `P2 ${size}`;
      p2 = await measureVoting(api, db, settings, corpus, jwtSecret);
    }
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
    },
    p4: {
      apiPeakRssMiB: round(Math.max(...hwm)),
      byPhase: phasePeaks,
    },
    sizeDetails: sizes,
    notes,
  };
  const outDir = settings.out ?? (settings.quick ? workDir : undefined);
  const jsonPath = outDir ? join(outDir, 'latest.json') : join(root, 'bench', 'results', 'latest.json');
  const mdPath = outDir ? join(outDir, 'PERFORMANCE.md') : join(root, 'docs', 'PERFORMANCE.md');
  mkdirSync(dirname(jsonPath), { recursive: true });
  mkdirSync(dirname(mdPath), { recursive: true });
  const clustering = await measureClustering(root, clusteringSizes(settings.quick));
  await writeFormatted(jsonPath, JSON.stringify(results, null, 2));
  await writeFormatted(join(dirname(jsonPath), 'clustering.json'), JSON.stringify(clustering, null, 2));
  await writeFormatted(mdPath, renderReport(results, outDir ? undefined : readLargeRun(root), clustering));
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

/** P2: signed-in voters casting and flipping votes, 100 connections, then a consistency check. */
async function measureVoting(
  api: ApiProcess,
  db: Db,
  settings: Settings,
  corpus: CorpusState,
  jwtSecret: string,
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
  const apiResult = await httpLoad({
    label: 'API P2',
    url: api.url,
    connections,
    warmupSeconds: timing.warmupSeconds,
    seconds: timing.seconds,
    body,
    check,
  });
  const settled = await api.settle();
  // Requests still in flight when the load stopped were dropped by the client, not by the API.
  for (const context of contexts) {
    if (context.pending) uncertain.add(context.pending.key);
    context.pending = undefined;
  }
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
  const counters = await checkCounters(db);
  const result: P2Result = {
    logins: { count: loginTimes.length, p50Ms: round([...loginTimes].sort((a, b) => a - b)[1] ?? 0) },
    api: apiResult,
    driver: driverResult,
    ratio: ratio(apiResult.perSecond, driverResult.perSecond),
    unloadedP50: round(unloaded.p50),
    check: {
      acknowledged: acks,
      pairsAcknowledged: acknowledged.size,
      pairsUncertain: uncertain.size,
      votesFound: found.length,
      lost,
      wrongValue,
      unexpected,
      counters,
    },
  };
  log(`P2 check: ${JSON.stringify({ ...result.check, counters: { ...counters, examples: undefined } })}`);
  return result;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
