/** A candidate merge: two live clusters and their average similarity. */
interface Merge {
  similarity: number;
  a: number;
  b: number;
}

/** Higher similarity first; ties by the lower cluster ids, so the result never depends on chance. */
function before(x: Merge, y: Merge): boolean {
  if (x.similarity !== y.similarity) return x.similarity > y.similarity;
  return x.a !== y.a ? x.a < y.a : x.b < y.b;
}

/**
 * Average-linkage agglomerative clustering on a sparse similarity graph (pairs not in the graph
 * count as 0), stopped when no two clusters are on average at least `threshold` similar. Repeatedly
 * merges the two clusters with the highest mean similarity over all their cross pairs; a merged
 * cluster gets a new id, and candidate merges of clusters that are gone are skipped when they come
 * up. `graph[i]` maps neighbour j to sim(i, j), both directions present. Returns for each item the
 * id of its cluster (the same number for items of one cluster).
 */
export function averageLinkage(graph: readonly ReadonlyMap<number, number>[], threshold: number): Int32Array {
  const n = graph.length;
  // links[c]: for each neighbouring cluster, the sum of similarities over the cross pairs.
  const links: (Map<number, number> | undefined)[] = graph.map((row) => new Map(row));
  const sizes: number[] = graph.map(() => 1);
  const parents: number[] = graph.map((_, index) => index);
  const heap = new MergeHeap();
  graph.forEach((row, a) => {
    for (const [b, similarity] of row) if (a < b && similarity >= threshold) heap.push({ similarity, a, b });
  });
  for (let merge = heap.pop(); merge !== undefined; merge = heap.pop()) {
    const linksA = links[merge.a];
    const linksB = links[merge.b];
    if (linksA === undefined || linksB === undefined) continue;
    const merged = sizes.length;
    const size = (sizes[merge.a] as number) + (sizes[merge.b] as number);
    // The smaller list of links is added into the larger, which the merged cluster takes over.
    const [mergedLinks, smaller] = linksA.size >= linksB.size ? [linksA, linksB] : [linksB, linksA];
    mergedLinks.delete(merge.a);
    mergedLinks.delete(merge.b);
    for (const [other, sum] of smaller) {
      if (other !== merge.a && other !== merge.b) mergedLinks.set(other, (mergedLinks.get(other) ?? 0) + sum);
    }
    sizes.push(size);
    parents.push(merged);
    parents[merge.a] = merged;
    parents[merge.b] = merged;
    links[merge.a] = undefined;
    links[merge.b] = undefined;
    links.push(mergedLinks);
    for (const [other, sum] of mergedLinks) {
      const otherLinks = links[other] as Map<number, number>;
      otherLinks.delete(merge.a);
      otherLinks.delete(merge.b);
      otherLinks.set(merged, sum);
      const similarity = sum / (size * (sizes[other] as number));
      if (similarity >= threshold)
        heap.push({ similarity, a: Math.min(other, merged), b: Math.max(other, merged) });
    }
  }
  // A merged cluster's id is higher than its parts', so walking down finds each root once.
  const roots = new Int32Array(parents.length);
  for (let id = parents.length - 1; id >= 0; id -= 1) {
    const parent = parents[id] as number;
    roots[id] = parent === id ? id : (roots[parent] as number);
  }
  return roots.slice(0, n);
}

/** A binary max-heap of candidate merges in `before` order. */
class MergeHeap {
  private readonly items: Merge[] = [];

  push(merge: Merge): void {
    const items = this.items;
    items.push(merge);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!before(items[child] as Merge, items[parent] as Merge)) break;
      [items[child], items[parent]] = [items[parent] as Merge, items[child] as Merge];
      child = parent;
    }
  }

  pop(): Merge | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let first = parent;
        if (left < items.length && before(items[left] as Merge, items[first] as Merge)) first = left;
        if (right < items.length && before(items[right] as Merge, items[first] as Merge)) first = right;
        if (first === parent) break;
        [items[parent], items[first]] = [items[first] as Merge, items[parent] as Merge];
        parent = first;
      }
    }
    return top;
  }
}
