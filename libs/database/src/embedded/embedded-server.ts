import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { mongo } from 'mongoose';
import { z } from 'zod';
import { EmbeddedMongoUnavailableError } from './embedded-binary';

export interface EmbeddedMongoLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface EmbeddedMongoOptions {
  binaryPath: string;
  /** Where FerretDB keeps its SQLite files; ignored when `postgresqlUrl` is set. */
  sqliteDir?: string;
  /** Use FerretDB's PostgreSQL backend instead of SQLite. */
  postgresqlUrl?: string;
  /** 0 (the default) picks a free port; restarts reuse the port first chosen. */
  port?: number;
  /** Restart the server, with backoff, when it exits without being asked to. Default true. */
  restartOnExit?: boolean;
  logger?: EmbeddedMongoLogger;
  startTimeoutMs?: number;
}

type ServerProcess = ChildProcessByStdio<Writable, Readable, Readable>;

const readyLine = z.object({ uri: z.string().startsWith('mongodb://') });

const INITIAL_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 8_000;
/** A server that stayed up this long is considered healthy again: the backoff starts over. */
const STABLE_AFTER_MS = 30_000;
const STOP_GRACE_MS = 5_000;

const silentLogger: EmbeddedMongoLogger = { log: () => {}, warn: () => {}, error: () => {} };

/**
 * A FerretDB process owned by this Node process. The child gets a stdin pipe and exits when it
 * closes, so it never outlives its parent, even when the parent is killed.
 */
export class EmbeddedMongoServer {
  private child: ServerProcess | undefined;
  private port: number;
  private stopping = false;
  private ready = false;
  private restartDelayMs = INITIAL_RESTART_DELAY_MS;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly logger: EmbeddedMongoLogger;

  private constructor(
    private readonly options: EmbeddedMongoOptions,
    private currentUri = '',
  ) {
    this.port = options.port ?? 0;
    this.logger = options.logger ?? silentLogger;
  }

  static async start(options: EmbeddedMongoOptions): Promise<EmbeddedMongoServer> {
    if (!options.postgresqlUrl && !options.sqliteDir) {
      throw new EmbeddedMongoUnavailableError(
        'The embedded database needs a SQLite directory or a PostgreSQL URL.',
      );
    }
    const server = new EmbeddedMongoServer(options);
    await server.launch();
    return server;
  }

  /** The connection string, without a database name. */
  get uri(): string {
    return this.currentUri;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True while a started server is up and answering; false during a restart. */
  get running(): boolean {
    return this.ready;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(killTimer);
    child.stdin.destroy();
  }

  private async launch(): Promise<void> {
    this.ready = false;
    const child = this.spawnServer();
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) =>
        reject(
          new EmbeddedMongoUnavailableError(
            `The embedded database exited during start-up (${signal ?? `code ${code}`}).`,
          ),
        ),
      ),
    );
    exited.catch(() => undefined);
    try {
      const uri = await this.readUri(child);
      this.port = Number(new URL(uri).port);
      this.currentUri = uri;
      await Promise.race([waitForHello(uri, this.options.startTimeoutMs ?? 30_000), exited]);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    this.ready = true;
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      this.ready = false;
      if (this.stopping) {
        return;
      }
      this.logger.warn(`Embedded database exited unexpectedly (${signal ?? `code ${code}`}); restarting.`);
      if (Date.now() - startedAt > STABLE_AFTER_MS) {
        this.restartDelayMs = INITIAL_RESTART_DELAY_MS;
      }
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    if (this.options.restartOnExit === false || this.stopping) {
      return;
    }
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(this.restartDelayMs * 2, MAX_RESTART_DELAY_MS);
    this.restartTimer = setTimeout(() => {
      this.launch().then(
        () => this.logger.log(`Embedded database restarted at ${this.currentUri}`),
        (error: unknown) => {
          this.logger.error(`Embedded database restart failed: ${String(error)}`);
          this.scheduleRestart();
        },
      );
    }, delay);
  }

  private spawnServer(): ServerProcess {
    const args = ['-listen-addr', `127.0.0.1:${this.port}`, '-exit-on-stdin-close'];
    if (this.options.postgresqlUrl) {
      args.push('-postgresql-url', this.options.postgresqlUrl);
    } else if (this.options.sqliteDir) {
      args.push('-sqlite-dir', this.options.sqliteDir);
    }
    const child = spawn(this.options.binaryPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    createInterface({ input: child.stderr }).on('line', (line) =>
      this.logger.warn(`[embedded database] ${line}`),
    );
    return child;
  }

  private async readUri(child: ServerProcess): Promise<string> {
    const timeoutMs = this.options.startTimeoutMs ?? 30_000;
    const stderrTail: string[] = [];
    const lines = createInterface({ input: child.stdout });
    try {
      return await new Promise<string>((resolve, reject) => {
        const collectStderr = (chunk: Buffer): void => {
          stderrTail.push(chunk.toString());
          stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
        };
        const settle = (outcome: () => void): void => {
          child.stderr.off('data', collectStderr);
          lines.off('line', onLine);
          child.off('exit', onExit);
          child.off('error', onError);
          clearTimeout(timer);
          outcome();
        };
        const onLine = (line: string): void => {
          const parsed = readyLine.safeParse(safeJson(line));
          settle(() =>
            parsed.success
              ? resolve(parsed.data.uri)
              : reject(
                  new EmbeddedMongoUnavailableError(
                    `The embedded database said something unexpected: ${line}`,
                  ),
                ),
          );
        };
        const onExit = (code: number | null, signal: string | null): void =>
          settle(() =>
            reject(
              new EmbeddedMongoUnavailableError(
                `The embedded database exited during start-up (${signal ?? `code ${code}`}): ${stderrTail.join('').trim()}`,
              ),
            ),
          );
        const onError = (error: Error): void =>
          settle(() =>
            reject(
              new EmbeddedMongoUnavailableError(
                `The embedded database could not be started: ${error.message}`,
              ),
            ),
          );
        const timer = setTimeout(
          () =>
            settle(() =>
              reject(
                new EmbeddedMongoUnavailableError(
                  `The embedded database did not start within ${timeoutMs} ms.`,
                ),
              ),
            ),
          timeoutMs,
        );
        child.stderr.on('data', collectStderr);
        lines.on('line', onLine);
        child.on('exit', onExit);
        child.on('error', onError);
      });
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    } finally {
      lines.close();
      child.stdout.resume();
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Resolves once the server at `uri` answers the `hello` command. */
export async function waitForHello(uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1_000, directConnection: true });
    try {
      await client.connect();
      await client.db('admin').command({ hello: 1 });
      return;
    } catch (error) {
      lastError = error;
      await sleep(100);
    } finally {
      await client.close();
    }
  }
  throw new EmbeddedMongoUnavailableError(`The embedded database did not answer hello: ${String(lastError)}`);
}
