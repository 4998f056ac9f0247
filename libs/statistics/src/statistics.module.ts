import { Module } from '@nestjs/common';
import { CurationModule } from '@app/curation';
import { ProposalsModule } from '@app/proposals';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** The public figures: participation, support per theme, follow-up per list. */
@Module({
  imports: [ProposalsModule, CurationModule],
  providers: [StatisticsRepository, StatisticsResolver, StatisticsService],
  exports: [StatisticsService],
})
export class StatisticsModule {}
