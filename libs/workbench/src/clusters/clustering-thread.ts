import { Logger } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { UnavailableError } from '@app/core';
import type { ClusterableText, ClusteringRequest, TextClustering } from '@app/proposals';

export interface ClusteringThreadOptions {
  /** The worker's script; `workerData` goes with it (a spec's TypeScript loader reads it). */
  file: string;
  workerData?: unknown;
  /** The worker's own heap limit, so an input too large to cluster ends the worker, not the API. */
  maxHeapMb: number;
  /** How long an unused worker is kept before it is ended, so it holds no memory while unused. */
  idleMs: number;
}

/**
 * Runs the text clustering in one worker thread, so the seconds of CPU it takes never hold up
 * the requests the main thread serves. The worker starts with the first request and ends after
 * `idleMs` without one; requests run one after another. A worker that fails (out of its heap,
 * a throw, an exit) rejects the request it was running with an UnavailableError and is dropped:
 * the next request starts a new one.
 */
export class ClusteringThread {
  private readonly logger = new Logger(ClusteringThread.name);
  private worker: Worker | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** The last request, settled either way: the next one waits for it. */
  private previous: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ClusteringThreadOptions) {}

  cluster(texts: readonly ClusterableText[], granularity: number): Promise<TextClustering> {
    const request = this.previous.then(() => this.run({ texts, granularity }));
    this.previous = request.catch(() => undefined);
    return request;
  }

  /** Ends the worker if one runs; a request it was running is rejected. */
  async close(): Promise<void> {
    this.stopIdleTimer();
    await this.worker?.terminate();
  }

  private run(request: ClusteringRequest): Promise<TextClustering> {
    this.stopIdleTimer();
    const worker = this.worker ?? this.start();
    return new Promise<TextClustering>((resolve, reject) => {
      const onMessage = (clustering: TextClustering) => {
        stopListening();
        this.startIdleTimer(worker);
        resolve(clustering);
      };
      const onError = (error: Error) => {
        stopListening();
        reject(this.failure(error));
      };
      const onExit = (exitCode: number) => {
        stopListening();
        reject(this.failure(new Error(`the clustering worker exited with code ${exitCode}`)));
      };
      // A running clustering keeps the process alive, as any awaited I/O would; an idle worker
      // must not (the CLI, a test run).
      const stopListening = () => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit).unref();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit).ref();
      worker.postMessage(request);
    });
  }

  private start(): Worker {
    const worker = new Worker(this.options.file, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    // Whatever ends the worker, the next request starts a new one. The request it was running
    // hears of the error itself; without a listener here an error would end the API.
    const forget = () => {
      if (this.worker === worker) this.worker = null;
    };
    worker.on('exit', forget).on('error', forget);
    this.worker = worker;
    return worker;
  }

  private failure(error: Error & { code?: unknown }): UnavailableError {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.logger.warn(`The clustering ran out of its ${this.options.maxHeapMb} MB heap`);
      return new UnavailableError(
        'Too many suggestions to cluster at once; narrow the filter and try again.',
        'CLUSTERING_TOO_LARGE',
      );
    }
    this.logger.error(`The clustering worker failed: ${error.stack ?? error.message}`);
    return new UnavailableError('The clustering failed; try again shortly.');
  }

  private startIdleTimer(worker: Worker): void {
    this.idleTimer = setTimeout(() => void worker.terminate(), this.options.idleMs);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
