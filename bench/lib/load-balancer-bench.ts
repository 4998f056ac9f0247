import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { deleteKeys } from '../../test/support/redis';
import { LoadBalancer, nginxBinary } from '../../test/support/nginx';
import { ApiProcess } from './api-process';
import { type CorpusState, growCorpus } from './corpus';
import { httpLoad, type LoadResult } from './load';
import { ratio, round } from './stats';

/** nginx worker processes: one is far from its limit at these rates, and leaves the cores to the API. */
const NGINX_WORKERS = 1;

/** The ranked page through nginx to one and to three API processes (issue #19). */
export interface LoadBalancerResults {
  date: string;
  node: string;
  nginx: string;
  cores: number;
  /** The machine's 1-minute load average before the first run (2 cores: above 2, others wait). */
  loadAverage: number;
  proposals: number;
  votes: number;
  connections: number;
  nginxWorkers: number;
  /**
   * Whether every process still had its rankings and caches in memory after the three-process run
   * (none of them had last logged that a peer's writes may go unheard). Absent in older results.
   */
  rankingsInMemory?: boolean;
  /** Each run with the 1-minute load average just before it (other work on the machine shows there). */
  runs: { processes: number; path: 'direct' | 'nginx'; loadAverage: number; result: LoadResult }[];
}

export interface LoadBalancerOptions {
  root: string;
  workDir: string;
  jwtSecret: string;
  database: string;
  redisUrl: string;
  corpus: CorpusState;
  proposals: number;
  users: number;
  voters: number;
  votesPerProposal: number;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** The JSON body of one anonymous ranked page request; `n` cycles through the orders. */
  rankedPageBody: (n: number) => string;
  log: (message: string) => void;
}

function hasNoErrors(status: number, body: string): boolean {
  return status === 200 && !body.includes('"errors"');
}

/** `nginx -v` says it on stderr: "nginx version: nginx/1.22.1". */
function nginxVersion(binary: string): string {
  const said = spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr;
  return /nginx\/\S+/.exec(said)?.[0] ?? 'nginx';
}

/** What InMemoryAccelerators logs when it turns the in-memory rankings off, and on again. */
const ACCELERATORS_OFF = 'may go unheard';
const ACCELERATORS_ON = 'rankings and caches in memory';

/** Whether the API that logs to `logFile` last said its rankings are in memory (or never said otherwise). */
function rankingsInMemoryPer(logFile: string): boolean {
  const log = readFileSync(logFile, 'utf8');
  return log.lastIndexOf(ACCELERATORS_OFF) <= log.lastIndexOf(ACCELERATORS_ON);
}

function portOf(api: ApiProcess): number {
  return Number(new URL(api.url).port);
}

/**
 * Seeds one corpus, then loads the anonymous ranked page with autocannon: at one API process
 * directly (what nginx costs), through nginx to that one process, and through nginx round robin
 * to three processes on the same database and Redis (the peers' in-memory rankings stay on).
 */
