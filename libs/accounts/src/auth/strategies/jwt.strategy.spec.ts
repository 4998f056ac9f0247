import { bearerToken } from './jwt.strategy';

const token = (authorization: unknown): string | null => bearerToken({ headers: { authorization } });

describe('bearerToken', () => {
  it('reads the token of "Bearer <token>", as passport-jwt did', () => {
    expect(token('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBe(
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
    );
    expect(token('bearer abc+/=')).toBe('abc+/=');
    expect(token('Basic dXNlcjpwYXNz')).toBeNull();
    expect(token('eyJhbGciOiJIUzI1NiJ9')).toBeNull();
    expect(token('Bearer a b')).toBeNull();
    expect(token(42)).toBeNull();
    expect(token(undefined)).toBeNull();
  });

  it('answers at once for a long header of one word (passport-jwt took seconds)', () => {
    const started = performance.now();
    expect(token('x'.repeat(100_000))).toBeNull();
    expect(token(`Bearer ${'x'.repeat(100_000)}!`)).toBeNull();
    // Linear work is a millisecond; passport-jwt's backtracking took seconds. The bound sits between
    // the two, far from both, so that a busy CI machine does not fail it.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
