import { type Model, type QueryFilter, Types } from 'mongoose';
import { afterPositionFilter, type CursorPosition, dateCursorKey } from '@app/core';

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
