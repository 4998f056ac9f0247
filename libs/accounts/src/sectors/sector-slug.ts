import { OTHER_SECTOR, type SectorRecord } from './sector.schema';

/** Lower-case words without accents joined by "-": "Financiële dienstverlening" → "financiele-dienstverlening". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The listed sector a free-text sector names (its slug or its Dutch or English name, folded),
 * else "anders": how sectors typed before the list existed are migrated.
 */
export function sectorSlugFor(text: string, sectors: readonly Pick<SectorRecord, 'slug' | 'name'>[]): string {
  const wanted = folded(text);
  const match = sectors.find(
    (sector) =>
      sector.slug === wanted || folded(sector.name.nl) === wanted || folded(sector.name.en) === wanted,
  );
  return match?.slug ?? OTHER_SECTOR;
}
