import { Injectable } from '@nestjs/common';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { sigmoid } from './bradley-terry';
import type { Contender } from './pair-selection';

/**
 * How old the summary may be before it is read again: other processes' answers and suggestions
 * published, withdrawn or hidden since then show up this much later (this process's own answers
 * at once).
 */
export const STANDINGS_MAX_AGE_MS = 2_000;

export interface Standing extends Contender {
  themeId: string;
  authorId: string;
}

/** The published suggestions' strengths at one moment, with the 0–100 figure computed from them. */
class StandingsSnapshot {
  private readonly chances = new Map<string, number>();

  constructor(
    readonly loadedAt: number,
    private readonly byId: Map<string, Standing>,
  ) {}

  contenders(themeId: string | undefined, excludedAuthorId: string): Standing[] {
    return [...this.byId.values()].filter(
      (standing) =>
        standing.authorId !== excludedAuthorId && (themeId === undefined || standing.themeId === themeId),
    );
  }

  /**
   * The chance in percent that this suggestion is chosen over another published one drawn at
   * random: the mean of σ(θ − θ_other). Null when it is not published or was never compared.
   */
  chance(id: string): number | null {
    const standing = this.byId.get(id);
    if (standing === undefined || standing.comparisons === 0) return null;
    let chance = this.chances.get(id);
    if (chance === undefined) {
      if (this.byId.size < 2) return 50;
      let sum = 0;
      for (const other of this.byId.values()) {
        if (other.id !== id) sum += sigmoid(standing.strength - other.strength);
      }
      chance = (100 * sum) / (this.byId.size - 1);
      this.chances.set(id, chance);
    }
    return chance;
  }

  record(id: string, strength: number, comparisons: number): void {
    const standing = this.byId.get(id);
    if (standing === undefined) return;
    this.byId.set(id, { ...standing, strength, comparisons });
    this.chances.clear();
  }
}

/**
 * The strengths of all published suggestions in memory, so that picking a pair and the 0–100
 * figure read no collection per request. Read at most every STANDINGS_MAX_AGE_MS, and changed in
 * place by this process's own answers.
 */
@Injectable()
export class PairwiseStandings {
  private snapshot: StandingsSnapshot | null = null;
  private loading: Promise<StandingsSnapshot> | null = null;

  constructor(private readonly proposals: ProposalsRepository) {}

  async current(): Promise<StandingsSnapshot> {
    if (this.snapshot !== null && Date.now() - this.snapshot.loadedAt < STANDINGS_MAX_AGE_MS) {
      return this.snapshot;
    }
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** After this process changed a strength. */
  record(id: string, strength: number, comparisons: number): void {
    this.snapshot?.record(id, strength, comparisons);
  }

  /** After many strengths changed at once (a refit or an import): read anew on next use. */
  invalidate(): void {
    this.snapshot = null;
  }

  private async load(): Promise<StandingsSnapshot> {
    const loadedAt = Date.now();
    const byId = new Map<string, Standing>();
    for (const proposal of await this.proposals.publishedStrengths()) {
      const id = proposal._id.toHexString();
      byId.set(id, {
        id,
        themeId: proposal.themeId.toHexString(),
        authorId: proposal.authorId.toHexString(),
        strength: proposal.scores.pairwise ?? 0,
        comparisons: proposal.pairwiseComparisons ?? 0,
      });
    }
    const snapshot = new StandingsSnapshot(loadedAt, byId);
    this.snapshot = snapshot;
    return snapshot;
  }
}
