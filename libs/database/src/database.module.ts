import { Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule, type MongooseModuleFactoryOptions } from '@nestjs/mongoose';
import type { AppConfig } from '@app/core';
import { Metrics, MetricsModule } from '@app/metrics';
import type { Connection } from 'mongoose';
import { DatabaseServer } from './database-server';

/** How long a query waits for an unreachable database before it fails with UNAVAILABLE. */
export const SERVER_SELECTION_TIMEOUT_MS = 1_500;

/**
 * How long a connection attempt, and the monitor's `hello` every heartbeat, may take. This is
 * what notices a server that is up but does not answer (a stalled disk, a partition, a paused
 * process): the monitor's hello times out, the driver marks the server unknown and interrupts
 * the operations in flight on it, which then fail after one server selection. The driver's
 * default of 30 s left requests hanging that long. A live server answers hello within
 * milliseconds even while it runs long scans, since it answers each connection separately.
 */
export const CONNECT_TIMEOUT_MS = 2_000;

/**
 * A last bound on one operation's wait for its reply, for a connection that stops answering
 * while the monitor's still does. Not the detector of a dead server (that is the monitor's
 * hello above), so it can stay above the longest legitimate operation: a keyword search scans
 * the proposals collection on SQLite, which took 0.6 s for 1,000 proposals alone and 13 s under
 * 50 concurrent scans (docs/PERFORMANCE.md), and grows with the collection.
 */
export const SOCKET_TIMEOUT_MS = 60_000;

/**
 * Connections to the embedded server on SQLite files. SQLite writes one transaction at a time and
 * the others wait in a sleeping retry loop, so many connections mostly add waiting: fewer
 * connections wrote faster in the bench (figures in bench/README.md). Not fewer than 20: a
 * connection stays busy for the whole of a query that scans (keyword search), and the others
 * must not all wait behind such queries.
 */
export const SQLITE_POOL_SIZE = 20;

function poolSize(config: ConfigService<AppConfig, true>): number | undefined {
  const configured = config.get('MONGODB_MAX_POOL_SIZE', { infer: true });
  const embeddedSqlite =
    config.get('MONGODB_URI', { infer: true }) === undefined &&
    config.get('EMBEDDED_POSTGRESQL_URL', { infer: true }) === undefined;
  return configured ?? (embeddedSqlite ? SQLITE_POOL_SIZE : undefined);
}

/** Times every command the driver sends (command monitoring), by command name. */
function timeCommands(connection: Connection, metrics: Metrics): Connection {
  const client = connection.getClient();
  client.on('commandSucceeded', (event) =>
    metrics.observeDatabaseCommand(event.commandName, 'succeeded', event.duration / 1000),
  );
  client.on('commandFailed', (event) =>
    metrics.observeDatabaseCommand(event.commandName, 'failed', event.duration / 1000),
  );
  return connection;
}

/**
 * Says in the log when the database stops answering the driver's heartbeat and when it answers
 * again: in between, locked writes answer UNAVAILABLE at once (Locks), and without these lines an
 * operator would see those answers without their cause.
 */
function logConnectivity(
  connection: Connection,
  server: DatabaseServer,
  logger = new Logger('Database'),
): Connection {
  let answering = true;
  const client = connection.getClient();
  client.on('serverHeartbeatFailed', (event) => {
    // Nest stops an embedded server before it closes the connection; that is no outage.
    if (!answering || server.stopping) return;
    answering = false;
    logger.warn(
      `The database did not answer the heartbeat (${event.failure.message}); writes answer UNAVAILABLE until it does.`,
    );
  });
  client.on('serverHeartbeatSucceeded', () => {
    if (answering) return;
    answering = true;
    logger.log('The database answers the heartbeat again.');
  });
  return connection;
}

@Module({
  imports: [MetricsModule],
  providers: [
    {
      provide: DatabaseServer,
      inject: [ConfigService, Metrics],
      useFactory: (config: ConfigService<AppConfig, true>, metrics: Metrics) =>
        DatabaseServer.resolve(
          {
            MONGODB_URI: config.get('MONGODB_URI', { infer: true }),
            DATA_DIR: config.get('DATA_DIR', { infer: true }),
            EMBEDDED_POSTGRESQL_URL: config.get('EMBEDDED_POSTGRESQL_URL', { infer: true }),
          },
          () => metrics.countEmbeddedServerRestart('database'),
        ),
    },
  ],
  exports: [DatabaseServer],
})
class DatabaseServerModule {}

@Module({
  imports: [
    MongooseModule.forRootAsync({
      imports: [DatabaseServerModule, MetricsModule],
      inject: [DatabaseServer, ConfigService, Metrics],
      useFactory: (
        server: DatabaseServer,
        config: ConfigService<AppConfig, true>,
        metrics: Metrics,
      ): MongooseModuleFactoryOptions => ({
        uri: server.uri,
        dbName: config.get('MONGODB_DB', { infer: true }),
        // Fail fast instead of queueing queries while the database is down; the driver
        // reconnects on its own and the next request succeeds.
        bufferCommands: false,
        // Operators in a filter must be marked with trusted(); a user-supplied object that
        // reaches a filter is compared as a value ({ $eq }), never run as an operator.
        sanitizeFilter: true,
        serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
        connectTimeoutMS: CONNECT_TIMEOUT_MS,
        socketTimeoutMS: SOCKET_TIMEOUT_MS,
        ...(poolSize(config) === undefined ? {} : { maxPoolSize: poolSize(config) }),
        // With CONNECT_TIMEOUT_MS and one server selection for the driver's retry, an operation
        // in flight when the server stops answering fails within 0.5 + 2 + 1.5 s.
        heartbeatFrequencyMS: 500,
        retryAttempts: 3,
        retryDelay: 1_000,
        monitorCommands: true,
        connectionFactory: (connection: Connection) =>
          logConnectivity(timeCommands(connection, metrics), server),
      }),
    }),
  ],
  exports: [MongooseModule],
})
export class DatabaseModule {}
