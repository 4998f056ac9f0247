import { type CursorPosition, InvalidInputError } from '@app/core';
import type { CommentRecord } from './comment.schema';

export type CommentSort = 'BEST' | 'NEWEST' | 'OLDEST';

/**
 * A comment's place in an order: numbers compared in turn, smallest first, then the id (ascending
 * or not). BEST: bestScore, then replies, then the newest, all descending.
 */
const ORDERS: Record<
  CommentSort,
  { keys: (comment: CommentRecord) => number[]; size: number; idAscending: boolean }
> = {
  BEST: {
    keys: (comment) => [-comment.bestScore, -comment.replyCount, -comment.createdAt.getTime()],
    size: 3,
    idAscending: false,
  },
  NEWEST: { keys: (comment) => [-comment.createdAt.getTime()], size: 1, idAscending: false },
  OLDEST: { keys: (comment) => [comment.createdAt.getTime()], size: 1, idAscending: true },
};

interface Place {
  keys: number[];
  id: string;
}

function compare(sort: CommentSort, a: Place, b: Place): number {
  for (let index = 0; index < a.keys.length; index += 1) {
    const difference = (a.keys[index] ?? 0) - (b.keys[index] ?? 0);
    if (difference !== 0) return difference;
  }
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return ORDERS[sort].idAscending ? byId : -byId;
}

function placeOf(sort: CommentSort, comment: CommentRecord): Place {
  return { keys: ORDERS[sort].keys(comment), id: comment._id.toHexString() };
}

/** The cursor position of a comment in an order; its key lists the order's numbers. */
export function positionOf(sort: CommentSort, comment: CommentRecord): CursorPosition {
  const place = placeOf(sort, comment);
  return { key: place.keys.join(','), id: place.id };
}

function placeOfPosition(sort: CommentSort, position: CursorPosition): Place {
  const keys = String(position.key).split(',').map(Number);
  if (keys.length !== ORDERS[sort].size || keys.some((key) => !Number.isFinite(key))) {
    throw new InvalidInputError(
      'The cursor is malformed; use a cursor returned by this list.',
      'after',
      'INVALID_CURSOR',
    );
  }
  return { keys, id: position.id };
}

/**
 * The comments in the order, after the position (exclusive), at most `limit`. Comments of one
 * target are few enough (hundreds) to sort in memory.
 */
export function sortedAfter(
  comments: readonly CommentRecord[],
  sort: CommentSort,
  after: CursorPosition | null,
  limit: number,
): CommentRecord[] {
  const start = after === null ? null : placeOfPosition(sort, after);
  return comments
    .map((comment) => ({ comment, place: placeOf(sort, comment) }))
    .filter(({ place }) => start === null || compare(sort, place, start) > 0)
    .sort((a, b) => compare(sort, a.place, b.place))
    .slice(0, limit)
    .map(({ comment }) => comment);
}
