import { adoptWords, keywordCodes } from './ranked-orders';

/** In a file of its own: the codes of words are per process (module), and other specs fill them up. */
describe('adoptWords (the words of a snapshot)', () => {
  it('keeps the codes as they are in a process that had no words', () => {
    const translate = adoptWords(['fresh-a', 'fresh-b']);
    expect(translate).not.toBeNull();
    expect(keywordCodes(['fresh-b', 'fresh-a'])).toBe(String.fromCodePoint(2, 1));
    expect(translate!(String.fromCodePoint(2, 1))).toBe(String.fromCodePoint(2, 1));
  });

  it("turns codes of another process's numbering into this process's", () => {
    // This process has coded fresh-a and fresh-b as 1 and 2; the snapshot's process coded
    // fresh-b as 1, other as 2, fresh-a as 3.
    const translate = adoptWords(['fresh-b', 'other', 'fresh-a']);
    expect(translate).not.toBeNull();
    expect(translate!(String.fromCodePoint(1, 3))).toBe(keywordCodes(['fresh-b', 'fresh-a']));
    expect(translate!(String.fromCodePoint(2))).toBe(keywordCodes(['other']));
    expect(keywordCodes(['other'])).toBe(String.fromCodePoint(3));
  });
});
