/**
 * The Bradley–Terry model of "which should the minister hear first?" answers: suggestion i is
 * chosen over j with probability σ(θ_i − θ_j), where θ is its strength. docs/RANKING.md
 * ("Pairwise ranking") explains the choices below.
 */

/**
 * Precision λ of the Gaussian prior θ ~ N(0, 1/λ): before any answer a suggestion is as strong as
 * any other, and a few answers cannot move it to a certain win or loss.
 */
export const PRIOR_PRECISION = 1;
/** Step size η of the online update. ηλ/n ≤ 1/2, so the prior's pull never overshoots zero. */
export const ONLINE_STEP = 0.5;
/** The refit stops when no strength moved more than this in a sweep. */
const REFIT_TOLERANCE = 1e-10;
const REFIT_MAX_SWEEPS = 500;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** One suggestion's state in the model. */
export interface Strength {
  /** θ. */
  strength: number;
  /** Answers it was part of (skips not counted). */
  comparisons: number;
}

/**
 * One stochastic gradient step on the log-posterior after `winner` was chosen over `loser`.
 * Each answer carries a 1/n share of its two suggestions' prior (n: their comparisons including
 * this one), so over all answers the steps follow the gradient of the same objective the refit
 * maximises.
 */
export function onlineUpdate(winner: Strength, loser: Strength): { winner: Strength; loser: Strength } {
  const surprise = 1 - sigmoid(winner.strength - loser.strength);
  const winnerComparisons = winner.comparisons + 1;
  const loserComparisons = loser.comparisons + 1;
  return {
    winner: {
      strength:
        winner.strength + ONLINE_STEP * (surprise - (PRIOR_PRECISION * winner.strength) / winnerComparisons),
      comparisons: winnerComparisons,
    },
    loser: {
      strength:
        loser.strength + ONLINE_STEP * (-surprise - (PRIOR_PRECISION * loser.strength) / loserComparisons),
      comparisons: loserComparisons,
    },
  };
}

export interface Outcome {
  winner: string;
  loser: string;
}

/**
 * The maximum a posteriori strengths from all answers at once: maximises
 * Σ log σ(θ_winner − θ_loser) − (λ/2) Σ θ², a concave function, by coordinate-wise Newton steps.
 * Suggestions in no answer keep the prior's θ = 0 and are not in the result.
 */
export function refit(outcomes: readonly Outcome[]): Map<string, Strength> {
  const opponents = new Map<string, { opponent: string; won: boolean }[]>();
  const add = (id: string, opponent: string, won: boolean): void => {
    const list = opponents.get(id) ?? [];
    list.push({ opponent, won });
    opponents.set(id, list);
  };
  for (const { winner, loser } of outcomes) {
    add(winner, loser, true);
    add(loser, winner, false);
  }
  const strengths = new Map([...opponents.keys()].map((id) => [id, 0]));
  for (let sweep = 0; sweep < REFIT_MAX_SWEEPS; sweep += 1) {
    let largestMove = 0;
    for (const [id, games] of opponents) {
      const theta = strengths.get(id) ?? 0;
      let gradient = -PRIOR_PRECISION * theta;
      let curvature = PRIOR_PRECISION;
      for (const { opponent, won } of games) {
        const p = sigmoid(theta - (strengths.get(opponent) ?? 0));
        gradient += (won ? 1 : 0) - p;
        curvature += p * (1 - p);
      }
      const move = gradient / curvature;
      strengths.set(id, theta + move);
      largestMove = Math.max(largestMove, Math.abs(move));
    }
    if (largestMove < REFIT_TOLERANCE) break;
  }
  return new Map(
    [...opponents].map(([id, games]) => [
      id,
      { strength: strengths.get(id) ?? 0, comparisons: games.length },
    ]),
  );
}

/**
 * The chance in percent (0–100) that a suggestion of strength `strength` is chosen over one
 * drawn at random from `others` (its own strength not among them); 50 when there is no other.
 */
export function winChance(strength: number, others: readonly number[]): number {
  if (others.length === 0) return 50;
  let sum = 0;
  for (const other of others) sum += sigmoid(strength - other);
  return (100 * sum) / others.length;
}
