import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-jwt';
import { z } from 'zod';
import { type AppConfig, NotAuthenticatedError } from '@app/core';
import { ACCESS_TOKEN_ALGORITHM } from '../../tokens/token.service';
import type { User } from '../../users/user.schema';
import { UsersService } from '../../users/users.service';

const payloadSchema = z.object({ sub: z.string().regex(/^[0-9a-f]{24}$/), iat: z.number() });

/** Whether a password reset or change since the token was issued ended it. */
function endedSince(user: User, issuedAtSeconds: number): boolean {
  return (
    user.sessionsValidAfter !== null && Math.round(issuedAtSeconds * 1000) < user.sessionsValidAfter.getTime()
  );
}

/** `Bearer <token>`, the token in base64url or base64 characters; matched in time linear in its length. */
const BEARER = /^Bearer +([\w\-.~+/]+=*)$/i;

/**
 * The access token of an `Authorization: Bearer <token>` header (over WebSocket,
 * connectionParams.authorization). Not passport-jwt's extractor: its regular expression takes
 * time quadratic in the header's length (figures in bench/README.md), and connectionParams
 * may carry 100 kB.
 */
export function bearerToken(request: { headers: { authorization?: unknown } }): string | null {
  const header = request.headers.authorization;
  return typeof header === 'string' ? (BEARER.exec(header)?.[1] ?? null) : null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: ConfigService<AppConfig, true>,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: bearerToken,
      // A KeyObject, not the string: given a string, jsonwebtoken first tries createPublicKey on it
      // for every token and only builds a secret key after that throws (a large share of a
      // signed-in request's CPU: bench/README.md). passport-jwt's types say string | Buffer, but it
      // hands the value to jsonwebtoken.verify unchanged, which takes a KeyObject.
      secretOrKey: createSecretKey(
        Buffer.from(config.get('JWT_SECRET', { infer: true })),
      ) as unknown as Buffer,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  /**
   * The user is read on every request, so blocking, role changes and the end of sessions by a
   * new password apply at once.
   */
  async validate(payload: unknown): Promise<User> {
    const parsed = payloadSchema.safeParse(payload);
    const user = parsed.success ? await this.users.findById(parsed.data.sub) : null;
    if (user === null || !parsed.success || endedSince(user, parsed.data.iat)) {
      throw new NotAuthenticatedError(
        'The access token is invalid or has expired; refresh it or sign in again.',
        'SESSION_EXPIRED',
      );
    }
    if (user.blockedAt !== null) {
      throw new NotAuthenticatedError('This account is blocked.', 'ACCOUNT_BLOCKED');
    }
    return user;
  }
}
