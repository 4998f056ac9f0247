import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../libs/core/src/random/seeded-random';
import type { ClusterableText } from '../../libs/proposals/src/text/clustering';

/** One suggestion of a labelled set in bench/data and the concern it is about. */
export interface LabelledSuggestion extends ClusterableText {
  group: string;
}

/**
 * The labelled sets: `tuning` is the one the clustering's settings were chosen on, `heldOut` was
 * written independently of it and only ever measured, so its figure says how the settings carry over.
 */
export const LABELLED_SETS = {
  tuning: 'clustering-labelled.json',
  heldOut: 'clustering-holdout.json',
} as const;

export type LabelledSetName = keyof typeof LABELLED_SETS;

/** A labelled set; a suggestion without a language is Dutch (the held-out set gives none). */
export function readLabelledSet(root: string, set: LabelledSetName = 'tuning'): LabelledSuggestion[] {
  const path = join(root, 'bench', 'data', LABELLED_SETS[set]);
  const { suggestions } = JSON.parse(readFileSync(path, 'utf8')) as {
    suggestions: (Omit<LabelledSuggestion, 'language'> & Partial<Pick<LabelledSuggestion, 'language'>>)[];
  };
  return suggestions.map((suggestion) => ({ ...suggestion, language: suggestion.language ?? 'nl' }));
}

/** Letters for the made-up words a grown corpus mixes in, so it has a long tail of rare words. */
const LETTERS = 'abcdefghijklmnoprstuvwz'.split('');

/**
 * `size` suggestions grown from the labelled set, for timing only: each is a labelled suggestion
 * with a quarter of its words dropped, a few words of other suggestions and a made-up word or two
 * mixed in, under a new id. Deterministic.
 */
export function grownCorpus(labelled: readonly LabelledSuggestion[], size: number): LabelledSuggestion[] {
  const random = seededRandom(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = labelled.flatMap((text) => `${text.title} ${text.body}`.split(/\s+/));
  const madeUp = (): string =>
    Array.from({ length: 5 + Math.floor(random() * 6) }, () => pick(LETTERS)).join('');
  return Array.from({ length: size }, (_, index) => {
    const base = pick(labelled);
    const keep = (text: string): string =>
      text
        .split(/\s+/)
        .filter(() => random() >= 0.25)
        .join(' ');
    const extra = Array.from({ length: Math.floor(random() * 4) }, () => pick(words));
    return {
      ...base,
      id: `grown-${String(index).padStart(6, '0')}`,
      title: keep(base.title) || base.title,
      body: [keep(base.body), ...extra, madeUp(), random() < 0.5 ? madeUp() : ''].join(' ').trim(),
    };
  });
}
