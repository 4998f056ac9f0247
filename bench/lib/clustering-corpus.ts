import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../libs/core/src/random/seeded-random';
import type { ClusterableText } from '../../libs/proposals/src/text/clustering';

/** One suggestion of bench/data/clustering-labelled.json and the concern it is about. */
export interface LabelledSuggestion extends ClusterableText {
  group: string;
}

export function readLabelledSet(root: string): LabelledSuggestion[] {
  const path = join(root, 'bench', 'data', 'clustering-labelled.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { suggestions: LabelledSuggestion[] }).suggestions;
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
