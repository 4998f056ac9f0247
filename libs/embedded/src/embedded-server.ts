import type { EmbeddedUnavailableError } from './go-binary';
import { type EmbeddedLogger, type ServerProcess, SupervisedProcess } from './supervised-process';

/** What every embedded server is started with. */
export interface EmbeddedServerOptions {
  binaryPath: string;
  /** Restart the server, with backoff, when it exits without being asked to. Default true. */
  restartOnExit?: boolean;
  logger?: EmbeddedLogger;
  startTimeoutMs?: number;
  /** Called after each restart succeeded (the owner counts them). */
  onRestart?: () => void;
}

/** What one kind of embedded server adds: see SupervisedProcessOptions. */
export interface EmbeddedProgram {
  name: string;
  args: () => readonly string[];
  whenReady: (child: ServerProcess) => Promise<void>;
  unavailable: (message: string) => EmbeddedUnavailableError;
  /** Logged after a restart: where the server is again. */
  restarted: () => string;
}

/** An embedded server's process, as its owner sees it: its pid, whether it serves, stop. */
export abstract class EmbeddedServer {
  private supervised: SupervisedProcess | undefined;

  get pid(): number | undefined {
    return this.supervised?.pid;
  }

  /** True while a started server is up and answering; false during a restart. */
  get running(): boolean {
    return this.supervised?.running ?? false;
  }

  async stop(): Promise<void> {
    await this.supervised?.stop();
  }

  /** Starts the server's process and resolves once it serves. */
  protected async supervise(options: EmbeddedServerOptions, program: EmbeddedProgram): Promise<void> {
    const { logger, restartOnExit, startTimeoutMs } = options;
    this.supervised = await SupervisedProcess.start({
      name: program.name,
      binaryPath: options.binaryPath,
      args: program.args,
      whenReady: program.whenReady,
      unavailable: program.unavailable,
      onRestart: () => {
        logger?.log(program.restarted());
        options.onRestart?.();
      },
      ...(restartOnExit === undefined ? {} : { restartOnExit }),
      ...(logger === undefined ? {} : { logger }),
      ...(startTimeoutMs === undefined ? {} : { startTimeoutMs }),
    });
  }
}