export async function measureLoadBalancer(options: LoadBalancerOptions): Promise<LoadBalancerResults> {
  const binary = nginxBinary();
  if (binary === undefined) throw new Error('nginx is missing: run `bash scripts/ensure-nginx.sh` first');
  const redisKeyPrefix = `kabinet-bench:load-balancer:${process.pid}:${Date.now()}:`;
  const env = { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: redisKeyPrefix };
  const started: ApiProcess[] = [];
  const logFileOf = (name: string): string => join(options.workDir, `api-${name}.log`);
  const start = async (name: string, extra: Record<string, string> = {}): Promise<ApiProcess> => {
    const dataDir = join(options.workDir, `data-${name}`);
    mkdirSync(dataDir, { recursive: true });
    const api = await ApiProcess.start({
      root: options.root,
      dataDir,
      jwtSecret: options.jwtSecret,
      database: options.database,
      logFile: logFileOf(name),
      env: { ...env, ...extra },
    });
    started.push(api);
    return api;
  };
  const stop = async (api: ApiProcess): Promise<void> => {
    await api.stop();
    started.splice(started.indexOf(api), 1);
  };
  let counter = 0;
  const body = () => ({ body: options.rankedPageBody(counter++) });
  type Run = Pick<LoadBalancerResults['runs'][number], 'loadAverage' | 'result'>;
  const load = async (label: string, url: string, apis: ApiProcess[]): Promise<Run> => {
    const loadAverage = round(loadavg()[0] ?? 0, 1);
    // Every process has its rankings in memory and its connections open before the window.
    for (let n = 0; n < apis.length * 6; n += 1) {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, ...body() });
    }
    const result = await httpLoad({
      label,
      url,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      seconds: options.seconds,
      body,
      check: hasNoErrors,
    });
    for (const api of apis) await api.settle();
    options.log(
      `${label}: ${round(result.perSecond)} req/s, p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms, ${result.errors} errors`,
    );
    return { loadAverage, result };
  };

  try {
    // The corpus goes in with the raw driver; a start after it loads it into the rankings.
    const seeding = await start('a');
    const client = new MongoClient(seeding.databaseUri(), { directConnection: true });
    await client.connect();
    const seeded = await growCorpus(client.db(options.database), options.corpus, {
      proposals: options.proposals,
      users: options.users,
      voters: options.voters,
      votesPerProposal: options.votesPerProposal,
    });
    await client.close();
    await stop(seeding);
    const first = await start('a');
    const databaseUri = first.databaseUri();
    const loadAverage = round(loadavg()[0] ?? 0, 1);

    // A first load of the same length, not reported: whichever run came first was the slowest
    // (the JIT and the caches of a fresh process), which would favour every later path.
    await load('warm-up (not reported)', first.url, [first]);
    const runs: LoadBalancerResults['runs'] = [];
    runs.push({ processes: 1, path: 'direct', ...(await load('1 process, direct', first.url, [first])) });
    const toOne = await LoadBalancer.start([portOf(first)], { workers: NGINX_WORKERS });
    try {
      const run = await load('1 process through nginx', `${toOne.url}/graphql`, [first]);
      runs.push({ processes: 1, path: 'nginx', ...run });
    } finally {
      await toOne.stop();
    }
    const peers = [
      await start('b', { MONGODB_URI: databaseUri }),
      await start('c', { MONGODB_URI: databaseUri }),
    ];
    const all = [first, ...peers];
    let rankingsInMemory = false;
    const toThree = await LoadBalancer.start(all.map(portOf), { workers: NGINX_WORKERS });
    try {
      // The two new processes get their warm-up too.
      await load('warm-up of three (not reported)', `${toThree.url}/graphql`, all);
      const run = await load('3 processes through nginx', `${toThree.url}/graphql`, all);
      runs.push({ processes: 3, path: 'nginx', ...run });
      rankingsInMemory = ['a', 'b', 'c'].every((name) => rankingsInMemoryPer(logFileOf(name)));
    } finally {
      await toThree.stop();
    }
    return {
      date: new Date().toISOString(),
      node: process.version,
      nginx: nginxVersion(binary),
      cores: cpus().length,
      loadAverage,
      proposals: seeded.proposals,
      votes: seeded.votes,
      connections: options.connections,
      nginxWorkers: NGINX_WORKERS,
      rankingsInMemory,
      runs,
    };
  } finally {
    for (const api of [...started].reverse()) await stop(api);
    await deleteKeys(options.redisUrl, redisKeyPrefix);
    rmSync(options.workDir, { recursive: true, force: true });
  }
}

