import type { SparseVector } from './text-model';

export interface GraphOptions {
  /** Each text keeps its this many most similar others (ties: the earlier text). */
  neighbours: number;
  /** Pairs less similar than this are left out (they count as 0). */
  floor: number;
}

/**
 * The sparse similarity graph of unit vectors: for each text its `neighbours` most similar others
 * by cosine, and each of those pairs in both directions (the union of the k-nearest-neighbour
 * lists). The dot products are accumulated through an inverted index, so only pairs that share a
 * term are ever touched, and memory grows with texts × neighbours, not texts².
 */
export function similarityGraph(
  vectors: readonly SparseVector[],
  options: GraphOptions,
): Map<number, number>[] {
  const n = vectors.length;
  const postings = invertedIndex(vectors);
  const graph = vectors.map(() => new Map<number, number>());
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const best = new NearestList(options.neighbours);
  for (let i = 0; i < n; i += 1) {
    const vector = vectors[i] as SparseVector;
    let touchedCount = 0;
    for (let k = 0; k < vector.terms.length; k += 1) {
      const weight = vector.weights[k] as number;
      const term = vector.terms[k] as number;
      const end = postings.offsets[term + 1] as number;
      for (let p = postings.offsets[term] as number; p < end; p += 1) {
        const j = postings.texts[p] as number;
        if (j === i) continue;
        if (scores[j] === 0) touched[touchedCount++] = j;
        scores[j] = (scores[j] as number) + weight * (postings.weights[p] as number);
      }
    }
    best.clear();
    for (let t = 0; t < touchedCount; t += 1) {
      const j = touched[t] as number;
      const score = scores[j] as number;
      scores[j] = 0;
      if (score >= options.floor) best.offer(j, score);
    }
    for (const [j, score] of best.entries()) {
      graph[i]?.set(j, score);
      graph[j]?.set(i, score);
    }
  }
  return graph;
}

/** For each term, the texts that have it and its weight in each (compressed rows). */
function invertedIndex(vectors: readonly SparseVector[]): {
  offsets: Int32Array;
  texts: Int32Array;
  weights: Float64Array;
} {
  let termCount = 0;
  let entries = 0;
  for (const vector of vectors) {
    entries += vector.terms.length;
    for (const term of vector.terms) termCount = Math.max(termCount, term + 1);
  }
  const offsets = new Int32Array(termCount + 1);
  for (const vector of vectors)
    for (const term of vector.terms) offsets[term + 1] = (offsets[term + 1] as number) + 1;
  for (let t = 0; t < termCount; t += 1) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
  const fill = offsets.slice(0, termCount);
  const texts = new Int32Array(entries);
  const weights = new Float64Array(entries);
  vectors.forEach((vector, index) => {
    for (let k = 0; k < vector.terms.length; k += 1) {
      const term = vector.terms[k] as number;
      const at = fill[term] as number;
      fill[term] = at + 1;
      texts[at] = index;
      weights[at] = vector.weights[k] as number;
    }
  });
  return { offsets, texts, weights };
}

/** The `size` highest-scoring texts offered, in a min-heap (the worst kept on top). */
class NearestList {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly size: number) {}

  clear(): void {
    this.ids.length = 0;
    this.scores.length = 0;
  }

  offer(id: number, score: number): void {
    if (this.size <= 0) return;
    if (this.ids.length < this.size) {
      this.ids.push(id);
      this.scores.push(score);
      this.up(this.ids.length - 1);
    } else if (this.worse(0, id, score)) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  entries(): [number, number][] {
    return this.ids.map((id, index) => [id, this.scores[index] as number]);
  }

  /** Whether the kept entry at `index` ranks below (id, score): lower score, or equal and a later id. */
  private worse(index: number, id: number, score: number): boolean {
    const kept = this.scores[index] as number;
    return kept < score || (kept === score && (this.ids[index] as number) > id);
  }

  private up(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worse(child, this.ids[parent] as number, this.scores[parent] as number)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(index: number): void {
    let parent = index;
    for (;;) {
      let worst = parent;
      for (const child of [2 * parent + 1, 2 * parent + 2]) {
        if (
          child < this.ids.length &&
          this.worse(child, this.ids[worst] as number, this.scores[worst] as number)
        ) {
          worst = child;
        }
      }
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b] as number, this.ids[a] as number];
    [this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number];
  }
}
