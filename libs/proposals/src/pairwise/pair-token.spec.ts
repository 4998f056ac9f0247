import { ForbiddenError, InvalidInputError } from '@app/core';
import { PAIR_TOKEN_TTL_MS, type PairClaims, PairTokens } from './pair-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const member = '64b000000000000000000001';
const other = '64b000000000000000000002';
const claims = (expiresAt: number): PairClaims => ({
  memberId: member,
  leftId: '64b0000000000000000000aa',
  rightId: '64b0000000000000000000bb',
  expiresAt,
});

function reasonOf(attempt: () => unknown): string | undefined {
  try {
    attempt();
  } catch (error) {
    return error instanceof InvalidInputError || error instanceof ForbiddenError ? error.reason : 'other';
  }
  return undefined;
}

describe('PairTokens', () => {
  const tokens = new PairTokens(SECRET);

  it('gives back the claims of a token it signed, for the member it was signed for', () => {
    const signed = claims(Date.now() + PAIR_TOKEN_TTL_MS);
    expect(tokens.verify(tokens.sign(signed), member)).toEqual(signed);
  });

  it("refuses another member's token with NOT_YOUR_PAIR", () => {
    const token = tokens.sign(claims(Date.now() + PAIR_TOKEN_TTL_MS));
    expect(reasonOf(() => tokens.verify(token, other))).toBe('NOT_YOUR_PAIR');
  });

  it('refuses an expired token with PAIR_EXPIRED', () => {
    const expiresAt = Date.now() + PAIR_TOKEN_TTL_MS;
    const token = tokens.sign(claims(expiresAt));
    expect(reasonOf(() => tokens.verify(token, member, expiresAt - 1))).toBeUndefined();
    expect(reasonOf(() => tokens.verify(token, member, expiresAt))).toBe('PAIR_EXPIRED');
    expect(reasonOf(() => tokens.verify(tokens.sign(claims(Date.now() - 1)), member))).toBe('PAIR_EXPIRED');
  });

  it('refuses forged, altered and malformed tokens with INVALID_PAIR_TOKEN', () => {
    const token = tokens.sign(claims(Date.now() + PAIR_TOKEN_TTL_MS));
    const [payload, signature] = token.split('.') as [string, string];
    const altered = Buffer.from(
      JSON.stringify({ ...claims(Date.now() + PAIR_TOKEN_TTL_MS), leftId: '64b0000000000000000000cc' }),
    ).toString('base64url');
    const forged = new PairTokens(`${SECRET}-other`).sign(claims(Date.now() + PAIR_TOKEN_TTL_MS));
    for (const bad of [
      `${altered}.${signature}`,
      forged,
      `${payload}.`,
      payload,
      `${token}.x`,
      '',
      'not a token',
      `${Buffer.from('[]').toString('base64url')}.${signature}`,
    ]) {
      expect(reasonOf(() => tokens.verify(bad, member))).toBe('INVALID_PAIR_TOKEN');
    }
  });

  it('refuses well-signed claims that are not a pair', () => {
    const same = tokens.sign({
      ...claims(Date.now() + PAIR_TOKEN_TTL_MS),
      rightId: '64b0000000000000000000aa',
    });
    expect(reasonOf(() => tokens.verify(same, member))).toBe('INVALID_PAIR_TOKEN');
  });
});
