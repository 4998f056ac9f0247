import { Module } from '@nestjs/common';
import { PublicReads } from './public-reads';

/** The response cache of anonymous public reads; bootstrap mounts its middleware, Apollo its plugin. */
@Module({ providers: [PublicReads], exports: [PublicReads] })
export class PublicReadsModule {}
