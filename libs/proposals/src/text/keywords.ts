import { eng, nld } from 'stopword';

/** Lower case without accents: "Financiën" → "financien". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const STOP_WORDS: ReadonlySet<string> = new Set([...nld, ...eng].map(foldText));

/** Whether a folded word is a Dutch or English stop word. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/**
 * The distinct words of a text that carry meaning, folded: what search and "similar suggestions"
 * compare. Dutch and English stop words and single characters are left out.
 */
export function keywordsOf(text: string): string[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !isStopWord(word));
  return [...new Set(words)];
}
