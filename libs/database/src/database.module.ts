import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule, type MongooseModuleFactoryOptions } from '@nestjs/mongoose';
import type { AppConfig } from '@app/core';
import { DatabaseServer } from './database-server';

/** How long a query waits for an unreachable database before it fails with UNAVAILABLE. */
export const SERVER_SELECTION_TIMEOUT_MS = 2_000;

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
        heartbeatFrequencyMS: 1_000,
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
    }),
  ],
  exports: [MongooseModule],
})
export class DatabaseModule {}
