import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getConnectionToken, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { AppConfig } from '@app/core';
import { DatabaseProfile } from '../profile/database-profile';
import { LockingUnitOfWork } from '../unit-of-work/locking-unit-of-work';
import { UnitOfWork } from '../unit-of-work/unit-of-work';
import { ClusterMembership } from './cluster-membership';
import { INSTANCE_MODEL, instanceSchema, LEASE_MODEL, leaseSchema } from './cluster.schema';
import { DocumentCaches } from './document-cache';
import { InMemoryAccelerators } from './in-memory-accelerators';
import { Locks } from './locks';

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
    ClusterMembership,
    DocumentCaches,
    InMemoryAccelerators,
    Locks,
    LockingUnitOfWork,
    { provide: UnitOfWork, useExisting: LockingUnitOfWork },
  ],
  exports: [ClusterMembership, DatabaseProfile, DocumentCaches, InMemoryAccelerators, UnitOfWork],
})
export class ClusterModule {}
