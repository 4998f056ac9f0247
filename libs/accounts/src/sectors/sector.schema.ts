import { Schema, type Types } from 'mongoose';

export const SECTOR_MODEL = 'Sector';

/** A sector members belong to; votes are counted per sector (support across sectors, CONSENSUS). */
export interface SectorRecord {
  _id: Types.ObjectId;
  slug: string;
  name: { nl: string; en: string };
  position: number;
}

export const sectorSchema = new Schema<SectorRecord>(
  {
    slug: { type: String, required: true },
    name: { nl: { type: String, required: true }, en: { type: String, required: true } },
    position: { type: Number, required: true },
  },
  { collection: 'sectors' },
);
// Seeding, upsertSector and the check of a member's sector look sectors up by slug; one per slug.
sectorSchema.index({ slug: 1 }, { unique: true });

/**
 * "Other": always in the list and always shown last. Members who name no listed sector belong
 * to it, and so do votes cast without a sector.
 */
export const OTHER_SECTOR = 'anders';

/** The sectors of the model case's entrepreneurs; "anders" closes the list. */
export const DEFAULT_SECTORS: readonly Omit<SectorRecord, '_id'>[] = [
  { slug: 'agrarisch', name: { nl: 'Landbouw en visserij', en: 'Agriculture and fishing' } },
  { slug: 'bouw', name: { nl: 'Bouw', en: 'Construction' } },
  { slug: 'creatieve-industrie', name: { nl: 'Creatieve industrie', en: 'Creative industries' } },
  { slug: 'detailhandel', name: { nl: 'Detailhandel', en: 'Retail' } },
  { slug: 'energie', name: { nl: 'Energie', en: 'Energy' } },
  {
    slug: 'financiele-dienstverlening',
    name: { nl: 'Financiële dienstverlening', en: 'Financial services' },
  },
  { slug: 'horeca', name: { nl: 'Horeca', en: 'Hospitality' } },
  { slug: 'ict', name: { nl: 'ICT', en: 'IT' } },
  { slug: 'industrie', name: { nl: 'Industrie en maakbedrijven', en: 'Manufacturing' } },
  { slug: 'logistiek', name: { nl: 'Transport en logistiek', en: 'Transport and logistics' } },
  { slug: 'onderwijs', name: { nl: 'Onderwijs en kinderopvang', en: 'Education and childcare' } },
  { slug: 'zakelijke-dienstverlening', name: { nl: 'Zakelijke dienstverlening', en: 'Business services' } },
  { slug: 'zorg', name: { nl: 'Zorg en welzijn', en: 'Health and care' } },
  { slug: OTHER_SECTOR, name: { nl: 'Anders', en: 'Other' } },
].map((sector, position) => ({ ...sector, position }));
