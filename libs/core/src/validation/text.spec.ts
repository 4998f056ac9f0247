import { bodyText, lineText, slugText, visibleLength } from './text';

describe('visibleLength', () => {
  it('counts what a reader sees: grapheme clusters, without zero-width and format characters', () => {
    expect(visibleLength('Kabinet')).toBe(7);
    expect(visibleLength('\u200B'.repeat(6))).toBe(0);
    expect(visibleLength('a\u200Db\u2060c\uFEFF')).toBe(3);
    // One flag, one family, one accented letter written as two code points.
    expect(visibleLength('🇳🇱👨‍👩‍👧e\u0301')).toBe(3);
    expect(visibleLength('a b')).toBe(3);
    expect(visibleLength('\u3164\u115F')).toBe(0);
  });
});

describe('lineText', () => {
  const title = lineText({ min: 5, max: 20 });
  const problem = (value: string): string | undefined => title.safeParse(value).error?.issues[0]?.message;

  it('trims and normalises to NFC', () => {
    expect(title.parse('  Financie\u0308n  ')).toBe('Financiën');
    expect(title.parse('Financiën')).toBe('Financi\u00EBn');
  });

  it('counts visible characters for the minimum', () => {
    expect(problem('\u200B'.repeat(6))).toBe('must have at least 5 visible characters');
    expect(problem('ab\u200B\u200B\u200Bc')).toBe('must have at least 5 visible characters');
    expect(problem('abcde')).toBeUndefined();
  });

  it('refuses bidirectional overrides and isolates, controls, line breaks and tabs', () => {
    for (const character of [
      '\u202A',
      '\u202E',
      '\u2066',
      '\u2069',
      '\u0000',
      '\u0007',
      '\n',
      '\t',
      '\u0085',
      '\u007F',
    ]) {
      expect(problem(`abc${character}def`)).toBe(
        'must be one line without control characters or bidirectional overrides',
      );
    }
  });

  it('refuses lone surrogates, and accepts pairs', () => {
    expect(problem('abcdef\uD800')).toBe('must be valid Unicode text (it has a lone surrogate)');
    expect(problem('\uDC00abcdef')).toBe('must be valid Unicode text (it has a lone surrogate)');
    expect(problem('abcde😀')).toBeUndefined();
  });

  it('keeps the maximum in characters', () => {
    expect(problem('x'.repeat(21))).toBe('must be at most 20 characters');
  });
});

describe('bodyText', () => {
  const body = bodyText({ min: 20, max: 10_000 });
  const problem = (value: string): string | undefined => body.safeParse(value).error?.issues[0]?.message;

  it('keeps line breaks and tabs and normalises to NFC', () => {
    const text = 'Eerste regel,\n\tmet een inspringing e\u0301n meer.';
    expect(body.parse(text)).toBe(text.normalize('NFC'));
  });

  it('counts visible characters for the minimum, and refuses lone surrogates', () => {
    expect(problem(`a${'\u200B'.repeat(30)}b`)).toBe('must have at least 20 visible characters');
    expect(problem(`${'\n'.repeat(30)}ab`)).toBe('must have at least 20 visible characters');
    expect(problem(`${'x'.repeat(25)}\uD83D`)).toBe('must be valid Unicode text (it has a lone surrogate)');
    expect(problem('x'.repeat(10_001))).toBe('must be at most 10,000 characters');
  });

  it('says "is required" for a minimum of one', () => {
    expect(bodyText({ min: 1, max: 10 }).safeParse('\u200B').error?.issues[0]?.message).toBe('is required');
  });
});

describe('slugText', () => {
  it('lower-cases and trims a slug, and refuses anything but words joined by "-"', () => {
    expect(slugText(20).parse(' Wonen-EN-Bouwen ')).toBe('wonen-en-bouwen');
    expect(slugText(20).safeParse('wonen--bouwen').success).toBe(false);
    expect(slugText(20).safeParse('-wonen').success).toBe(false);
    expect(slugText(20).safeParse('wonen_bouwen').success).toBe(false);
    expect(slugText(5).safeParse('wonen-bouwen').success).toBe(false);
  });
});
