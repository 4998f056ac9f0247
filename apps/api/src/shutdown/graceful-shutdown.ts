import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import { GraphQLWebSocket } from '../graphql/graphql-websocket';
import { ShutdownState } from './shutdown-state';

/** How long requests in flight at a shutdown signal may take to finish before their connections are cut. */
export const DRAIN_TIMEOUT_MS = 10_000;
/** Keep-alive connections whose request has finished are closed this often while draining. */
const IDLE_SWEEP_MS = 100;

/** Resolves true once every HTTP connection has ended, false after `timeoutMs`. */
function drain(server: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const finish = (drained: boolean): void => {
      clearInterval(sweep);
      clearTimeout(timeout);
      resolve(drained);
    };
    const timeout = setTimeout(() => finish(false), timeoutMs);
    server.close(() => finish(true));
  });
}

async function shutDown(app: INestApplication, logger: Logger): Promise<void> {
  app.get(ShutdownState).begin();
  const server = app.getHttpServer() as Server;
  const sockets = app.get(GraphQLWebSocket).goAway();
  if (!(await drain(server, DRAIN_TIMEOUT_MS))) {
    logger.warn(`Requests still running after ${DRAIN_TIMEOUT_MS} ms; closing their connections.`);
    server.closeAllConnections();
  }
  await sockets;
  // The outbox's event in hand finishes, the database connection closes, the embedded servers stop last.
  await app.close();
}

/**
 * On SIGTERM or SIGINT: readiness answers 503, the server stops accepting connections,
 * WebSockets close with 1001, requests in flight finish (within DRAIN_TIMEOUT_MS), the
 * application closes, and the process exits 0 (1 when closing failed). A second signal exits at
 * once with 1.
 */
export function shutDownOnSignals(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  let started = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (started) {
      logger.warn(`${signal} again: exiting without waiting for the shutdown to finish.`);
      process.exit(1);
    }
    started = true;
    logger.log(`${signal}: shutting down.`);
    shutDown(app, logger).then(
      () => {
        logger.log('Shut down.');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
