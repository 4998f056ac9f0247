import type { Types } from 'mongoose';

/** The unit-of-work key of a comment: its status, votes, reports and reply count change under it. */
export function commentKey(id: string | Types.ObjectId): string {
  return `comment:${String(id)}`;
}

/**
 * The unit-of-work key of what comments discuss, for its comment counters. A suggestion's is its
 * own proposal key (shared with its vote counters, which live in the same document).
 */
export function listItemCommentsKey(itemId: string): string {
  return `list-item-comments:${itemId}`;
}
