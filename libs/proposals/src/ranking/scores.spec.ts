import {
  confidenceScore,
  controversialScore,
  HOT_EPOCH_MS,
  HOT_SECONDS_PER_DECADE,
  hotScore,
  randomKey,
  scoresOf,
  topScore,
} from './scores';

describe('ranking formulas', () => {
  it('TOP is up minus down', () => {
    expect(topScore(12, 5)).toBe(7);
    expect(topScore(0, 3)).toBe(-3);
  });

  it('CONFIDENCE is the Wilson lower bound (hand-computed values)', () => {
    expect(confidenceScore(0, 0)).toBe(0);
    // n=1, p=1: (1 + 1.92073) / (1 + 3.84146) - 1.95996·sqrt(0.96037)/4.84146 = 0.20654
    expect(confidenceScore(1, 0)).toBeCloseTo(0.20654, 4);
    // n=10, p=0.9: 0.59585
    expect(confidenceScore(9, 1)).toBeCloseTo(0.59585, 4);
    // n=100, p=0.9: 0.82563
    expect(confidenceScore(90, 10)).toBeCloseTo(0.82563, 4);
    expect(confidenceScore(90, 10)).toBeGreaterThan(confidenceScore(9, 1));
    expect(confidenceScore(0, 5)).toBeCloseTo(0, 10);
  });

  it('HOT adds log10 of net votes to the age in units of 12.5 hours', () => {
    const at = new Date(HOT_EPOCH_MS + HOT_SECONDS_PER_DECADE * 1000);
    expect(hotScore(0, 0, at)).toBe(1);
    expect(hotScore(10, 0, at)).toBe(2);
    expect(hotScore(100, 0, at)).toBe(3);
    expect(hotScore(0, 10, at)).toBe(0);
    expect(hotScore(1, 0, at)).toBe(1);
    // Ten times the votes equals 12.5 hours newer.
    const later = new Date(at.getTime() + HOT_SECONDS_PER_DECADE * 1000);
    expect(hotScore(100, 0, at)).toBe(hotScore(10, 0, later));
  });

  it('CONTROVERSIAL rewards many, evenly split votes', () => {
    expect(controversialScore(10, 0)).toBe(0);
    expect(controversialScore(5, 5)).toBe(10);
    expect(controversialScore(10, 5)).toBe(7.5);
    expect(controversialScore(50, 50)).toBeGreaterThan(controversialScore(5, 5));
  });

  it('computes all scores at once', () => {
    const at = new Date(HOT_EPOCH_MS);
    expect(scoresOf(3, 1, at)).toEqual({
      top: 2,
      confidence: confidenceScore(3, 1),
      hot: hotScore(3, 1, at),
      controversial: 4 / 3,
      consensus: 0,
    });
    expect(scoresOf(3, 1, at, [{ sector: 'bouw', up: 3, down: 1 }]).consensus).toBeCloseTo(
      Math.log(4 / 3),
      12,
    );
  });

  it('RANDOM keys are stable per seed, spread over [0, 1), and differ between seeds', () => {
    const ids = Array.from({ length: 200 }, (_, i) => i.toString(16).padStart(24, '0'));
    const keys = ids.map((id) => randomKey(42, id));
    expect(ids.map((id) => randomKey(42, id))).toEqual(keys);
    expect(keys.every((key) => key >= 0 && key < 1)).toBe(true);
    expect(new Set(keys).size).toBe(200);
    const order = (seed: number): string[] =>
      [...ids].sort((a, b) => randomKey(seed, a) - randomKey(seed, b));
    expect(order(1)).not.toEqual(order(2));
  });
});
