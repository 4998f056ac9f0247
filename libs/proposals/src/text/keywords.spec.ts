import { foldText, keywordsOf } from './keywords';

describe('keywords', () => {
  it('folds case and accents', () => {
    expect(foldText('Financiën, ÉÉN café')).toBe('financien, een cafe');
  });

  it('keeps the distinct meaningful words and drops Dutch and English stop words', () => {
    expect(keywordsOf('Voorkom verspilling van energie en grondstoffen; voorkom het!')).toEqual([
      'voorkom',
      'verspilling',
      'energie',
      'grondstoffen',
    ]);
    expect(keywordsOf('The bank of the Netherlands: a "Oranje Bank"')).toEqual([
      'bank',
      'netherlands',
      'oranje',
    ]);
  });

  it('keeps numbers and drops single characters', () => {
    expect(keywordsOf('60 miljard x MKB')).toEqual(['60', 'miljard', 'mkb']);
  });
});
