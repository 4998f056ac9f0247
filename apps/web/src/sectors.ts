/** Support per sector, as the chart and its text alternative show it. */

export interface SectorSupport {
  sector: string;
  up: number;
  down: number;
}

export interface SectorName {
  slug: string;
  name: string;
  position: number;
}

export interface SectorRow {
  slug: string;
  name: string;
  up: number;
  down: number;
}

/**
 * The sectors that voted, in the managed list's order, with their names in the reader's language.
 * A sector the list no longer has comes last, under its slug, rather than being dropped.
 */
export function sectorRows(support: readonly SectorSupport[], sectors: readonly SectorName[]): SectorRow[] {
  const known = new Map(sectors.map((sector) => [sector.slug, sector]));
  const position = (slug: string) => known.get(slug)?.position ?? Number.MAX_SAFE_INTEGER;
  return support
    .filter((row) => row.up + row.down > 0)
    .map((row) => ({
      slug: row.sector,
      name: known.get(row.sector)?.name ?? row.sector,
      up: row.up,
      down: row.down,
    }))
    .sort((a, b) => position(a.slug) - position(b.slug) || a.slug.localeCompare(b.slug));
}
