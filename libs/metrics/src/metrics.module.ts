import { Module } from '@nestjs/common';
import { Metrics } from './metrics';

/**
 * Imported by every module that records (not global), so that specs wiring one library on its
 * own get it too; Nest makes one instance for the whole application all the same.
 */
@Module({
  providers: [Metrics],
  exports: [Metrics],
})
export class MetricsModule {}
