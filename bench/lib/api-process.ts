import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiLaunch } from '../../apps/api/src/launch';
import { EmbeddedMailServer, ensureEmbeddedMailBinary } from '../../libs/mail/src/embedded/embedded-mail';
import { freePort } from '../../test/support/processes';

export interface ApiOptions {
  root: string;
  dataDir: string;
  jwtSecret: string;
  /** FerretDB's PostgreSQL backend instead of SQLite. */
  postgresqlUrl?: string;
  database: string;
  logFile: string;
  /**
   * More environment for the API: another process's database (MONGODB_URI), Redis,
   * PUBLIC_READ_MAX_AGE_SECONDS=0 for an uncached run, or DATABASE_PROFILE to time the database path.
   */
  env?: Record<string, string>;
}

/** Resident set sizes in MiB, read from /proc. */
export interface MemorySample {
  rssMiB: number;
  hwmMiB: number;
}

function readStatusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match?.[1] === undefined ? null : Number(match[1]);
  } catch {
    return null;
  }
}

export function memoryOf(pid: number): MemorySample | null {
  const rss = readStatusKiB(pid, 'VmRSS');
  const hwm = readStatusKiB(pid, 'VmHWM');
  return rss === null || hwm === null ? null : { rssMiB: rss / 1024, hwmMiB: hwm / 1024 };
}

/** The direct children of a process (the embedded FerretDB is the API's child). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** CPU time (user + system) of a process in clock ticks (1/100 s), 0 when it is gone. */
function cpuTicks(pid: number): number {
  try {
    // Fields after the command (which may hold spaces): state is field 3, utime 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Posts a GraphQL operation and returns the parsed answer; throws on a transport error, a non-200
 * status or GraphQL errors.
 */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || parsed.errors !== undefined || parsed.data === undefined) {
    throw new Error(`GraphQL ${response.status}: ${text.slice(0, 500)}`);
  }
  return parsed.data;
}

/**
 * The built API (`dist/apps/api/src/main.js`) in production mode on its own port and DATA_DIR,
 * with its memory polled from /proc while it runs.
 */
