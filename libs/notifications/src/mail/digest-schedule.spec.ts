import { DEFAULT_DIGEST_SCHEDULE, dueDigest } from './digest-schedule';

describe('dueDigest', () => {
  const at = (iso: string) => dueDigest(new Date(iso), DEFAULT_DIGEST_SCHEDULE);

  it("is today's from 07:00 Amsterdam time in winter (06:00 UTC)", () => {
    expect(at('2026-01-15T06:00:00Z')).toEqual({ day: '2026-01-15', at: new Date('2026-01-15T06:00:00Z') });
    expect(at('2026-01-15T22:59:00Z')).toEqual({ day: '2026-01-15', at: new Date('2026-01-15T06:00:00Z') });
  });

  it("is yesterday's until then", () => {
    expect(at('2026-01-15T05:59:59Z')).toEqual({ day: '2026-01-14', at: new Date('2026-01-14T06:00:00Z') });
    expect(at('2026-03-01T00:00:00Z')).toEqual({ day: '2026-02-28', at: new Date('2026-02-28T06:00:00Z') });
    // Half past midnight in Amsterdam is already the next day there.
    expect(at('2026-01-15T23:30:00Z')).toEqual({ day: '2026-01-15', at: new Date('2026-01-15T06:00:00Z') });
  });

  it('follows summer time (05:00 UTC), also on the day the clocks change', () => {
    expect(at('2026-07-01T05:00:00Z')).toEqual({ day: '2026-07-01', at: new Date('2026-07-01T05:00:00Z') });
    expect(at('2026-03-29T05:30:00Z')).toEqual({ day: '2026-03-29', at: new Date('2026-03-29T05:00:00Z') });
    expect(at('2026-10-25T05:30:00Z')).toEqual({ day: '2026-10-24', at: new Date('2026-10-24T05:00:00Z') });
    expect(at('2026-10-25T06:00:00Z')).toEqual({ day: '2026-10-25', at: new Date('2026-10-25T06:00:00Z') });
  });

  it('takes another time of day and zone', () => {
    expect(dueDigest(new Date('2026-01-15T12:00:00Z'), { hour: 21, minute: 30, timeZone: 'UTC' })).toEqual({
      day: '2026-01-14',
      at: new Date('2026-01-14T21:30:00Z'),
    });
  });
});
