import { Query, Resolver } from '@nestjs/graphql';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Public } from '@app/accounts';
import { UnavailableError } from '@app/core';
import { API_VERSION } from '../version';
import { ServerStatusModel } from './status.model';

@Resolver(() => ServerStatusModel)
export class StatusResolver {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @Public()
  @Query(() => ServerStatusModel, { description: 'Server version, uptime and database round trip.' })
  async serverStatus(): Promise<ServerStatusModel> {
    const db = this.connection.db;
    if (db === undefined) {
      throw new UnavailableError('The database is not connected yet.');
    }
    const started = performance.now();
    await db.command({ ping: 1 });
    return {
      version: API_VERSION,
      uptimeSeconds: process.uptime(),
      databaseLatencyMs: performance.now() - started,
    };
  }
}
