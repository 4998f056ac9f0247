import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Language } from '@app/core';
import { FollowUpStatusModel, toFollowUpStatusModel } from '@app/curation';
import { ThemeModel, toThemeModel } from '@app/proposals';
import type { Statistics } from '../statistics.service';

@ObjectType('WeeklyParticipation', { description: 'What happened in one ISO week (Amsterdam time).' })
export class WeeklyParticipationModel {
  @Field({ description: 'The ISO week, like 2026-W49.' })
  week!: string;

  @Field({ description: "The date of the week's Monday, like 2026-11-30." })
  monday!: string;

  @Field(() => Int, { description: 'New suggestions that are public (published, or merged into another).' })
  suggestions!: number;

  @Field(() => Int, { description: 'Votes cast on suggestions that are published now.' })
  votes!: number;

  @Field(() => Int, { description: 'New members.' })
  members!: number;
}

@ObjectType('ThemeSupport')
export class ThemeSupportModel {
  @Field(() => ThemeModel)
  theme!: ThemeModel;

  @Field(() => Int, { description: 'Published suggestions in the theme.' })
  suggestions!: number;

  @Field(() => Int)
  upvotes!: number;

  @Field(() => Int)
  downvotes!: number;
}

@ObjectType('FollowUpStatusCount')
export class FollowUpStatusCountModel {
  @Field(() => FollowUpStatusModel)
  status!: FollowUpStatusModel;

  @Field(() => Int, { description: "Items of the list's latest version in this status now." })
  items!: number;
}

@ObjectType('FollowUpTimelineEntry')
export class FollowUpTimelineEntryModel {
  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field(() => FollowUpStatusModel, { description: 'The status the item went to.' })
  status!: FollowUpStatusModel;

  @Field(() => Int, { description: "The item's position in the latest version, from 1." })
  itemPosition!: number;
}

@ObjectType('ListFollowUpStatistics')
export class ListFollowUpStatisticsModel {
  @Field(() => ID)
  listId!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'The latest published version, which the figures describe.' })
  version!: number;

  @Field(() => Int)
  items!: number;

  @Field(() => Float, { description: 'Mean progress of the items, 0 to 100.' })
  averageProgress!: number;

  @Field(() => [FollowUpStatusCountModel], { description: 'Every status, in order, with its items.' })
  statuses!: FollowUpStatusCountModel[];

  @Field(() => [FollowUpTimelineEntryModel], { description: 'Follow-up events, oldest first.' })
  timeline!: FollowUpTimelineEntryModel[];
}

@ObjectType('Statistics', {
  description:
    'Public figures, at most a minute old. Hidden and withdrawn suggestions and the votes on them are left out.',
})
export class StatisticsModel {
  @Field()
  generatedAt!: Date;

  @Field(() => [WeeklyParticipationModel], {
    description: 'Per week, from the first with activity (at most a year back) to the current one.',
  })
  participation!: WeeklyParticipationModel[];

  @Field(() => [ThemeSupportModel], { description: "Every theme, in the themes' order." })
  themes!: ThemeSupportModel[];

  @Field(() => [ListFollowUpStatisticsModel], { description: 'Every published list, newest first.' })
  lists!: ListFollowUpStatisticsModel[];
}

export function toStatisticsModel(statistics: Statistics, language: Language): StatisticsModel {
  return {
    generatedAt: statistics.generatedAt,
    participation: statistics.participation,
    themes: statistics.themes.map((support) => ({
      ...support,
      theme: toThemeModel(support.theme, language),
    })),
    lists: statistics.lists.map((list) => ({
      listId: list.listId,
      slug: list.slug,
      title: list.title,
      version: list.version,
      items: list.items,
      averageProgress: list.averageProgress,
      statuses: list.statuses.map((count) => ({
        items: count.items,
        status: toFollowUpStatusModel(count.status, language),
      })),
      timeline: list.timeline.map((entry) => ({
        at: entry.at,
        itemPosition: entry.itemPosition,
        status: toFollowUpStatusModel(entry.status, language),
      })),
    })),
  };
}
