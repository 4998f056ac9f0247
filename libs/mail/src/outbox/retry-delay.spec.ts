import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('starts at a second and doubles, without jitter in the middle of its range', () => {
    const middle = (): number => 0.5;
    expect([1, 2, 3, 4].map((failures) => retryDelayMs(failures, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it('stops growing at five minutes', () => {
    expect(retryDelayMs(9, () => 0.5)).toBe(256_000);
    expect(retryDelayMs(10, () => 0.5)).toBe(300_000);
    expect(retryDelayMs(60, () => 0.5)).toBe(300_000);
  });

  it('spreads retries by a quarter either way', () => {
    expect(retryDelayMs(3, () => 0)).toBe(3_000);
    expect(retryDelayMs(3, () => 0.999_999)).toBe(5_000);
  });
});
