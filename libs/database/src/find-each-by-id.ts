import type { Model, ProjectionType, Types } from 'mongoose';

/**
 * Reads each distinct id once with `read`, in parallel, and answers in the order of `ids`
 * (missing ones left out): the shape of every batch lookup by id, cached or not.
 */
export async function readEachById<T>(
  ids: readonly (string | Types.ObjectId)[],
  read: (id: string) => Promise<T | null>,
): Promise<T[]> {
  const unique = [...new Set(ids.map(String))];
  const found = await Promise.all(unique.map(read));
  const byId = new Map(unique.map((id, index) => [id, found[index]]));
  return ids.flatMap((id) => {
    const doc = byId.get(String(id));
    return doc === null || doc === undefined ? [] : [doc];
  });
}

/**
 * Reads documents by id with one `{_id: id}` query each. FerretDB v1's SQLite backend turns only
 * that exact filter into SQL; `{_id: {$in: ids}}` reads and decodes the whole collection
 * (figures in bench/README.md). On MongoDB one `$in` would be cheaper, but these lookups are
 * small and indexed either way.
 */
export function findEachById<TRecord, T = TRecord>(
  model: Model<TRecord>,
  ids: readonly (string | Types.ObjectId)[],
  projection?: ProjectionType<TRecord>,
): Promise<T[]> {
  return readEachById(ids, (id) => model.findById(id, projection).lean<T>().exec());
}
