import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule, type MongooseModuleFactoryOptions } from '@nestjs/mongoose';
import type { AppConfig } from '@app/core';
import { DatabaseServer } from './database-server';

/** How long a query waits for an unreachable database before it fails with UNAVAILABLE. */
export const SERVER_SELECTION_TIMEOUT_MS = 2_000;

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

@Module({
  providers: [
    {
      provide: DatabaseServer,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        DatabaseServer.resolve({
          MONGODB_URI: config.get('MONGODB_URI', { infer: true }),
          DATA_DIR: config.get('DATA_DIR', { infer: true }),
          EMBEDDED_POSTGRESQL_URL: config.get('EMBEDDED_POSTGRESQL_URL', { infer: true }),
        }),
    },
  ],
  exports: [DatabaseServer],
})
class DatabaseServerModule {}

@Module({
  imports: [
    MongooseModule.forRootAsync({
      imports: [DatabaseServerModule],
      inject: [DatabaseServer, ConfigService],
      useFactory: (
        server: DatabaseServer,
        config: ConfigService<AppConfig, true>,
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
        ...(poolSize(config) === undefined ? {} : { maxPoolSize: poolSize(config) }),
        heartbeatFrequencyMS: 1_000,
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
    }),
  ],
  exports: [MongooseModule],
})
export class DatabaseModule {}
