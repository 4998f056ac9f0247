import { createHmac, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, InvalidInputError } from '@app/core';

/** How long a member may take to answer a pair. */
export const PAIR_TOKEN_TTL_MS = 60 * 60 * 1000;

/** What a pair token binds: who is asked, which two suggestions in which order, until when. */
export interface PairClaims {
  memberId: string;
  leftId: string;
  rightId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const ID = /^[0-9a-f]{24}$/;

function isClaims(value: unknown): value is PairClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.memberId === 'string' &&
    ID.test(claims.memberId) &&
    typeof claims.leftId === 'string' &&
    ID.test(claims.leftId) &&
    typeof claims.rightId === 'string' &&
    ID.test(claims.rightId) &&
    claims.leftId !== claims.rightId &&
    typeof claims.expiresAt === 'number' &&
    Number.isFinite(claims.expiresAt)
  );
}

/**
 * Signs pairs handed out by `nextPair` so that `comparePair` needs no stored state to know the
 * pair was offered to this member: `<claims as base64url JSON>.<HMAC-SHA256 as base64url>`. The
 * key is derived from the app's secret for this purpose only, so a pair token is never valid as
 * any other token signed with that secret.
 */
export class PairTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('kabinet:pair-token').digest();
  }

  sign(claims: PairClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.signature(payload).toString('base64url')}`;
  }

  /** The claims of a token this app signed for `memberId` that has not expired at `now`. */
  verify(token: string, memberId: string, now: number = Date.now()): PairClaims {
    const [payload, signature, ...rest] = token.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) throw invalid();
    const given = Buffer.from(signature, 'base64url');
    const expected = this.signature(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let claims: unknown;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!isClaims(claims)) throw invalid();
    if (claims.memberId !== memberId) {
      throw new ForbiddenError(
        'This pair was offered to someone else; ask for a pair of your own.',
        'NOT_YOUR_PAIR',
      );
    }
    if (claims.expiresAt <= now) {
      throw new InvalidInputError('This pair has expired; ask for a new one.', 'token', 'PAIR_EXPIRED');
    }
    return claims;
  }

  private signature(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}

function invalid(): InvalidInputError {
  return new InvalidInputError('token: is not a pair this app handed out', 'token', 'INVALID_PAIR_TOKEN');
}
