import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/accounts';
import { type Language, RequestLanguage } from '@app/core';
import { StatisticsModel, toStatisticsModel } from './models/statistics.models';
import { StatisticsService } from './statistics.service';

@Resolver(() => StatisticsModel)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Public()
  @Query(() => StatisticsModel, {
    description: 'Participation per week, support per theme and follow-up per list; counts only.',
  })
  async statistics(@RequestLanguage() language: Language): Promise<StatisticsModel> {
    return toStatisticsModel(await this.service.statistics(), language);
  }
}
