import type { Model, Types } from 'mongoose';

/**
 * The documents with these ids that exist (in no particular order), as one `{ _id }` query per
 * distinct id, run concurrently, instead of one `{ _id: { $in: ids } }`.
 *
 * FerretDB v1's SQLite backend turns a filter into SQL only when it is exactly
 * `{ _id: <ObjectId or string> }` (a primary-key lookup); anything else, `$in` on `_id` included,
 * reads and decodes the whole collection in Go. Measured here (npm run bench): 20 ids among
 * 20,000 users took 1.1 s with `$in` and about 4 ms per lookup by `_id`; one vote by `$in` among
 * 50,000 took 2.4 s. DataLoader batches are at most 100 ids, within the driver's pool of 100.
 * On MongoDB one `$in` would be cheaper, but these lookups are small and indexed either way.
 */
export async function findEachById<T, R = T>(
  model: Model<T>,
  ids: readonly (Types.ObjectId | string)[],
  projection?: Record<string, 0 | 1>,
): Promise<R[]> {
  const distinct = [...new Map(ids.map((id) => [id.toString(), id])).values()];
  const found = await Promise.all(distinct.map((id) => model.findById(id, projection).lean<R>().exec()));
  return found.filter((doc): doc is NonNullable<typeof doc> => doc !== null);
}
