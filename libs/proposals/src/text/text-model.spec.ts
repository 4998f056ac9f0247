import { CompoundSplitter } from './compounds';
import { buildTextModel, cosine, stemOf, termsOfWord } from './text-model';
import { guessLanguage, tokensOf } from './tokens';

/** The terms (stems) of a Dutch word in a corpus with this vocabulary. */
function termsOf(word: string, vocabulary: string[] = []): string[] {
  const [token] = tokensOf(word);
  if (token === undefined) throw new Error(`"${word}" is no word`);
  return [...termsOfWord(token, 'nl', new CompoundSplitter(vocabulary)).keys()];
}

describe('text model', () => {
  it('stems Dutch and English with Snowball, after folding accents', () => {
    expect(stemOf('belastingen', 'nl')).toBe(stemOf('belasting', 'nl'));
    expect(stemOf('doorbetalen', 'nl')).toBe(stemOf('doorbetaling', 'nl'));
    expect(stemOf('regulations', 'en')).toBe(stemOf('regulation', 'en'));
    expect(tokensOf('Financiën!')).toEqual([{ folded: 'financien', surface: 'financiën' }]);
  });

  it('splits a Dutch compound on the words of the corpus, over a linking s', () => {
    const vocabulary = ['loondoorbetaling', 'doorbetaling', 'ziekte'];
    const compound = termsOf('loondoorbetalingsplicht', vocabulary);
    expect(compound).toEqual(
      expect.arrayContaining([
        stemOf('loondoorbetaling', 'nl'),
        stemOf('plicht', 'nl'),
        stemOf('loon', 'nl'),
      ]),
    );
    // It meets the shorter compound and its parts written apart.
    expect(termsOf('loondoorbetaling', vocabulary).some((term) => compound.includes(term))).toBe(true);
    expect(compound).toContain(termsOf('loon')[0]);
    expect(compound).toContain(termsOf('doorbetaling')[0]);
  });

  it('splits on common parts without a corpus, over a linking -en-, and leaves plain words alone', () => {
    expect(new CompoundSplitter([]).partsOf('inkomstenbelasting')).toEqual(['inkomsten', 'belasting']);
    expect(new CompoundSplitter(['inkomst']).partsOf('inkomstenbelasting')).toContain('belasting');
    expect(new CompoundSplitter(['ondernemer', 'ondernemers']).partsOf('ondernemers')).toEqual([]);
    expect(new CompoundSplitter([]).partsOf('werknemers')).toEqual([]);
  });

  it('weighs the title up and makes unit vectors whose cosine finds the same concern', () => {
    const model = buildTextModel([
      { title: 'Loondoorbetaling bij ziekte', body: 'Twee jaar is te lang.', language: 'nl' },
      {
        title: 'Zieke werknemer',
        body: 'De loondoorbetalingsplicht drukt zwaar op kleine bedrijven.',
        language: 'nl',
      },
      {
        title: 'Verlaag de lasten voor bedrijven',
        body: 'Minder regels voor kleine bedrijven.',
        language: 'nl',
      },
    ]);
    const [sick, sickToo, burden] = model.vectors;
    if (!sick || !sickToo || !burden) throw new Error('three vectors expected');
    expect(cosine(sick, sick)).toBeCloseTo(1, 12);
    expect(cosine(sick, sickToo)).toBeGreaterThan(cosine(sick, burden));
    expect(model.surfaces).toContain('loondoorbetaling');
  });

  it('guesses the language of typed text from its stop words, Dutch when in doubt', () => {
    expect(guessLanguage('Lower the taxes on the wages of workers')).toBe('en');
    expect(guessLanguage('Verlaag de belasting op het loon van werknemers')).toBe('nl');
    expect(guessLanguage('btw mkb')).toBe('nl');
  });
});
