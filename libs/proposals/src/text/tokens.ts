import { eng, nld } from 'stopword';
import type { Language } from '@app/core';
import { foldText, isStopWord } from './keywords';

/** One word of a text as the text model reads it. */
export interface Token {
  /** Folded as search folds it: "financien". */
  folded: string;
  /** Lower case as written: "financiën" (what keywords show). */
  surface: string;
}

/**
 * Words that say little about what a suggestion is about, beyond the stop words search drops:
 * the verbs and fillers of a request ("graag", "moeten", "zou") recur in every suggestion and would
 * make unrelated ones look alike.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    'aub',
    'alle',
    'alleen',
    'beter',
    'daarom',
    'echt',
    'eigenlijk',
    'elke',
    'erg',
    'even',
    'gaan',
    'gaat',
    'gewoon',
    'graag',
    'heel',
    'hierdoor',
    'jullie',
    'kunt',
    'laat',
    'laten',
    'maak',
    'maken',
    'moeten',
    'mogen',
    'onze',
    'please',
    'should',
    'steeds',
    'vaak',
    'vind',
    'vinden',
    'waar',
    'wanneer',
    'welke',
    'willen',
    'wordt',
    'zeker',
    'zou',
    'zouden',
  ].map(foldText),
);

/**
 * The words of a text that carry meaning, in order, repeats kept (they count): split on anything
 * that is not a letter, mark or digit, without stop words, fillers and single characters.
 */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const folded = foldText(word);
    if (folded.length > 1 && !isStopWord(folded) && !FILLER_WORDS.has(folded)) {
      tokens.push({ folded, surface: word });
    }
  }
  return tokens;
}

const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(nld.map(foldText));
const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(eng.map(foldText));

/**
 * The language of a text that comes without one (what someone is typing): English when it has more
 * English than Dutch stop words ("the", "of" against "de", "het"), else Dutch.
 */
export function guessLanguage(text: string): Language {
  let dutch = 0;
  let english = 0;
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (DUTCH_STOP_WORDS.has(word)) dutch += 1;
    if (ENGLISH_STOP_WORDS.has(word)) english += 1;
  }
  return english > dutch ? 'en' : 'nl';
}
