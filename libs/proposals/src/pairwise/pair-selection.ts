/** A published suggestion as pair selection sees it. */
export interface Contender {
  id: string;
  strength: number;
  comparisons: number;
}

/**
 * How close in strength two suggestions should be to be asked about together: the opponent's
 * weight falls as exp(−Δθ² / 2w²). A pair of near-equals says most about their order; a
 * width of 1 still offers pairs whose chances are 73% to 27%.
 */
export const SIMILARITY_WIDTH = 1;

function weightedIndex(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < weights.length; index += 1) {
    target -= weights[index] ?? 0;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

/** Fewer answers so far: more to learn from another. */
function noveltyWeight(contender: Contender): number {
  return 1 / (1 + contender.comparisons);
}

function opponentWeight(first: Contender, opponent: Contender): number {
  const gap = first.strength - opponent.strength;
  return Math.exp(-(gap * gap) / (2 * SIMILARITY_WIDTH * SIMILARITY_WIDTH)) * noveltyWeight(opponent);
}

/** Left and right at random, so that neither side is the one chosen for few answers. */
function ordered(a: Contender, b: Contender, random: () => number): [Contender, Contender] {
  return random() < 0.5 ? [a, b] : [b, a];
}

/**
 * An informative pair: the first suggestion drawn favouring few comparisons, its opponent
 * favouring few comparisons and a similar strength; random, so every pair can come up. Null with
 * fewer than two contenders.
 */
export function drawPair(
  contenders: readonly Contender[],
  random: () => number,
): [Contender, Contender] | null {
  if (contenders.length < 2) return null;
  const firstIndex = weightedIndex(contenders.map(noveltyWeight), random);
  const first = contenders[firstIndex];
  const others = contenders.filter((_, index) => index !== firstIndex);
  if (first === undefined) return null;
  const second =
    others[
      weightedIndex(
        others.map((other) => opponentWeight(first, other)),
        random,
      )
    ];
  return second === undefined ? null : ordered(first, second, random);
}

/** The key of a pair in `answered`: both ids, in sorted order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Like drawPair, but never a pair in `answered` (pairKey); null when every pair is. Tries first
 * suggestions in a weighted random order until one has an opponent left.
 */
export function drawUnansweredPair(
  contenders: readonly Contender[],
  random: () => number,
  answered: ReadonlySet<string>,
): [Contender, Contender] | null {
  const remaining = [...contenders];
  while (remaining.length >= 2) {
    const firstIndex = weightedIndex(remaining.map(noveltyWeight), random);
    const first = remaining[firstIndex];
    if (first === undefined) return null;
    const open = contenders.filter(
      (other) => other.id !== first.id && !answered.has(pairKey(first.id, other.id)),
    );
    const second =
      open[
        weightedIndex(
          open.map((other) => opponentWeight(first, other)),
          random,
        )
      ];
    if (second !== undefined) return ordered(first, second, random);
    remaining.splice(firstIndex, 1);
  }
  return null;
}
