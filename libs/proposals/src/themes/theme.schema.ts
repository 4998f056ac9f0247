import { Schema, type Types } from 'mongoose';

export const THEME_MODEL = 'Theme';

export interface ThemeRecord {
  _id: Types.ObjectId;
  slug: string;
  name: { nl: string; en: string };
  position: number;
}

export const themeSchema = new Schema<ThemeRecord>(
  {
    slug: { type: String, required: true },
    name: { nl: { type: String, required: true }, en: { type: String, required: true } },
    position: { type: Number, required: true },
  },
  { collection: 'themes' },
);
// Seeding and upsertTheme look themes up by slug; one theme per slug.
themeSchema.index({ slug: 1 }, { unique: true });

/** The themes of the model case: the ten commandments of the Kabinet van Vernieuwing. */
export const DEFAULT_THEMES: readonly Omit<ThemeRecord, '_id'>[] = [
  { slug: 'energy-resources', name: { nl: 'Energie en grondstoffen', en: 'Energy and resources' } },
  { slug: 'sustainable-innovation', name: { nl: 'Duurzame innovatie', en: 'Sustainable innovation' } },
  { slug: 'talent', name: { nl: 'Menselijk talent', en: 'Talent' } },
  { slug: 'health', name: { nl: 'Gezondheid', en: 'Health' } },
  { slug: 'open-innovation', name: { nl: 'Open innovatie', en: 'Open innovation' } },
  { slug: 'finance-banking', name: { nl: 'Financiering en bankwezen', en: 'Finance and banking' } },
  { slug: 'media-transparency', name: { nl: 'Media en transparantie', en: 'Media and transparency' } },
  { slug: 'sme-procurement', name: { nl: 'MKB en aanbesteding', en: 'SME and procurement' } },
  { slug: 'fairness', name: { nl: 'Evenwicht en eerlijkheid', en: 'Fairness' } },
  { slug: 'stewardship', name: { nl: 'Rentmeesterschap', en: 'Stewardship' } },
].map((theme, position) => ({ ...theme, position }));
