import { searchText } from './search-text';

describe('searchText', () => {
  it('accepts words, trims them, and refuses NUL, lone surrogates and overlong text', () => {
    expect(searchText(10).parse('  belasting ')).toBe('belasting');
    expect(searchText(10).safeParse('a\u0000b').success).toBe(false);
    expect(searchText(10).safeParse('a\uD800b').success).toBe(false);
    expect(searchText(3).safeParse('abcd').success).toBe(false);
  });
});
