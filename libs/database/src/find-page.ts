import { type Model, type QueryFilter, trusted, Types } from 'mongoose';
import { type CursorPosition, dateCursorKey, numericCursorKey } from '@app/core';

export type SortDirection = 'asc' | 'desc';

/**
 * The MongoDB filter for "everything after this position" in an order on (field, _id),
 * both in the same direction, so pages neither skip nor repeat nodes with equal keys.
 * `key` and `id` are the stored values (a Date, an ObjectId), not the cursor's encodings.
 */
export function afterPositionFilter(
  field: string,
  direction: SortDirection,
  key: unknown,
  id: unknown,
): Record<string, unknown> {
  const beyond = direction === 'desc' ? '$lt' : '$gt';
  return {
    $or: [{ [field]: trusted({ [beyond]: key }) }, { [field]: key, _id: trusted({ [beyond]: id }) }],
  };
}

/**
 * One page of documents newest first on a date field, ties broken by `_id` (an ObjectId), with
 * the total count of the filter: the shape of every "latest first" list in the API.
 */
export async function findNewestPage<T>(
  model: Model<T>,
  filter: QueryFilter<T>,
  dateField: string,
  after: CursorPosition | null,
  limit: number,
  projection?: Record<string, 0 | 1>,
): Promise<{ items: T[]; totalCount: number }> {
  const pageFilter = after
    ? {
        $and: [
          filter,
          afterPositionFilter(dateField, 'desc', dateCursorKey(after), new Types.ObjectId(after.id)),
        ],
      }
    : filter;
  const [items, totalCount] = await Promise.all([
    model
      .find(pageFilter as QueryFilter<T>, projection)
      .sort({ [dateField]: -1, _id: -1 })
      .limit(limit)
      .lean<T[]>()
      .exec(),
    model.countDocuments(filter).exec(),
  ]);
  return { items, totalCount };
}

/** What a reportable document (a suggestion, a comment) stores about its reports. */
export interface Reportable {
  status: string;
  flagCount: number;
  moderatorCleared: boolean;
  autoHidden?: boolean;
}

/**
 * A page of the moderators' queue of reports: published documents with reports no moderator has
 * cleared, and those hidden by their reports; most reports first, ties newest first.
 */
export async function findReportedPage<T extends Reportable>(
  model: Model<T>,
  after: CursorPosition | null,
  limit: number,
): Promise<{ items: T[]; totalCount: number }> {
  const filter = {
    $or: [
      { status: 'PUBLISHED', moderatorCleared: false, flagCount: trusted({ $gt: 0 }) },
      { status: 'HIDDEN', autoHidden: true },
    ],
  } as QueryFilter<T>;
  const pageFilter =
    after === null
      ? filter
      : ({
          $and: [
            filter,
            afterPositionFilter('flagCount', 'desc', numericCursorKey(after), new Types.ObjectId(after.id)),
          ],
        } as QueryFilter<T>);
  const [items, totalCount] = await Promise.all([
    model.find(pageFilter).sort({ flagCount: -1, _id: -1 }).limit(limit).lean<T[]>().exec(),
    model.countDocuments(filter).exec(),
  ]);
  return { items, totalCount };
}
