function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

/**
 * The adjusted Rand index of two partitions of the same items (Hubert and Arabie, 1985): the share
 * of item pairs both put together or both keep apart, corrected for what chance would give; 1 when
 * they agree, about 0 for a random clustering. `a[i]` and `b[i]` name item i's group in each.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new Error('Both partitions must label the same items.');
  const contingency = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  a.forEach((groupA, index) => {
    const groupB = b[index] as string;
    const cell = JSON.stringify([groupA, groupB]);
    contingency.set(cell, (contingency.get(cell) ?? 0) + 1);
    rows.set(groupA, (rows.get(groupA) ?? 0) + 1);
    columns.set(groupB, (columns.get(groupB) ?? 0) + 1);
  });
  const sum = (counts: Iterable<number>): number =>
    [...counts].reduce((total, count) => total + pairs(count), 0);
  const together = sum(contingency.values());
  const rowPairs = sum(rows.values());
  const columnPairs = sum(columns.values());
  const expected = (rowPairs * columnPairs) / pairs(a.length);
  const maximum = (rowPairs + columnPairs) / 2;
  // Both partitions all singletons, or both one group: they agree completely.
  if (maximum === expected) return 1;
  return (together - expected) / (maximum - expected);
}
