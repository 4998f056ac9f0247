import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Language } from '@app/core';
import { CompoundSplitter } from './compounds';
import { type Token, tokensOf } from './tokens';

/** A text the model turns into a vector. */
export interface ModelText {
  title: string;
  body: string;
  language: Language;
}

/** Term ids in increasing order and their weights; the vector has length 1 unless it is empty. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface TextModel {
  /** One per text, in the order given. */
  vectors: SparseVector[];
  /** The word people wrote most often for each term id (a stem or a compound part). */
  surfaces: string[];
}

/** A title names the concern; the body often wanders. A word in the title counts this many times. */
export const TITLE_WEIGHT = 2;
/**
 * A part of a compound counts for this much of the whole word: "loondoorbetalingsplicht" is about
 * "loon", but less than a suggestion that says "loon".
 */
export const COMPOUND_PART_WEIGHT = 0.5;

const STEMMERS: Record<Language, Stemmer> = {
  nl: newStemmer('dutch'),
  en: newStemmer('english'),
};

/** The Snowball stem of a folded word in a language: "belastingen" → "belast". */
export function stemOf(word: string, language: Language): string {
  return STEMMERS[language].stem(word);
}

/** A term (a stem) a word contributes, how much it counts, and the word or part it came from. */
export interface WordTerm {
  weight: number;
  /** The word as written for the whole word; the folded part for a compound's part. */
  surface: string;
}

/**
 * The terms a word contributes: its stem, and for a Dutch compound the stems of its parts at
 * COMPOUND_PART_WEIGHT.
 */
export function termsOfWord(
  token: Token,
  language: Language,
  compounds: CompoundSplitter,
): Map<string, WordTerm> {
  const terms = new Map<string, WordTerm>([
    [stemOf(token.folded, language), { weight: 1, surface: token.surface }],
  ]);
  if (language === 'nl') {
    for (const part of compounds.partsOf(token.folded)) {
      const stem = stemOf(part, language);
      if (!terms.has(stem)) terms.set(stem, { weight: COMPOUND_PART_WEIGHT, surface: part });
    }
  }
  return terms;
}

/** What a compound splitter should know: every word the texts use. */
export function vocabularyOf(tokenLists: readonly (readonly Token[])[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const tokens of tokenLists) for (const token of tokens) vocabulary.add(token.folded);
  return vocabulary;
}

/**
 * TF-IDF vectors of texts, compared by cosine (the dot product of two vectors). A term's frequency
 * in a text is the weighted count of its words (TITLE_WEIGHT for the title, COMPOUND_PART_WEIGHT
 * for a compound's parts), damped as log(1 + tf) so that a word repeated in a long body does not
 * outweigh the rest; its inverse document frequency is the smoothed ln((1 + n) / (1 + df)) + 1 over
 * these texts, so that words every suggestion uses ("ondernemers", "verlaag") count for little.
 */
export function buildTextModel(texts: readonly ModelText[]): TextModel {
  const titles = texts.map((text) => tokensOf(text.title));
  const bodies = texts.map((text) => tokensOf(text.body));
  const compounds = new CompoundSplitter(vocabularyOf([...titles, ...bodies]));
  // Stemming and splitting are the costly part; most words recur, so each is done once per language.
  const wordTerms = new Map<string, Map<string, WordTerm>>();
  const termsOf = (token: Token, language: Language): Map<string, WordTerm> => {
    const key = `${language}:${token.surface}`;
    let terms = wordTerms.get(key);
    if (terms === undefined) {
      terms = termsOfWord(token, language, compounds);
      wordTerms.set(key, terms);
    }
    return terms;
  };
  const termIds = new Map<string, number>();
  const surfaceCounts: Map<string, number>[] = [];
  const documentFrequency: number[] = [];
  const counts = texts.map((text, index) => {
    const frequencies = new Map<number, number>();
    const add = (tokens: readonly Token[], fieldWeight: number): void => {
      for (const token of tokens) {
        for (const [term, { weight, surface }] of termsOf(token, text.language)) {
          let id = termIds.get(term);
          if (id === undefined) {
            id = termIds.size;
            termIds.set(term, id);
            surfaceCounts.push(new Map());
            documentFrequency.push(0);
          }
          const surfaces = surfaceCounts[id] as Map<string, number>;
          surfaces.set(surface, (surfaces.get(surface) ?? 0) + weight);
          frequencies.set(id, (frequencies.get(id) ?? 0) + weight * fieldWeight);
        }
      }
    };
    add(titles[index] ?? [], TITLE_WEIGHT);
    add(bodies[index] ?? [], 1);
    for (const id of frequencies.keys()) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    return frequencies;
  });
  const n = texts.length;
  const vectors = counts.map((frequencies) => {
    const terms = Int32Array.from([...frequencies.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (id) => {
      const idf = Math.log((1 + n) / (1 + (documentFrequency[id] ?? 0))) + 1;
      return Math.log1p(frequencies.get(id) ?? 0) * idf;
    });
    let squares = 0;
    for (const weight of weights) squares += weight * weight;
    const norm = Math.sqrt(squares);
    if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) / norm;
    return { terms, weights };
  });
  const surfaces = surfaceCounts.map((forms) => {
    let best = '';
    let bestCount = -1;
    for (const [form, count] of forms) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  });
  return { vectors, surfaces };
}

/** Cosine similarity of two vectors of the same model. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const termA = a.terms[i] as number;
    const termB = b.terms[j] as number;
    if (termA === termB) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i += 1;
      j += 1;
    } else if (termA < termB) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return sum;
}

/**
 * How similar each candidate is to `query`: the cosine of their vectors in a model built over the
 * query and the candidates (so a word common among the candidates counts for little).
 */
export function similarities(query: ModelText, candidates: readonly ModelText[]): number[] {
  const [queryVector, ...vectors] = buildTextModel([query, ...candidates]).vectors;
  return vectors.map((vector) => (queryVector ? cosine(queryVector, vector) : 0));
}
