import type { SectorRecord } from '@app/accounts';
import type { SectorVotes } from '../ranking/consensus';
import type { SectorSupportModel } from './models/sector-support.model';

/**
 * Every listed sector in list order, with its votes or none; a sector with votes that is no longer
 * listed (none is ever removed, so only a slug renamed in the database) follows at the end.
 */
export function supportBySector(
  votes: readonly SectorVotes[],
  sectors: readonly Pick<SectorRecord, 'slug'>[],
): SectorSupportModel[] {
  const bySector = new Map(votes.map((entry) => [entry.sector, entry]));
  const listed = sectors.map(({ slug }) => ({
    sector: slug,
    up: bySector.get(slug)?.up ?? 0,
    down: bySector.get(slug)?.down ?? 0,
  }));
  const slugs = new Set(sectors.map(({ slug }) => slug));
  const unlisted = votes
    .filter((entry) => !slugs.has(entry.sector))
    .map(({ sector, up, down }) => ({ sector, up, down }));
  return [...listed, ...unlisted];
}
