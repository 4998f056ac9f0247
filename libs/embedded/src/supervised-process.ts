import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { EmbeddedUnavailableError } from './go-binary';

export interface EmbeddedLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type ServerProcess = ChildProcessByStdio<Writable, Readable, Readable>;

export interface SupervisedProcessOptions {
  /** For messages: "embedded database". */
  name: string;
  binaryPath: string;
  /**
   * The arguments of one launch, asked again for each restart. They must make the program exit
   * when its stdin closes: the stdin is a pipe from this process, so the program ends with it,
   * even when it is killed.
   */
  args: () => readonly string[];
  /** Resolves once a launched process serves; rejects when it cannot. */
  whenReady: (child: ServerProcess) => Promise<void>;
  /** The error to throw, with the message to show. */
  unavailable: (message: string) => EmbeddedUnavailableError;
  /** Restart the program, with backoff, when it exits without being asked to. Default true. */
  restartOnExit?: boolean;
  /** Called after a restart succeeded. */
  onRestart?: () => void;
  logger?: EmbeddedLogger;
  startTimeoutMs?: number;
}

const INITIAL_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 8_000;
/** A process that stayed up this long is considered healthy again: the backoff starts over. */
const STABLE_AFTER_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const STDERR_TAIL_LINES = 20;

const silentLogger: EmbeddedLogger = { log: () => {}, warn: () => {}, error: () => {} };

/**
 * A server program owned by this Node process: started and awaited until it serves, restarted
 * with backoff (0.25 s doubling to 8 s) when it exits unexpectedly, stopped with SIGTERM (then
 * SIGKILL), and never outliving this process (see `args`).
 */
export class SupervisedProcess {
  private child: ServerProcess | undefined;
  private stopping = false;
  private ready = false;
  private restartDelayMs = INITIAL_RESTART_DELAY_MS;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly logger: EmbeddedLogger;

  private constructor(private readonly options: SupervisedProcessOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  static async start(options: SupervisedProcessOptions): Promise<SupervisedProcess> {
    const supervised = new SupervisedProcess(options);
    await supervised.launch();
    return supervised;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True while a started process is up and serving; false during a restart. */
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
    const { name, unavailable } = this.options;
    this.ready = false;
    const child = spawn(this.options.binaryPath, this.options.args(), {
      stdio: ['pipe', 'pipe', 'pipe'],
      // A process group of its own: Ctrl-C in a terminal signals the whole foreground group, and
      // the program would otherwise exit (and be restarted) while this process shuts down in
      // order, draining requests that still need it. It ends with this process through its stdin.
      detached: true,
    });
    this.child = child;
    const stderrTail: string[] = [];
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderrTail.push(line);
      stderrTail.splice(0, Math.max(0, stderrTail.length - STDERR_TAIL_LINES));
      this.logger.warn(`[${name}] ${line}`);
    });
    let timer: NodeJS.Timeout | undefined;
    const failed = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) =>
        reject(
          unavailable(
            `The ${name} exited during start-up (${signal ?? `code ${code}`}): ${stderrTail.join('\n').trim()}`,
          ),
        ),
      );
      child.once('error', (error) =>
        reject(unavailable(`The ${name} could not be started: ${error.message}`)),
      );
      const timeoutMs = this.options.startTimeoutMs ?? 30_000;
      timer = setTimeout(
        () => reject(unavailable(`The ${name} did not start within ${timeoutMs} ms.`)),
        timeoutMs,
      );
    });
    failed.catch(() => undefined);
    try {
      await Promise.race([this.options.whenReady(child), failed]);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    } finally {
      clearTimeout(timer);
    }
    // Whatever the program prints from now on is not read; unread, the pipe would fill and stall it.
    child.stdout.resume();
    this.ready = true;
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      this.ready = false;
      if (this.stopping) {
        return;
      }
      this.logger.warn(`The ${name} exited unexpectedly (${signal ?? `code ${code}`}); restarting.`);
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
        () => this.options.onRestart?.(),
        (error: unknown) => {
          this.logger.error(`The ${this.options.name} could not be restarted: ${String(error)}`);
          this.scheduleRestart();
        },
      );
    }, delay);
  }
}
