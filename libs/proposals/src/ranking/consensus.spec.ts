import { consensusScore, consensusShare, sectorAgreement } from './consensus';

/** The product of the issue, Π over all k listed sectors of (up + 1) / (up + down + 2), by hand. */
const product = (factors: number[], emptySectors: number): number =>
  factors.reduce((all, factor) => all * factor, 0.5 ** emptySectors);

describe('consensus across sectors', () => {
  it('gives each sector (up + 1) / (up + down + 2)', () => {
    expect(sectorAgreement(0, 0)).toBe(1 / 2);
    expect(sectorAgreement(3, 1)).toBe(4 / 6);
    expect(sectorAgreement(0, 2)).toBe(1 / 4);
    expect(sectorAgreement(8, 0)).toBe(9 / 10);
  });

  it('stores ln of the product over the listed sectors relative to (1/2)^k: 0 without votes', () => {
    expect(consensusScore([])).toBe(0);
    // bouw 3 up 1 down: 4/6; zorg 0 up 2 down: 1/4; relative to 1/2 each: 4/3 and 1/2.
    const votes = [
      { sector: 'bouw', up: 3, down: 1 },
      { sector: 'zorg', up: 0, down: 2 },
    ];
    expect(consensusScore(votes)).toBeCloseTo(Math.log((4 / 3) * (1 / 2)), 12);
    // With 14 listed sectors, 12 of them without votes: the product of the issue.
    expect(Math.exp(consensusScore(votes)) * 0.5 ** 14).toBeCloseTo(product([4 / 6, 1 / 4], 12), 15);
  });

  it('ranks a suggestion liked in every sector above one loved in one and ignored elsewhere', () => {
    const sectors = ['agrarisch', 'bouw', 'horeca', 'ict', 'zorg'];
    const broad = consensusScore(sectors.map((sector) => ({ sector, up: 2, down: 0 })));
    const favourite = consensusScore([{ sector: 'ict', up: 40, down: 0 }]);
    // By hand, over these five sectors: (3/4)^5 ≈ 0.237 against 41/42 × (1/2)^4 ≈ 0.061.
    expect(product(Array<number>(5).fill(3 / 4), 0)).toBeCloseTo(0.2373, 4);
    expect(product([41 / 42], 4)).toBeCloseTo(0.061, 3);
    expect(broad).toBeGreaterThan(favourite);
    // Ten net votes more for the favourite do not change that; nor does a single sector's dislike.
    expect(broad).toBeGreaterThan(consensusScore([{ sector: 'ict', up: 50, down: 0 }]));
    const disliked = consensusScore([
      ...sectors.slice(1).map((sector) => ({ sector, up: 2, down: 0 })),
      { sector: 'agrarisch', up: 0, down: 3 },
    ]);
    expect(disliked).toBeLessThan(broad);
    expect(disliked).toBeGreaterThan(favourite);
  });

  it('shows the geometric mean over the listed sectors, 0.5 without votes, in the same order', () => {
    expect(consensusShare(0, 14)).toBe(0.5);
    const votes = [
      { sector: 'bouw', up: 3, down: 1 },
      { sector: 'zorg', up: 0, down: 2 },
    ];
    // (4/6 × 1/4 × (1/2)^2)^(1/4) over four listed sectors.
    expect(consensusShare(consensusScore(votes), 4)).toBeCloseTo(
      ((4 / 6) * (1 / 4) * (1 / 4)) ** (1 / 4),
      12,
    );
    expect(consensusShare(consensusScore([{ sector: 'ict', up: 5, down: 0 }]), 14)).toBeGreaterThan(
      consensusShare(consensusScore([{ sector: 'ict', up: 1, down: 0 }]), 14),
    );
  });
});
