/** The votes on one suggestion from members of one sector. */
export interface SectorVotes {
  sector: string;
  up: number;
  down: number;
}

/**
 * How much a sector agrees with a suggestion: (up + 1) / (up + down + 2), the share of up votes
 * with one imagined vote each way (Laplace), so a sector without votes stands at 1/2 and one
 * vote does not make 0 or 1. Pol.is's group-aware consensus multiplies this over the groups.
 */
export function sectorAgreement(up: number, down: number): number {
  return (up + 1) / (up + down + 2);
}

/**
 * CONSENSUS as stored: ln of Π over the listed sectors of agreement / (1/2). Every sector without
 * votes contributes a factor 1 (ln 0), so only the sectors with votes are summed, and the score
 * is the same however many sectors the list has: it ranks exactly as the product Π agreement over
 * all listed sectors does, which is this score's exp times the (1/2)^k every suggestion shares.
 * A sector can lift a suggestion by at most a factor 2 (ln 2) but lower it without bound, so
 * support in many sectors beats much support in one. Summed in the stored order of `sectors`
 * (by slug), so a recount gives the very same number.
 */
export function consensusScore(sectors: readonly SectorVotes[]): number {
  let score = 0;
  for (const { up, down } of sectors) score += Math.log(2 * sectorAgreement(up, down));
  return score;
}

/**
 * The geometric mean of the agreement over the `sectorCount` listed sectors (0–1; 0.5 without
 * votes), for display: the same order as CONSENSUS for one list. Never fewer sectors than have
 * votes.
 */
export function consensusShare(score: number, sectorCount: number): number {
  return Math.exp(score / Math.max(sectorCount, 1)) / 2;
}
