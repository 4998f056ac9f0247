import { Injectable } from '@nestjs/common';
import { CuratedListsService, type FollowUpStatusRecord, FollowUpService } from '@app/curation';
import { type ThemeRecord, ThemesService } from '@app/proposals';
import { isoWeekOf, type IsoWeek, weeksBetween } from './iso-week';
import { StatisticsRepository } from './statistics.repository';

/** Crowds read the figures; counting once a minute is fresh enough for weekly bars. */
export const STATISTICS_MAX_AGE_MS = 60_000;

/** The participation chart covers at most a year, up to the current week. */
const MAX_WEEKS = 53;

export interface WeeklyParticipation extends IsoWeek {
  suggestions: number;
  votes: number;
  members: number;
}

export interface ThemeSupport {
  theme: ThemeRecord;
  suggestions: number;
  upvotes: number;
  downvotes: number;
}

export interface FollowUpStatusCount {
  status: FollowUpStatusRecord;
  items: number;
}

/** A follow-up event on the timeline: when, to which status, on which item (1-based). */
export interface FollowUpTimelineEntry {
  at: Date;
  status: FollowUpStatusRecord;
  itemPosition: number;
}

export interface ListFollowUpStatistics {
  listId: string;
  slug: string;
  title: string;
  version: number;
  items: number;
  /** Mean progress (0–100) over the items of the latest version. */
  averageProgress: number;
  /** Every status, in the statuses' order, with how many items are in it now. */
  statuses: FollowUpStatusCount[];
  timeline: FollowUpTimelineEntry[];
}

export interface Statistics {
  generatedAt: Date;
  participation: WeeklyParticipation[];
  themes: ThemeSupport[];
  lists: ListFollowUpStatistics[];
}

/**
 * The public figures. Only what the public can see counts: suggestions that are published or
 * were merged into another (a merged suggestion was public, and its votes moved to the suggestion
 * it was merged into), votes on published suggestions, and the latest published version of each
 * list. Hidden and withdrawn suggestions and the votes on them are left out, so hiding a
 * suggestion takes it out of the figures. Counts only: nobody's name, vote or sector.
 */
@Injectable()
export class StatisticsService {
  private cached: { at: number; statistics: Promise<Statistics> } | null = null;

  constructor(
    private readonly repository: StatisticsRepository,
    private readonly themes: ThemesService,
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
  ) {}

  /** At most a minute old; concurrent requests share one computation. */
  statistics(): Promise<Statistics> {
    const now = Date.now();
    if (this.cached === null || now - this.cached.at >= STATISTICS_MAX_AGE_MS) {
      const statistics = this.compute();
      this.cached = { at: now, statistics };
      // A failed computation is not kept: the next request tries again.
      statistics.catch(() => {
        if (this.cached?.statistics === statistics) {
          this.cached = null;
        }
      });
    }
    return this.cached.statistics;
  }

  private async compute(): Promise<Statistics> {
    const generatedAt = new Date();
    const [support, lists] = await Promise.all([this.support(generatedAt), this.listStatistics()]);
    return { generatedAt, ...support, lists };
  }

  private async support(now: Date): Promise<Pick<Statistics, 'participation' | 'themes'>> {
    const counts = new Map<string, { suggestions: number; votes: number; members: number }>();
    const firstWeek = isoWeekOf(new Date(now.getTime() - (MAX_WEEKS - 1) * 7 * 86_400_000));
    let earliest = now;
    const count = (at: Date, field: 'suggestions' | 'votes' | 'members'): void => {
      const { week, monday } = isoWeekOf(at);
      if (monday < firstWeek.monday) {
        return;
      }
      if (at < earliest) {
        earliest = at;
      }
      const entry = counts.get(week) ?? { suggestions: 0, votes: 0, members: 0 };
      entry[field] += 1;
      counts.set(week, entry);
    };

    const themes = await this.themes.all();
    const perTheme = new Map(
      themes.map((theme) => [theme._id.toHexString(), { theme, suggestions: 0, upvotes: 0, downvotes: 0 }]),
    );
    const published = new Set<string>();
    for await (const suggestion of this.repository.countedSuggestions()) {
      count(suggestion.createdAt, 'suggestions');
      if (suggestion.status !== 'PUBLISHED') {
        continue;
      }
      published.add(suggestion._id.toHexString());
      const theme = perTheme.get(suggestion.themeId.toHexString());
      if (theme !== undefined) {
        theme.suggestions += 1;
        theme.upvotes += suggestion.upvotes;
        theme.downvotes += suggestion.downvotes;
      }
    }
    for await (const vote of this.repository.votes()) {
      if (published.has(vote.proposalId.toHexString())) {
        count(vote.createdAt, 'votes');
      }
    }
    for await (const member of this.repository.memberSince()) {
      count(member.createdAt, 'members');
    }

    return {
      participation: weeksBetween(earliest, now).map((week) => ({
        ...week,
        ...(counts.get(week.week) ?? { suggestions: 0, votes: 0, members: 0 }),
      })),
      themes: [...perTheme.values()],
    };
  }

  private async listStatistics(): Promise<ListFollowUpStatistics[]> {
    const [views, statuses] = await Promise.all([this.lists.allPublished(), this.followUps.statuses()]);
    const statusByKey = new Map(statuses.map((status) => [status.key, status]));
    return Promise.all(
      views.map(async (view) => {
        const itemIds = view.content.items.map((item) => item.id);
        const [followUps, events] = await Promise.all([
          this.followUps.findFollowUps(itemIds),
          this.followUps.eventsOf(itemIds),
        ]);
        const position = new Map(itemIds.map((id, index) => [id, index + 1]));
        const totalProgress = followUps.reduce((sum, followUp) => sum + followUp.progress, 0);
        return {
          listId: view.list._id.toHexString(),
          slug: view.list.slug,
          title: view.content.title,
          version: view.version,
          items: itemIds.length,
          averageProgress: itemIds.length === 0 ? 0 : totalProgress / itemIds.length,
          statuses: statuses.map((status) => ({
            status,
            items: followUps.filter((followUp) => followUp.statusKey === status.key).length,
          })),
          timeline: events
            .sort(
              (a, b) => a.at.getTime() - b.at.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime(),
            )
            .flatMap((event) => {
              const status = statusByKey.get(event.toStatus);
              const itemPosition = position.get(event.itemId);
              return status === undefined || itemPosition === undefined
                ? []
                : [{ at: event.at, status, itemPosition }];
            }),
        };
      }),
    );
  }
}
