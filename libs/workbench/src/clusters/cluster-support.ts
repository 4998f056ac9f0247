import type { CountedVote } from '@app/proposals';

/** The sector of votes by members who gave none. */
export const OTHER_SECTOR = 'anders';

export interface SectorCount {
  sector: string;
  up: number;
  down: number;
}

export interface ClusterSupport {
  /** Distinct members who voted up on any of the suggestions. */
  supporters: number;
  upvotes: number;
  downvotes: number;
  /** Votes per sector of the voter, most votes first. */
  sectors: SectorCount[];
}

/** Sums the votes on a cluster's suggestions; a member who voted up on several counts once as a supporter. */
export function supportOf(votes: readonly CountedVote[]): ClusterSupport {
  const supporters = new Set<string>();
  const sectors = new Map<string, SectorCount>();
  let upvotes = 0;
  let downvotes = 0;
  for (const vote of votes) {
    const slug = vote.sector ?? OTHER_SECTOR;
    const sector = sectors.get(slug) ?? { sector: slug, up: 0, down: 0 };
    sectors.set(slug, sector);
    if (vote.value === 1) {
      upvotes += 1;
      sector.up += 1;
      supporters.add(vote.userId.toHexString());
    } else {
      downvotes += 1;
      sector.down += 1;
    }
  }
  return {
    supporters: supporters.size,
    upvotes,
    downvotes,
    sectors: [...sectors.values()].sort(
      (a, b) =>
        b.up + b.down - (a.up + a.down) ||
        b.up - a.up ||
        (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0),
    ),
  };
}
