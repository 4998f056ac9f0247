import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort } from '../../test/support/processes';
import { percentile, round } from './stats';

const execFileAsync = promisify(execFile);

/** Issue #19: a restart with nothing changed is up within this. */
export const RESTART_TARGET_MS = 10_000;
const HEALTH_DEADLINE_MS = 300_000;
const STOP_DEADLINE_MS = 30_000;

/** `npm start` again with nothing changed since the last build, on a database that has data. */
export interface RestartResults {
  date: string;
  node: string;
  backend: string;
  /** Suggestions in the database the API started on. */
  proposals: number;
  /** Milliseconds from spawning `npm start` until `GET /health` answered 200, one per start. */
  runsMs: number[];
  medianMs: number;
  /**
   * CPU seconds (user + system) of all of `npm start`'s processes until then, one per start: the
   * figure other work on the machine hardly changes. Absent in results measured before it existed.
   */
  cpuSeconds?: number[];
  /** The machine's 1-minute load average before the first start (2 cores: above 2, others wait). */
  loadAverage?: number;
}

export interface RestartOptions {
  root: string;
  /** The DATA_DIR of a stopped API: its embedded database, with the corpus in `database`. */
  dataDir: string;
  database: string;
  postgresqlUrl?: string;
  logFile: string;
  runs: number;
  proposals: number;
  backend: string;
}

function groupIsAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/**
 * Stops `npm start` the way a developer does, with Ctrl-C (SIGINT to the whole process group),
 * and waits until every process of it, the embedded servers included, is gone: the next start
 * uses the same DATA_DIR.
 */
async function stopGroup(pid: number): Promise<void> {
  signalGroup(pid, 'SIGINT');
  const deadline = Date.now() + STOP_DEADLINE_MS;
  while (groupIsAlive(pid)) {
    if (Date.now() > deadline) signalGroup(pid, 'SIGKILL');
    await sleep(100);
  }
}

/**
 * CPU seconds of a process group so far: each live member's own time plus that of the children
 * it has reaped (the shell of `npm start` reaped the build check).
 */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command (which may hold spaces): pgrp is field 5, utime…cstime 14–17.
      const fields = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      if (fields[2] !== pgid) continue;
      ticks += fields.slice(11, 15).reduce((sum, value) => sum + value, 0);
    } catch {
      // the process ended meanwhile
    }
  }
  // Linux reports these times in clock ticks of 1/100 s.
  return ticks / 100;
}

async function untilHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + HEALTH_DEADLINE_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited before ${url} answered; see ${logFile}`);
    }
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`${url} did not answer within ${HEALTH_DEADLINE_MS / 1000} s; see ${logFile}`);
    }
    await sleep(100);
  }
}

async function timeOneStart(options: RestartOptions): Promise<{ ms: number; cpuSeconds: number }> {
  const port = await freePort();
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  // What a developer runs: development mode (demo data only into an empty database, which this
  // one is not; Mailpit embedded), its own process group so that Ctrl-C can be imitated.
  const child = spawn('npm', ['start'], {
    cwd: options.root,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GO: process.env.GO,
      PORT: String(port),
      DATA_DIR: options.dataDir,
      MONGODB_DB: options.database,
      EMBEDDED_POSTGRESQL_URL: options.postgresqlUrl,
    },
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error('npm start could not be spawned');
  }
  const killGroup = (): void => signalGroup(pid, 'SIGKILL');
  process.once('exit', killGroup);
  try {
    await untilHealthy(`http://127.0.0.1:${port}/health`, child, options.logFile);
    const ms = performance.now() - started;
    return { ms, cpuSeconds: groupCpuSeconds(pid) };
  } finally {
    await stopGroup(pid);
    process.off('exit', killGroup);
  }
}

/**
 * Times `npm start` with nothing changed: the build check and the API (with its demo-data check)
 * until it answers `/health`, `runs` times. A build first (untimed) makes sure nothing changed.
 */
export async function measureRestarts(options: RestartOptions): Promise<RestartResults> {
  await execFileAsync(process.execPath, [join(options.root, 'scripts', 'build.mjs'), '--if-changed'], {
    cwd: options.root,
  });
  const loadAverage = round(loadavg()[0] ?? 0, 1);
  const runsMs: number[] = [];
  const cpuSeconds: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const start = await timeOneStart(options);
    runsMs.push(round(start.ms, 0));
    cpuSeconds.push(round(start.cpuSeconds, 1));
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    backend: options.backend,
    proposals: options.proposals,
    runsMs,
    medianMs: percentile(runsMs, 50),
    cpuSeconds,
    loadAverage,
  };
}

export function renderRestart(results: RestartResults | undefined): string[] {
  if (results === undefined) {
    return ['A restart with `npm start` was not measured in this run (`npm run bench -- --restart`).', ''];
  }
  return [
    `Restart: \`npm start\` again with nothing changed since the last build (\`scripts/build.mjs\` finds the build`,
    'current), in development mode as a developer runs it, on a database that has data (so no demo data is',
    `loaded): ${results.proposals} suggestions, ${results.backend}. From spawning \`npm start\` until \`GET /health\` answers`,
    `200, the build check and the API's start-up (its demo-data check included) counted; Node ${results.node},`,
    `${results.date}, load average ${results.loadAverage ?? '–'} before the first start. CPU is user + system time of all`,
    'its processes until then (the embedded servers included), which other work on the machine hardly',
    `changes. Target (issue #19): at most ${RESTART_TARGET_MS / 1000} s.`,
    '',
    '| Runs | Median ms | Each run ms | CPU s of each run |',
    '| --- | --- | --- | --- |',
    `| ${results.runsMs.length} | ${results.medianMs} | ${results.runsMs.join(', ')} | ${results.cpuSeconds?.join(', ') ?? '–'} |`,
    '',
  ];
}
