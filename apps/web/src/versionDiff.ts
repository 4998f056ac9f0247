import { type ChangeObject, diffWords } from 'diff';

/** An item of a published list version, as the version page reads it. */
export interface VersionItem {
  /** Stays the same across versions (the API keeps it, and the item's follow-up, when revised). */
  id: string;
  position: number;
  title: string;
  body: string;
}

export type ItemChange =
  | { kind: 'added'; item: VersionItem }
  | { kind: 'removed'; item: VersionItem }
  | {
      kind: 'changed';
      item: VersionItem;
      /** Null when the item kept its position. */
      moved: { from: number; to: number } | null;
      /** Word changes, null where the text stayed the same. */
      title: ChangeObject<string>[] | null;
      body: ChangeObject<string>[] | null;
    };

function wordChanges(before: string, after: string): ChangeObject<string>[] | null {
  return before === after ? null : diffWords(before, after);
}

/**
 * What changed from the older version to the newer: items matched by id, in the newer version's
 * order, with the removed ones after them in their old order. Unchanged items are left out.
 */
export function compareVersions(older: readonly VersionItem[], newer: readonly VersionItem[]): ItemChange[] {
  const before = new Map(older.map((item) => [item.id, item]));
  const afterIds = new Set(newer.map((item) => item.id));
  const changes: ItemChange[] = [];
  for (const item of newer) {
    const previous = before.get(item.id);
    if (!previous) {
      changes.push({ kind: 'added', item });
      continue;
    }
    const moved = previous.position === item.position ? null : { from: previous.position, to: item.position };
    const title = wordChanges(previous.title, item.title);
    const body = wordChanges(previous.body, item.body);
    if (moved || title || body) changes.push({ kind: 'changed', item, moved, title, body });
  }
  for (const item of older) {
    if (!afterIds.has(item.id)) changes.push({ kind: 'removed', item });
  }
  return changes;
}
