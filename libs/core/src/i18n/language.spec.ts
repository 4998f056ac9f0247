import { negotiateLanguage } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['fr', 'nl'],
    ['en;q=0.3, nl;q=0.7', 'nl'],
    ['en;q=0, *', 'nl'],
  ])('%p → %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
