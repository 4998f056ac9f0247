import { formatMoment, formatQuantity } from './display-format';

describe('display formats', () => {
  it('dates a moment by the Dutch calendar, whatever zone the process runs in', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (and on 1 June, summer time, 01:30).
    expect(formatMoment('2026-11-30T23:30:00Z', 'nl')).toBe('1 december 2026');
    expect(formatMoment(new Date('2026-11-30T23:30:00Z'), 'en')).toBe('1 December 2026');
    expect(formatMoment('2026-05-31T23:30:00Z', 'nl', 'time')).toBe('01:30');
    expect(formatMoment('2026-11-30T23:30:00Z', 'nl', 'dateTime')).toBe('1 december 2026 om 00:30');
  });

  it('formats numbers and shares per language', () => {
    expect(formatQuantity(12345, 'nl')).toBe('12.345');
    expect(formatQuantity(12345, 'en')).toBe('12,345');
    expect(formatQuantity(0.734, 'nl', 'percent')).toBe('73%');
  });
});
