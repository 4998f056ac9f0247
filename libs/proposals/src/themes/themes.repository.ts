import { findEachById, upsertOrderedEntry } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { THEME_MODEL, type ThemeRecord } from './theme.schema';

@Injectable()
export class ThemesRepository {
  constructor(@InjectModel(THEME_MODEL) private readonly themes: Model<ThemeRecord>) {}

  init(): Promise<unknown> {
    return this.themes.init();
  }

  all(): Promise<ThemeRecord[]> {
    return this.themes.find().sort({ position: 1, _id: 1 }).lean<ThemeRecord[]>().exec();
  }

  findById(id: string): Promise<ThemeRecord | null> {
    return isValidObjectId(id) ? this.themes.findById(id).lean<ThemeRecord>().exec() : Promise.resolve(null);
  }

  findByIds(ids: readonly Types.ObjectId[]): Promise<ThemeRecord[]> {
    return findEachById(this.themes, ids);
  }

  /** Inserts the theme unless its slug exists; true when inserted. */
  async insertIfMissing(theme: Omit<ThemeRecord, '_id'>): Promise<boolean> {
    return (await unlessDuplicate(this.themes.create(theme))) !== null;
  }

  /** Creates the theme at the end of the list, or renames the theme with this slug. */
  upsert(slug: string, name: ThemeRecord['name']): Promise<ThemeRecord> {
    return upsertOrderedEntry(this.themes, { slug }, { name });
  }
}
