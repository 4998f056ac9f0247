import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { upsertOrderedEntry } from '@app/database';
import { SECTOR_MODEL, type SectorRecord } from './sector.schema';

@Injectable()
export class SectorsRepository {
  constructor(@InjectModel(SECTOR_MODEL) private readonly sectors: Model<SectorRecord>) {}

  init(): Promise<unknown> {
    return this.sectors.init();
  }

  /** By stored position; SectorsService puts "anders" last. */
  all(): Promise<SectorRecord[]> {
    return this.sectors.find().sort({ position: 1, _id: 1 }).lean<SectorRecord[]>().exec();
  }

  /** Inserts the sector unless its slug exists; true when inserted. */
  async insertIfMissing(sector: Omit<SectorRecord, '_id'>): Promise<boolean> {
    return (await unlessDuplicate(this.sectors.create(sector))) !== null;
  }

  /** Creates the sector at the end of the list, or renames the sector with this slug. */
  upsert(slug: string, name: SectorRecord['name']): Promise<SectorRecord> {
    return upsertOrderedEntry(this.sectors, { slug }, { name });
  }
}
