import { isoWeekOf, weeksBetween } from './iso-week';

describe('isoWeekOf', () => {
  it.each([
    ['2026-12-02T12:00:00Z', '2026-W49', '2026-11-30'],
    // Week 1 of 2026 begins on Monday 29 December 2025; 2020 had a week 53.
    ['2025-12-29T12:00:00Z', '2026-W01', '2025-12-29'],
    ['2021-01-03T12:00:00Z', '2020-W53', '2020-12-28'],
    // Sunday 23:30 UTC is already Monday in Amsterdam.
    ['2026-11-29T23:30:00Z', '2026-W49', '2026-11-30'],
    ['2026-11-29T22:30:00Z', '2026-W48', '2026-11-23'],
  ])('%s falls in %s (Monday %s)', (at, week, monday) => {
    expect(isoWeekOf(new Date(at))).toEqual({ week, monday });
  });
});

describe('weeksBetween', () => {
  it('lists every week once, across a change of year and of daylight saving', () => {
    const weeks = weeksBetween(new Date('2025-10-20T10:00:00Z'), new Date('2026-01-07T10:00:00Z'));
    expect(weeks.map((week) => week.week)).toEqual([
      '2025-W43',
      '2025-W44',
      '2025-W45',
      '2025-W46',
      '2025-W47',
      '2025-W48',
      '2025-W49',
      '2025-W50',
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
    ]);
  });

  it('gives one week when both dates fall in it', () => {
    expect(weeksBetween(new Date('2026-12-01'), new Date('2026-12-02'))).toEqual([
      { week: '2026-W49', monday: '2026-11-30' },
    ]);
  });
});
