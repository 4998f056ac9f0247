import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Types } from 'mongoose';
import { NotAuthenticatedError } from '@app/core';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** The only algorithm accepted for access tokens, when signing and when verifying. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

const INVALID_REFRESH_TOKEN = 'The refresh token is invalid, expired or revoked; sign in again.';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
  ) {}

  issueAccessToken(userId: Types.ObjectId): string {
    return this.jwt.sign(
      { sub: userId.toHexString() },
      { algorithm: ACCESS_TOKEN_ALGORITHM, expiresIn: ACCESS_TOKEN_TTL_SECONDS },
    );
  }

  /** The first refresh token of a new sign-in (a new family). */
  async startFamily(userId: Types.ObjectId): Promise<string> {
    const familyId = randomUUID();
    const token = randomBytes(32).toString('base64url');
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
   * Exchanges a refresh token for its successor. A token that was exchanged before (or is being
   * exchanged concurrently) is a sign of theft: its whole family is revoked.
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
    const successor = randomBytes(32).toString('base64url');
    const claimed =
      !(await this.refreshTokens.hasSuccessor(hash)) &&
      (await this.refreshTokens.insert({
        _id: hashToken(successor),
        familyId: current.familyId,
        userId: current.userId,
        rotatedFrom: `token:${hash}`,
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      }));
    if (!claimed) {
      await this.refreshTokens.revokeFamily({
        _id: current.familyId,
        userId: current.userId,
        reason: 'reuse',
      });
      throw new NotAuthenticatedError(INVALID_REFRESH_TOKEN, 'SESSION_EXPIRED');
    }
    return { userId: current.userId, refreshToken: successor };
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

  async revokeAllOf(userId: Types.ObjectId): Promise<void> {
    for (const familyId of await this.refreshTokens.familiesOf(userId)) {
      await this.refreshTokens.revokeFamily({ _id: familyId, userId, reason: 'blocked' });
    }
  }

  /** Forgets every sign-in of a deleted user; revoke them first (revokeAllOf). */
  deleteAllOf(userId: Types.ObjectId): Promise<void> {
    return this.refreshTokens.deleteAllOf(userId);
  }
}
