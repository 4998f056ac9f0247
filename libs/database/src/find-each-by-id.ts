import { type Model, type ProjectionType, type QueryFilter, trusted, type Types } from 'mongoose';
import { DatabaseProfile } from './profile/database-profile';

/** Reads each distinct id once with `read`, in parallel, and answers in the order of `ids`. */
async function readEachById<T>(
  ids: readonly (string | Types.ObjectId)[],
  read: (id: string) => Promise<T | null>,
): Promise<T[]> {
  const unique = [...new Set(ids.map(String))];
  const found = await Promise.all(unique.map(read));
  return inOrderOf(ids, new Map(unique.map((id, index) => [id, found[index]])));
}

function inOrderOf<T>(
  ids: readonly (string | Types.ObjectId)[],
  byId: Map<string, T | null | undefined>,
): T[] {
  return ids.flatMap((id) => {
    const doc = byId.get(String(id));
    return doc === null || doc === undefined ? [] : [doc];
  });
}

/**
 * Documents by id, in the order of `ids` (missing ones left out): the shape of every batch lookup
 * by id. On the `ferretdb` profile one `{_id: id}` query each (or `readOne`, a repository's cached
 * read), in parallel: FerretDB v1's SQLite backend turns only that exact filter into SQL, and
 * reads and decodes the whole collection for `{_id: {$in: ids}}` (bench/README.md). On `mongodb`
 * one `$in` query, which the `_id` index serves.
 */
export async function findEachById<TRecord, T = TRecord>(
  model: Model<TRecord>,
  ids: readonly (string | Types.ObjectId)[],
  options: { projection?: ProjectionType<TRecord>; readOne?: (id: string) => Promise<T | null> } = {},
): Promise<T[]> {
  const { projection, readOne } = options;
  if (DatabaseProfile.of(model.db) === 'ferretdb') {
    return readEachById(ids, readOne ?? ((id) => model.findById(id, projection).lean<T>().exec()));
  }
  const unique = [...new Set(ids.map(String))];
  const found = await model
    .find({ _id: trusted({ $in: unique }) } as QueryFilter<TRecord>, projection)
    .lean<(T & { _id: unknown })[]>()
    .exec();
  return inOrderOf(ids, new Map(found.map((doc) => [String(doc._id), doc])));
}
