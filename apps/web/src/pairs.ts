/** The Help-rank page's rules that do not need the page. */

export type PairChoice = 'LEFT' | 'RIGHT' | 'SKIP';

export interface PairOf {
  left: { id: string };
  right: { id: string };
}

/** Whether two pairs hold the same two suggestions, in either order. */
export function samePair(a: PairOf, b: PairOf): boolean {
  return (
    (a.left.id === b.left.id && a.right.id === b.right.id) ||
    (a.left.id === b.right.id && a.right.id === b.left.id)
  );
}

/**
 * The answer a key press gives: ← the left (upper, on a phone) one, → the right one, S skip.
 * Not while typing in a field, and not with a modifier (those are the browser's shortcuts).
 */
export function choiceForKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}): PairChoice | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  if (target?.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target?.tagName ?? ''))
    return null;
  switch (event.key) {
    case 'ArrowLeft':
      return 'LEFT';
    case 'ArrowRight':
      return 'RIGHT';
    case 's':
    case 'S':
      return 'SKIP';
    default:
      return null;
  }
}
