import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, readableTextColor } from './format';
import { resources } from './i18n';
import { en } from './locales/en';

describe('formatting in the reader’s language', () => {
  it('formats dates and numbers per locale', () => {
    expect(formatDate('2026-11-27T12:00:00Z', 'nl')).toBe('27 november 2026');
    expect(formatDate('2026-11-27T12:00:00Z', 'en')).toBe('27 November 2026');
    // The Dutch day, also in a browser elsewhere: 23:30 UTC is past midnight in Amsterdam.
    expect(formatDate('2026-11-30T23:30:00Z', 'nl')).toBe('1 december 2026');
    expect(formatNumber(12345, 'nl')).toBe('12.345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatPercent(0.734, 'nl')).toBe('73%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });

  it('picks black or white text for a badge colour, whichever contrasts more', () => {
    expect(readableTextColor('#14532d')).toBe('#fff');
    expect(readableTextColor('#f59e0b')).toBe('#000');
    expect(readableTextColor('#fff')).toBe('#000');
    expect(readableTextColor('#1d4ed8')).toBe('#fff');
  });
});

describe('translations', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];

  it('has every string in Dutch and in English', () => {
    expect(keys(en.translation).sort()).toEqual(keys(resources.nl.translation).sort());
  });
});
