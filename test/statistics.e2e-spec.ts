import { seedStatistics, STATISTICS_QUERY, type StatisticsAnswer } from './support/statistics';
import { startTestApp, type TestApp } from './support/test-app';

/** The public statistics over HTTP, anonymous, against the real embedded database. */
describe('statistics (e2e)', () => {
  let t: TestApp;
  let listSlug: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_statistics');
    ({ listSlug } = await seedStatistics(t));
  });

  afterAll(() => t.close());

  it('answers anyone with counts that leave out the hidden suggestion and its votes', async () => {
    const response = await t.gql<StatisticsAnswer>(STATISTICS_QUERY);
    expect(response.errors).toBeUndefined();
    const statistics = response.data!.statistics;
    expect(statistics.participation).toHaveLength(1);
    expect(statistics.participation[0]).toMatchObject({ suggestions: 3, votes: 6, members: 8 });
    const bySlug = Object.fromEntries(statistics.themes.map((support) => [support.theme.slug, support]));
    expect(bySlug.talent).toMatchObject({ suggestions: 2, upvotes: 4, downvotes: 0 });
    expect(bySlug.health).toMatchObject({ suggestions: 1, upvotes: 1, downvotes: 1 });
    expect(statistics.themes).toHaveLength(10);
  });

  it("gives each published list's statuses now and its follow-up timeline", async () => {
    const { data } = await t.gql<StatisticsAnswer>(STATISTICS_QUERY);
    expect(data!.statistics.lists).toHaveLength(1);
    const [list] = data!.statistics.lists;
    expect(list).toMatchObject({ slug: listSlug, version: 1, items: 1, averageProgress: 0 });
    expect(list!.statuses.filter((count) => count.items > 0)).toEqual([
      { items: 1, status: { key: 'in-talks', name: 'In gesprek' } },
    ]);
    expect(list!.timeline.map((entry) => [entry.status.key, entry.itemPosition])).toEqual([
      ['handed-over', 1],
      ['in-talks', 1],
    ]);
  });
});
