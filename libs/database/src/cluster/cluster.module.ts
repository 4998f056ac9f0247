import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ClusterMembership } from './cluster-membership';
import { INSTANCE_MODEL, instanceSchema, LEASE_MODEL, leaseSchema } from './cluster.schema';
import { DocumentCaches } from './document-cache';
import { Locks } from './locks';

/** Coordination between the API processes that share one database. */
@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: INSTANCE_MODEL, schema: instanceSchema },
      { name: LEASE_MODEL, schema: leaseSchema },
    ]),
  ],
  providers: [ClusterMembership, DocumentCaches, Locks],
  exports: [ClusterMembership, DocumentCaches, Locks],
})
export class ClusterModule {}
