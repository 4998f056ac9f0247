import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = seededRandom(2026);
    const again = seededRandom(2026);
    const other = seededRandom(2027);
    const values = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => again())).toEqual(values);
    expect(other()).not.toBe(values[0]);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
