import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort, waitFor } from './processes';

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Asks Redis at `url` for a PING from a child process, so that a spec can decide before it declares its tests. */
function answersPing(url: string): boolean {
  const probe = `
    const { Redis } = require('ioredis');
    const redis = new Redis(process.argv[1], { lazyConnect: true, retryStrategy: () => null, connectTimeout: 2000 });
    redis.connect().then(() => redis.ping()).then(
      (answer) => { redis.disconnect(); process.exit(answer === 'PONG' ? 0 : 1); },
      () => process.exit(1),
    );`;
  const result = spawnSync(process.execPath, ['-e', probe, url], { timeout: 10_000, cwd: __dirname });
  return result.status === 0;
}

/** Whether Redis at `url` answers a PING, without blocking the event loop as `answersPing` does. */
async function pings(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null, connectTimeout: 2_000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * The Redis server of the specs that need one (REDIS_URL, else 127.0.0.1:6379), or undefined
 * with a message saying why those specs are skipped.
 */
export function redisForTests(spec: string): string | undefined {
  const url = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  if (answersPing(url)) return url;
  process.stderr.write(`${spec}: skipped, no Redis answers at ${url} (set REDIS_URL to run it).\n`);
  return undefined;
}

/** A key and channel prefix of this test run alone, so that parallel runs on one server do not meet. */
export function runPrefix(name: string): string {
  return `kabinet-test:${name}:${process.pid}:${Date.now()}:`;
}

/** Deletes every key under `prefix`. */
export async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
      const batch = keys as string[];
      if (batch.length > 0) await redis.del(...batch);
    }
  } finally {
    redis.disconnect();
  }
}

/** A Redis server of the spec's own, that it can stop and start again on the same port. */
export class OwnRedis {
  private process: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const own = new OwnRedis(await freePort());
    await own.resume();
    return own;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await waitFor(`redis-server on port ${this.port}`, () => pings(this.url), 20_000);
  }

  async stop(): Promise<void> {
    const running = this.process;
    if (running === undefined || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }
}

/** Whether `redis-server` can be started here (for the spec that stops its own server). */
export function canRunRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}
