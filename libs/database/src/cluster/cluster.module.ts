import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LockingUnitOfWork } from '../unit-of-work/locking-unit-of-work';
import { UnitOfWork } from '../unit-of-work/unit-of-work';
import { ClusterMembership } from './cluster-membership';
import { INSTANCE_MODEL, instanceSchema, LEASE_MODEL, leaseSchema } from './cluster.schema';
import { DocumentCaches } from './document-cache';
import { Locks } from './locks';

/** Coordination between the API processes that share one database, behind the unit of work. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: INSTANCE_MODEL, schema: instanceSchema },
      { name: LEASE_MODEL, schema: leaseSchema },
    ]),
  ],
  providers: [
    ClusterMembership,
    DocumentCaches,
    Locks,
    LockingUnitOfWork,
    { provide: UnitOfWork, useExisting: LockingUnitOfWork },
  ],
  exports: [ClusterMembership, DocumentCaches, UnitOfWork],
})
export class ClusterModule {}
