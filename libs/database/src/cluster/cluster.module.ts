import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { AppConfig } from '@app/core';
import { DataMigrations } from '../data-migrations';
import { DatabaseProfile } from '../profile/database-profile';
import { LockingUnitOfWork } from '../unit-of-work/locking-unit-of-work';
import { UnitOfWork } from '../unit-of-work/unit-of-work';
import { ChangeBus } from './change-bus';
import { ClusterMembership } from './cluster-membership';
import { DatabaseReachability } from './database-reachability';
import { INSTANCE_MODEL, instanceSchema, LEASE_MODEL, leaseSchema } from './cluster.schema';
import { DocumentCaches } from './document-cache';
import { InMemoryAccelerators } from './in-memory-accelerators';
import { Locks } from './locks';
import { RedisLink } from './redis-link';
import { ServingSignal } from './serving-signal';

/**
 * The database's profile, and behind the unit of work and the in-memory accelerators the
 * coordination between the API processes that share one database.
 */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: INSTANCE_MODEL, schema: instanceSchema },
      { name: LEASE_MODEL, schema: leaseSchema },
    ]),
  ],
  providers: [
    {
      provide: DatabaseProfile,
      inject: [ConfigService, getConnectionToken()],
      useFactory: (config: ConfigService<AppConfig, true>, connection: Connection) =>
        DatabaseProfile.resolve(config.get('DATABASE_PROFILE', { infer: true }), connection),
    },
    ChangeBus,
    ClusterMembership,
    DatabaseReachability,
    DataMigrations,
    DocumentCaches,
    InMemoryAccelerators,
    Locks,
    LockingUnitOfWork,
    RedisLink,
    ServingSignal,
    { provide: UnitOfWork, useExisting: LockingUnitOfWork },
  ],
  exports: [
    ChangeBus,
    ClusterMembership,
    DataMigrations,
    DatabaseProfile,
    DatabaseReachability,
    DocumentCaches,
    InMemoryAccelerators,
    RedisLink,
    ServingSignal,
    UnitOfWork,
  ],
})
export class ClusterModule {}
