import { adjustedRandIndex } from './adjusted-rand-index';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'z'])).toBe(1);
  });

  it('matches hand-computed cases', () => {
    // Pairs together in both: 1; in a: 2; in b: 1; of 6 pairs. Expected 2 × 1 / 6 = 1/3, maximum
    // (2 + 1) / 2 = 1.5, so (1 − 1/3) / (1.5 − 1/3) = 4/7.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(4 / 7, 12);
    // Together in both: 2; in a: 6; in b: 3; of 15. Expected 6 × 3 / 15 = 1.2, maximum 4.5:
    // (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3.
    expect(adjustedRandIndex(['x', 'x', 'x', 'y', 'y', 'y'], ['1', '1', '2', '2', '3', '3'])).toBeCloseTo(
      0.8 / 3.3,
      12,
    );
  });

  it('is below 0 for a clustering worse than chance and refuses partitions of different items', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'])).toBeLessThan(0);
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow('same items');
  });
});
