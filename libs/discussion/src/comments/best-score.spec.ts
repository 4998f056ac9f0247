import { wilsonLowerBound } from './best-score';

describe('wilsonLowerBound', () => {
  it('is 0 without votes and with only down votes', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 7)).toBe(0);
  });

  it('stays between 0 and the share of up votes', () => {
    for (const [up, down] of [
      [1, 0],
      [3, 1],
      [10, 10],
      [90, 10],
    ] as const) {
      const score = wilsonLowerBound(up, down);
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(up / (up + down));
    }
  });

  it('trusts many votes more than few with the same share', () => {
    expect(wilsonLowerBound(90, 10)).toBeGreaterThan(wilsonLowerBound(9, 1));
    expect(wilsonLowerBound(1, 0)).toBeLessThan(wilsonLowerBound(5, 1));
  });

  it('matches the 95 % interval for a known case', () => {
    // 8 up of 10: p = 0.8, z = 1.96 gives 0.4902 (Wilson, 1927).
    expect(wilsonLowerBound(8, 2)).toBeCloseTo(0.4902, 4);
  });
});
