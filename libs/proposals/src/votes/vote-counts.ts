import { OTHER_SECTOR } from '@app/accounts';
import type { SectorVotes } from '../ranking/consensus';
import type { VoteRecord } from './vote.schema';

/** A suggestion's votes: up, down, and both per sector (sorted by slug, sectors without votes left out). */
export interface VoteCounts {
  up: number;
  down: number;
  sectors: SectorVotes[];
}

export const NO_VOTES: VoteCounts = { up: 0, down: 0, sectors: [] };

/** Votes cast without a sector (a member who gave none) count under "anders". */
export function countedSector(sector: string | null): string {
  return sector ?? OTHER_SECTOR;
}

/** `counts` moved by a vote's delta (+1 to add a vote, −1 to take it back) in the voter's sector. */
export function withVoteDelta(
  counts: VoteCounts,
  sector: string | null,
  up: number,
  down: number,
): VoteCounts {
  const slug = countedSector(sector);
  const current = counts.sectors.find((entry) => entry.sector === slug) ?? { sector: slug, up: 0, down: 0 };
  const changed = { sector: slug, up: current.up + up, down: current.down + down };
  const sectors = counts.sectors.filter((entry) => entry.sector !== slug);
  if (changed.up !== 0 || changed.down !== 0) sectors.push(changed);
  sectors.sort((a, b) => (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0));
  return { up: counts.up + up, down: counts.down + down, sectors };
}

/** Counts these votes from scratch (recounts and imports). */
export function countVotes(votes: Iterable<Pick<VoteRecord, 'value' | 'sector'>>): VoteCounts {
  let counts = NO_VOTES;
  for (const vote of votes) {
    counts = withVoteDelta(counts, vote.sector, vote.value === 1 ? 1 : 0, vote.value === 1 ? 0 : 1);
  }
  return counts;
}

export function sameCounts(a: VoteCounts, b: VoteCounts): boolean {
  return (
    a.up === b.up &&
    a.down === b.down &&
    a.sectors.length === b.sectors.length &&
    a.sectors.every(
      (entry, index) =>
        entry.sector === b.sectors[index]?.sector &&
        entry.up === b.sectors[index].up &&
        entry.down === b.sectors[index].down,
    )
  );
}
