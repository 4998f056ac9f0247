import { averageLinkage } from './average-linkage';

/** A symmetric sparse graph from pairs. */
function graphOf(size: number, edges: [number, number, number][]): Map<number, number>[] {
  const graph = Array.from({ length: size }, () => new Map<number, number>());
  for (const [a, b, similarity] of edges) {
    graph[a]?.set(b, similarity);
    graph[b]?.set(a, similarity);
  }
  return graph;
}

/** Items grouped by cluster, each group in item order. */
function groups(roots: Int32Array): number[][] {
  const byRoot = new Map<number, number[]>();
  roots.forEach((root, item) => byRoot.set(root, [...(byRoot.get(root) ?? []), item]));
  return [...byRoot.values()];
}

describe('averageLinkage', () => {
  // 0–1 at 0.9 and 2–3 at 0.6 merge first; {0,1} and {2,3} then have the cross pairs 1–2 (0.5) and
  // 0–2 (0.1), and 0–3, 1–3 are missing (0): on average (0.5 + 0.1 + 0 + 0) / 4 = 0.15.
  const graph = graphOf(4, [
    [0, 1, 0.9],
    [2, 3, 0.6],
    [1, 2, 0.5],
    [0, 2, 0.1],
  ]);

  it('merges two groups exactly when their average similarity reaches the threshold', () => {
    expect(groups(averageLinkage(graph, 0.15))).toEqual([[0, 1, 2, 3]]);
    expect(groups(averageLinkage(graph, 0.151))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('does not merge on the single best pair (that would be single linkage)', () => {
    // 1–2 at 0.5 is above the threshold, the average of the groups is not.
    expect(groups(averageLinkage(graph, 0.4))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(groups(averageLinkage(graph, 0.61))).toEqual([[0, 1], [2], [3]]);
  });
});
