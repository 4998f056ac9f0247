import type { Model, QueryFilter, UpdateQuery } from 'mongoose';
import { unlessDuplicate } from '@app/core';

/**
 * Creates the entry with this unique key at the end of an ordered list that admins edit (themes,
 * follow-up statuses), or changes the entry that has it; returns the entry as stored. When two
 * requests create the same key at once, the unique index lets one in and the other changes it.
 */
export async function upsertOrderedEntry<T extends { position: number }>(
  model: Model<T>,
  key: Record<string, string>,
  changes: Partial<Omit<T, '_id' | 'position'>>,
): Promise<T> {
  const filter = key as QueryFilter<T>;
  let inserted = false;
  if ((await model.exists(filter).exec()) === null) {
    const entry = { ...key, ...changes, position: await model.countDocuments().exec() } as unknown as T;
    inserted = (await unlessDuplicate(model.create(entry))) !== null;
  }
  if (!inserted) {
    await model.updateOne(filter, { $set: changes } as UpdateQuery<T>).exec();
  }
  const entry = await model.findOne(filter).lean<T>().exec();
  if (entry === null) {
    throw new Error(`The entry ${JSON.stringify(key)} vanished while it was saved`);
  }
  return entry;
}
