import type { TestingModule } from '@nestjs/testing';
import { Role } from '@app/accounts';
import { CurationModule, FollowUpService } from '@app/curation';
import { ModerationService, ProposalsService, VotesService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../test/support/medium';
import { isoWeekOf } from './iso-week';
import { STATISTICS_MAX_AGE_MS, type Statistics, StatisticsService } from './statistics.service';
import { StatisticsModule } from './statistics.module';

describe('StatisticsService', () => {
  let moduleRef: TestingModule;
  let service: StatisticsService;
  let statistics: Statistics;
  let listSlug: string;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-statistics', [CurationModule, StatisticsModule]);
    service = moduleRef.get(StatisticsService);
    const [author, moderator, editor, liaison, voter] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR]),
      createUser(moduleRef, [Role.EDITOR]),
      createUser(moduleRef, [Role.LIAISON]),
      createUser(moduleRef),
    ]);
    const kept = await submitProposal(moduleRef, author, 'Minder regels voor ondernemers');
    const hidden = await submitProposal(moduleRef, author, 'Een voorstel dat verborgen wordt');
    const withdrawn = await submitProposal(moduleRef, author, 'Een voorstel dat wordt ingetrokken');
    const votes = moduleRef.get(VotesService);
    for (const [user, proposal, value] of [
      [voter, kept, 'UP'],
      [moderator, kept, 'DOWN'],
      [editor, kept, 'UP'],
      [voter, hidden, 'UP'],
      [voter, withdrawn, 'UP'],
    ] as const) {
      await votes.cast(user, proposal._id.toHexString(), value);
    }
    await moduleRef.get(ModerationService).hide(moderator, hidden._id.toHexString(), 'Niet ter zake');
    await moduleRef.get(ProposalsService).withdraw(author, withdrawn._id.toHexString(), 'Niet meer nodig');

    const second = await submitProposal(moduleRef, author, 'Snellere netaansluiting voor bedrijven');
    const view = await publishList(moduleRef, editor, [[kept], [second]]);
    listSlug = view.list.slug;
    await moduleRef.get(FollowUpService).record(liaison, {
      itemId: view.content.items[1]!.id,
      statusKey: 'in-talks',
      progress: 40,
      note: 'In gesprek met het ministerie.',
    });
    statistics = await service.statistics();
  });

  afterAll(() => moduleRef.close());

  it('counts this week’s participation, leaving out hidden and withdrawn suggestions and their votes', () => {
    expect(statistics.participation).toEqual([
      { ...isoWeekOf(new Date()), suggestions: 2, votes: 3, members: 5 },
    ]);
  });

  it('sums the support of published suggestions per theme, every theme in order', () => {
    const [first, ...others] = statistics.themes;
    expect(first).toMatchObject({ suggestions: 2, upvotes: 2, downvotes: 1 });
    expect(others).toHaveLength(9);
    expect(others.every((theme) => theme.suggestions === 0 && theme.upvotes === 0)).toBe(true);
  });

  it("describes each list's follow-up: statuses now, average progress and the timeline", () => {
    expect(statistics.lists).toHaveLength(1);
    const [list] = statistics.lists;
    expect(list).toMatchObject({ slug: listSlug, version: 1, items: 2, averageProgress: 20 });
    const counts = Object.fromEntries(list!.statuses.map((count) => [count.status.key, count.items]));
    expect(counts).toMatchObject({ 'handed-over': 1, 'in-talks': 1, adopted: 0 });
    expect(list!.statuses.map((count) => count.status.key)[0]).toBe('handed-over');
    expect(list!.timeline.map((entry) => [entry.status.key, entry.itemPosition])).toEqual([
      ['handed-over', 1],
      ['handed-over', 2],
      ['in-talks', 2],
    ]);
  });

  it('answers from memory for a minute, then counts again', async () => {
    const author = await createUser(moduleRef);
    await submitProposal(moduleRef, author, 'Nog een voorstel na het tellen');
    expect(await service.statistics()).toBe(statistics);
    const realNow = Date.now.bind(Date);
    const later = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + STATISTICS_MAX_AGE_MS);
    try {
      const recounted = await service.statistics();
      expect(recounted.participation.at(-1)).toMatchObject({ suggestions: 3, members: 6 });
    } finally {
      later.mockRestore();
    }
  });
});