export class ApiProcess {
  /** Milliseconds from spawn until the start-up probe (`{ __typename }`, or `/health`) was answered. */
  startupMs = 0;
  /** When the process was spawned: `performance.now()`, and the wall clock the API's log lines use. */
  spawnedAt = 0;
  spawnedAtEpochMs = 0;
  /** The largest RSS seen per phase label, MiB (API process and its embedded FerretDB). */
  readonly peakByPhase = new Map<string, { api: number; db: number }>();
  phase = 'start';
  private timer: NodeJS.Timeout | undefined;
  private apiHwmMiB = 0;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly dataDir: string,
    private readonly mail: EmbeddedMailServer,
  ) {}

  get pid(): number {
    if (this.child.pid === undefined) {
      throw new Error('The API process has no pid');
    }
    return this.child.pid;
  }

  /** The peak RSS of the API process over its whole life (VmHWM), MiB. */
  get hwmMiB(): number {
    return Math.max(this.apiHwmMiB, memoryOf(this.pid)?.hwmMiB ?? 0);
  }

  /** The mongodb:// URI of the embedded server this API started (read from DATA_DIR). */
  databaseUri(): string {
    const file = join(this.dataDir, 'embedded-mongo.json');
    const { uri } = JSON.parse(readFileSync(file, 'utf8')) as { uri: string };
    return uri;
  }

  /**
   * Spawns the API and waits until it answers `probe`: a GraphQL `{ __typename }`, or `GET /health`
   * with 200 (its readiness: listening, the database reachable).
   */
  static async start(options: ApiOptions, probe: 'graphql' | 'health' = 'graphql'): Promise<ApiProcess> {
    const main = join(options.root, 'dist', 'apps', 'api', 'src', 'main.js');
    if (!existsSync(main)) {
      throw new Error(`${main} is missing: run npm run build first.`);
    }
    const port = await freePort();
    // Production mode requires an SMTP server; whatever mail the run produces is accepted here.
    const mail = await EmbeddedMailServer.start({
      binaryPath: await ensureEmbeddedMailBinary({ root: options.root }),
    });
    const log = openSync(options.logFile, 'a');
    const started = performance.now();
    const startedEpochMs = Date.now();
    // As `npm start` runs it (package.json config), plus BENCH_API_NODE_ARGS for experiments
    // (--cpu-prof, another --max-old-space-size, …).
    const launch = apiLaunch(options.root);
    const nodeArgs = [
      ...launch.nodeOptions,
      ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ];
    const child = spawn(process.execPath, [...nodeArgs, main], {
      cwd: options.root,
      env: {
        ...launch.environment,
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GO: process.env.GO,
        NODE_ENV: 'production',
        JWT_SECRET: options.jwtSecret,
        SMTP_URL: mail.smtpUrl,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        PORT: String(port),
        DATA_DIR: options.dataDir,
        MONGODB_DB: options.database,
        EMBEDDED_POSTGRESQL_URL: options.postgresqlUrl,
        // The load generator is one address standing for many members: the per-address limit on
        // mutations (1,000 a minute by default) would cap P2 at 17 votes/s. Per-user limits stay.
        THROTTLE_MUTATIONS_PER_IP: '1000000',
        ...options.env,
      },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    // Never leave the API (and so its database) running when the harness ends early.
    const killChild = (): void => {
      child.kill('SIGKILL');
    };
    process.once('exit', killChild);
    child.once('exit', () => process.off('exit', killChild));
    const api = new ApiProcess(child, `http://127.0.0.1:${port}/graphql`, options.dataDir, mail);
    api.spawnedAt = started;
    api.spawnedAtEpochMs = startedEpochMs;
    api.timer = setInterval(() => api.sample(), 200);
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) {
        api.stopSampling();
        await mail.stop();
        throw new Error(`The API exited during start-up (code ${child.exitCode}); see ${options.logFile}`);
      }
      try {
        if (probe === 'health') await api.health();
        else await graphql(api.url, '{ __typename }');
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          await api.stop();
          throw new Error('The API did not answer within 180 s', { cause: error });
        }
        await sleep(25);
      }
    }
    api.startupMs = performance.now() - started;
    return api;
  }

  /** Throws unless `GET /health` answers 200. */
  async health(): Promise<void> {
    const response = await fetch(new URL('/health', this.url));
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
  }

  /**
   * Waits until the API and its database are idle (under 10% of a core for half a second): a load
   * generator stops by dropping its connections, but the server finishes what it had started.
   */
  async settle(maxSeconds = 60): Promise<number> {
    const started = performance.now();
    const ticks = (): number => [this.pid, ...childrenOf(this.pid)].map(cpuTicks).reduce((a, b) => a + b, 0);
    let last = ticks();
    while (performance.now() - started < maxSeconds * 1000) {
      await sleep(500);
      const now = ticks();
      if (now - last <= 5) break;
      last = now;
    }
    return (performance.now() - started) / 1000;
  }

  private sample(): void {
    const api = memoryOf(this.pid);
    if (api === null) {
      return;
    }
    this.apiHwmMiB = Math.max(this.apiHwmMiB, api.hwmMiB);
    const db = childrenOf(this.pid)
      .map((pid) => memoryOf(pid)?.rssMiB ?? 0)
      .reduce((a, b) => a + b, 0);
    const peak = this.peakByPhase.get(this.phase) ?? { api: 0, db: 0 };
    this.peakByPhase.set(this.phase, { api: Math.max(peak.api, api.rssMiB), db: Math.max(peak.db, db) });
  }

  private stopSampling(): void {
    clearInterval(this.timer);
  }

  async stop(): Promise<void> {
    this.sample();
    this.stopSampling();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = once(this.child, 'exit');
      this.child.kill('SIGTERM');
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    }
    await this.mail.stop();
  }
}
