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
 * lists). The dot products are accumulated through an inverted index, each pair once, so only
 * pairs that share a term are ever touched, and memory grows with texts × neighbours, not texts².
 */
export function similarityGraph(
  vectors: readonly SparseVector[],
  options: GraphOptions,
): Map<number, number>[] {
  const n = vectors.length;
  const postings = invertedIndex(vectors);
  // The postings of a term list texts in order, so those before `next[term]` were all handled.
  const next = postings.offsets.slice(0, -1);
  const nearest = new NearestLists(n, options.neighbours);
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const vector = vectors[i] as SparseVector;
    let touchedCount = 0;
    for (let k = 0; k < vector.terms.length; k += 1) {
      const weight = vector.weights[k] as number;
      const term = vector.terms[k] as number;
      const end = postings.offsets[term + 1] as number;
      // postings.texts[next[term]] is i itself; the later texts follow it.
      const self = next[term] as number;
      next[term] = self + 1;
      for (let p = self + 1; p < end; p += 1) {
        const j = postings.texts[p] as number;
        if (scores[j] === 0) touched[touchedCount++] = j;
        scores[j] = (scores[j] as number) + weight * (postings.weights[p] as number);
      }
    }
    for (let t = 0; t < touchedCount; t += 1) {
      const j = touched[t] as number;
      const score = scores[j] as number;
      scores[j] = 0;
      if (score >= options.floor) {
        nearest.offer(i, j, score);
        nearest.offer(j, i, score);
      }
    }
  }
  const graph = vectors.map(() => new Map<number, number>());
  for (let i = 0; i < n; i += 1) {
    nearest.forEach(i, (j, score) => {
      graph[i]?.set(j, score);
      graph[j]?.set(i, score);
    });
  }
  return graph;
}

/** For each term, the texts that have it (in text order) and its weight in each (compressed rows). */
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

/**
 * For each text, the `size` highest-scoring others offered, as a min-heap (the worst kept at the
 * root) in one flat block of memory.
 */
class NearestLists {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private readonly counts: Int32Array;

  constructor(
    texts: number,
    private readonly size: number,
  ) {
    this.ids = new Int32Array(texts * size);
    this.scores = new Float64Array(texts * size);
    this.counts = new Int32Array(texts);
  }

  offer(text: number, id: number, score: number): void {
    if (this.size <= 0) return;
    const base = text * this.size;
    const count = this.counts[text] as number;
    if (count < this.size) {
      this.counts[text] = count + 1;
      this.ids[base + count] = id;
      this.scores[base + count] = score;
      this.up(base, count);
    } else if (this.ranksBelow(base, id, score)) {
      this.ids[base] = id;
      this.scores[base] = score;
      this.down(base, count);
    }
  }

  forEach(text: number, visit: (id: number, score: number) => void): void {
    const base = text * this.size;
    for (let k = 0; k < (this.counts[text] as number); k += 1) {
      visit(this.ids[base + k] as number, this.scores[base + k] as number);
    }
  }

  /** Whether the entry at `at` ranks below (id, score): a lower score, or equal and a later id. */
  private ranksBelow(at: number, id: number, score: number): boolean {
    const kept = this.scores[at] as number;
    return kept < score || (kept === score && (this.ids[at] as number) > id);
  }

  private up(base: number, index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (
        !this.ranksBelow(
          base + child,
          this.ids[base + parent] as number,
          this.scores[base + parent] as number,
        )
      ) {
        return;
      }
      this.swap(base + child, base + parent);
      child = parent;
    }
  }

  private down(base: number, count: number): void {
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (
        left < count &&
        this.ranksBelow(base + left, this.ids[base + worst] as number, this.scores[base + worst] as number)
      ) {
        worst = left;
      }
      if (
        right < count &&
        this.ranksBelow(base + right, this.ids[base + worst] as number, this.scores[base + worst] as number)
      ) {
        worst = right;
      }
      if (worst === parent) return;
      this.swap(base + parent, base + worst);
      parent = worst;
    }
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a] as number;
    this.ids[a] = this.ids[b] as number;
    this.ids[b] = id;
    const score = this.scores[a] as number;
    this.scores[a] = this.scores[b] as number;
    this.scores[b] = score;
  }
}
