import { consensusScore, type SectorVotes } from './consensus';

/** The stored values of the vote-based orders (NEWEST and RANDOM need no stored score). */
export interface ProposalScores {
  top: number;
  confidence: number;
  hot: number;
  controversial: number;
  /** consensusScore of the votes per sector. */
  consensus: number;
}

/** TOP: net votes. */
export function topScore(up: number, down: number): number {
  return up - down;
}

const Z_95 = 1.959964;

/**
 * CONFIDENCE: the lower bound of the 95% Wilson score interval for the share of up votes, so a
 * proposal with 9 of 10 votes up ranks below one with 90 of 100 (0 without votes).
 */
export function confidenceScore(up: number, down: number): number {
  const n = up + down;
  if (n === 0) {
    return 0;
  }
  const p = up / n;
  const z2 = Z_95 * Z_95;
  return (p + z2 / (2 * n) - Z_95 * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

/** Start of the HOT time axis (any fixed moment works; a recent one keeps the numbers small). */
export const HOT_EPOCH_MS = Date.UTC(2026, 0, 1);
/**
 * Seconds of age worth one factor of ten in net votes: 45,000 s = 12.5 hours, so a proposal needs
 * ten times the net votes of one submitted 12.5 hours later to rank level with it. Suggestions
 * here live for days or weeks (not hours, as on news sites), hence the slow decay.
 */
export const HOT_SECONDS_PER_DECADE = 45_000;

/**
 * HOT: log10 of the net votes plus the submission time (Reddit's formula). Unlike a gravity
 * decay (Hacker News), the relative order of two proposals never changes as time passes, so the
 * score is stored at write time and needs no periodic refresh, and paging stays stable.
 */
export function hotScore(up: number, down: number, createdAt: Date): number {
  const net = up - down;
  const order = Math.log10(Math.max(Math.abs(net), 1));
  const sign = Math.sign(net);
  const seconds = (createdAt.getTime() - HOT_EPOCH_MS) / 1000;
  return Math.round((sign * order + seconds / HOT_SECONDS_PER_DECADE) * 1e7) / 1e7;
}

/** CONTROVERSIAL: many votes, evenly split: (up + down) × min/max; 0 unless both sides voted. */
export function controversialScore(up: number, down: number): number {
  if (up === 0 || down === 0) {
    return 0;
  }
  return (up + down) * (Math.min(up, down) / Math.max(up, down));
}

/** `sectors`: the same votes per sector (none for a suggestion without votes). */
export function scoresOf(
  up: number,
  down: number,
  createdAt: Date,
  sectors: readonly SectorVotes[] = [],
): ProposalScores {
  return {
    top: topScore(up, down),
    confidence: confidenceScore(up, down),
    hot: hotScore(up, down, createdAt),
    controversial: controversialScore(up, down),
    consensus: consensusScore(sectors),
  };
}

/**
 * RANDOM: a position in [0, 1) from a seed and an id (FNV-1a), so the shuffle is the same on
 * every page for one seed and different for another.
 */
export function randomKey(seed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${id}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}