/** What the figures mean, by what this run measured. */
function explanation(results: LoadBalancerResults, gain: number | null): string[] {
  const rankings =
    results.rankingsInMemory === undefined
      ? []
      : results.rankingsInMemory
        ? [
            'Every process kept its ranking index and caches in memory through the three-process run (none logged that a peer’s writes may go unheard), so no page fell back to the database’s sort.',
          ]
        : [
            '**At least one process had turned its in-memory rankings off** (a peer’s writes may go unheard): its pages were read from the database, which lowers the three-process figure.',
          ];
  const p99 = (processes: number) =>
    results.runs.find((run) => run.processes === processes && run.path === 'nginx')?.result.p99;
  const verdict =
    gain !== null && gain < 1
      ? [
          `**Three processes did not beat one here** (${gain}×; p99 ${round(p99(3) ?? Number.NaN)} ms against ${round(p99(1) ?? Number.NaN)} ms). On ${results.cores} cores the`,
          'three API processes, the one embedded database server they share, nginx and autocannon (and',
          'whatever else runs: see the load averages) take turns on the same two cores. A ranked page costs',
          'about the same CPU whichever process serves it, so more processes add no capacity; they add',
          'context switches, three heaps to collect (a pause in any one of them holds a third of the',
          'connections) and three sets of caches to fill. More processes pay off on a machine with more',
          'cores than processes, and across machines; on this one, one process per core at most.',
        ]
      : [
          `Three processes gave ${gain ?? '–'}× one process's throughput on ${results.cores} cores (see the load averages for other work on the machine).`,
        ];
  const busiest = Math.max(...results.runs.map((run) => run.loadAverage));
  const noise =
    busiest > results.cores * 2
      ? [
          '',
          `The machine was busy with other work during this run (load average up to ${busiest} on ${results.cores} cores): rates swing`,
          'by a factor of several between runs a minute apart, so a ratio within this run is only a rough figure.',
        ]
      : [];
  return [...verdict, ...noise, '', ...rankings];
}

function rowOf(run: LoadBalancerResults['runs'][number]): string {
  const { result } = run;
  const path = run.path === 'direct' ? 'directly' : 'through nginx';
  return `| ${run.processes} | ${path} | ${round(result.perSecond)} | ${round(result.p50)} | ${round(result.p99)} | ${result.completed} / ${result.errors} | ${run.loadAverage} |`;
}

export function renderLoadBalancer(results: LoadBalancerResults | undefined): string[] {
  if (results === undefined) {
    return [
      '## Ranked page through a load balancer',
      '',
      'Not measured yet: `npm run bench -- --load-balancer` (needs Redis and nginx).',
      '',
    ];
  }
  const rate = (processes: number, path: 'direct' | 'nginx') =>
    results.runs.find((run) => run.processes === processes && run.path === path)?.result.perSecond;
  const gain = ratio(rate(3, 'nginx'), rate(1, 'nginx'));
  const proxyCost = ratio(rate(1, 'nginx'), rate(1, 'direct'));
  return [
    '## Ranked page through a load balancer',
    '',
    `\`npm run bench -- --load-balancer\` (${results.date}, Node ${results.node}, ${results.nginx}, ${results.cores} cores, load`,
    `average ${results.loadAverage} before the first run): ${results.proposals} suggestions and ${results.votes} votes, the`,
    `anonymous ranked page (TOP, HOT, CONFIDENCE in turn, 20 a page) at ${results.connections} connections with autocannon;`,
    `nginx round robin (${results.nginxWorkers} worker, keep-alive to the processes); every process in production mode with`,
    'REDIS_URL, the two peers on the first one’s embedded database. Same corpus, same run; an unreported',
    'load of the same length warms the first process before its runs, and all three before theirs.',
    '',
    '| Processes | Path | Pages/s | p50 ms | p99 ms | done / errors | Load average before |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.runs.map(rowOf),
    '',
    `Three processes / one, both through nginx: ${gain ?? '–'}. One process through nginx / directly: ${proxyCost ?? '–'}.`,
    '',
    ...explanation(results, gain),
    '',
  ];
}
