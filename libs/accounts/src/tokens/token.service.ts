import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Types } from 'mongoose';
import { NotAuthenticatedError } from '@app/core';
import type { RefreshTokenRecord } from './refresh-token.schema';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** The only algorithm accepted for access tokens, when signing and when verifying. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/**
 * How long after a rotation the token just exchanged may come back once more. A page that is
 * reloaded or closed while its refresh is in flight never stores the successor the API sent, and
 * the next page presents the old token again; without this grace that ended the session as a
 * reuse. Short, and only while the successor has not been used, so theft is still detected.
 */
export const ROTATION_GRACE_MS = 30_000;

const INVALID_REFRESH_TOKEN = 'The refresh token is invalid, expired or revoked; sign in again.';

/** The stored form of a token: its SHA-256, so the database never holds a usable one. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 32 random bytes, base64url: a refresh token or the token of a link in a mail. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  issueAccessToken(userId: Types.ObjectId): string {
    // `iat` to the millisecond (RFC 7519 allows a fractional NumericDate): a token issued in the
    // same second as a password reset, but after it, must stay valid (User.sessionsValidAfter).
    return this.jwt.sign(
      { sub: userId.toHexString(), iat: Date.now() / 1000 },
      { algorithm: ACCESS_TOKEN_ALGORITHM, expiresIn: ACCESS_TOKEN_TTL_SECONDS },
    );
  }

  /** The first refresh token of a new sign-in (a new family). */
  async startFamily(userId: Types.ObjectId): Promise<string> {
    const familyId = randomUUID();
    const token = randomToken();
    await this.refreshTokens.insert({
      _id: hashToken(token),
      familyId,
      userId,
      rotatedFrom: `family:${familyId}`,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    return token;
  }

  /**
   * Exchanges a refresh token for its successor. A token that was exchanged before is a sign of
   * theft and revokes its whole family, with one exception: within ROTATION_GRACE_MS of its
   * rotation, while that successor is still unused, the chain continues from the successor (whose
   * value was lost with the page that asked for it). The lost successor can then no longer be
   * used without revoking the family, and a token presented a third time is reuse.
   */
  async rotate(token: string): Promise<{ userId: Types.ObjectId; refreshToken: string }> {
    const hash = hashToken(token);
    const current = await this.refreshTokens.findByHash(hash);
    if (current === null || current.expiresAt.getTime() <= Date.now()) {
      throw new NotAuthenticatedError(INVALID_REFRESH_TOKEN, 'SESSION_EXPIRED');
    }
    if (await this.refreshTokens.isFamilyRevoked(current.familyId)) {
      throw new NotAuthenticatedError(INVALID_REFRESH_TOKEN, 'SESSION_EXPIRED');
    }
    const successor = (await this.claimSuccessor(current)) ?? (await this.claimWithinGrace(current));
    if (successor === null) {
      await this.refreshTokens.revokeFamily({
        _id: current.familyId,
        userId: current.userId,
        reason: 'reuse',
      });
      throw new NotAuthenticatedError(INVALID_REFRESH_TOKEN, 'SESSION_EXPIRED');
    }
    return { userId: current.userId, refreshToken: successor };
  }

  /** A new token rotated from `parent`, or null when `parent` has a successor already. */
  private async claimSuccessor(parent: RefreshTokenRecord, parentLost = false): Promise<string | null> {
    const successor = randomToken();
    const claimed = await this.refreshTokens.insert({
      _id: hashToken(successor),
      familyId: parent.familyId,
      userId: parent.userId,
      rotatedFrom: `token:${parent._id}`,
      ...(parentLost ? { parentLost } : {}),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    return claimed ? successor : null;
  }

  /**
   * The successor's successor, when the successor of `used` is recent, unused, and was not itself
   * issued in a grace (then `used` is the lost token of an earlier grace); else null.
   */
  private async claimWithinGrace(used: RefreshTokenRecord): Promise<string | null> {
    const lost = await this.refreshTokens.findSuccessor(used._id);
    if (
      lost === null ||
      lost.parentLost === true ||
      lost.createdAt.getTime() < Date.now() - ROTATION_GRACE_MS
    ) {
      return null;
    }
    return this.claimSuccessor(lost, true);
  }

  /** Ends the sign-in the token belongs to. Unknown tokens are ignored: logging out twice is fine. */
  async revoke(token: string): Promise<void> {
    const current = await this.refreshTokens.findByHash(hashToken(token));
    if (current !== null) {
      await this.refreshTokens.revokeFamily({
        _id: current.familyId,
        userId: current.userId,
        reason: 'logout',
      });
    }
  }

  /** Ends every sign-in of the user: when they are blocked, or their password was reset or changed. */
  async revokeAllOf(userId: Types.ObjectId, reason: 'blocked' | 'password' = 'blocked'): Promise<void> {
    for (const familyId of await this.refreshTokens.familiesOf(userId)) {
      await this.refreshTokens.revokeFamily({ _id: familyId, userId, reason });
    }
  }

  /** Forgets every sign-in of a deleted user; revoke them first (revokeAllOf). */
  deleteAllOf(userId: Types.ObjectId): Promise<void> {
    return this.refreshTokens.deleteAllOf(userId);
  }
}
