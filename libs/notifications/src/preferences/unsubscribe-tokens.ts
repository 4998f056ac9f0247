import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfig, InvalidInputError } from '@app/core';
import { NOTIFICATION_TYPES, type NotificationType } from '../notifications.schema';

/** What an unsubscribe link stops: one kind of notification mail, or all of it (the digest's link). */
export type UnsubscribeScope = NotificationType | 'ALL';

const SCOPES: readonly string[] = [...NOTIFICATION_TYPES, 'ALL'];

export interface UnsubscribeClaims {
  userId: string;
  scope: UnsubscribeScope;
}

/**
 * Unsubscribe links: `<userId>.<scope>.<HMAC-SHA256 of both>`. They never expire and are checked
 * without reading the database, so a link in a mail from years ago still works; the key is
 * derived from JWT_SECRET under its own label, so no other token of the app verifies as one.
 */
@Injectable()
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(config: ConfigService<AppConfig, true>) {
    this.key = createHmac('sha256', config.get('JWT_SECRET', { infer: true }))
      .update('kabinet:unsubscribe-token')
      .digest();
  }

  sign(claims: UnsubscribeClaims): string {
    return `${claims.userId}.${claims.scope}.${this.mac(claims.userId, claims.scope).toString('base64url')}`;
  }

  verify(token: string): UnsubscribeClaims {
    const [userId, scope, mac, ...rest] = token.split('.');
    if (
      userId === undefined ||
      scope === undefined ||
      mac === undefined ||
      rest.length > 0 ||
      !/^[0-9a-f]{24}$/.test(userId) ||
      !SCOPES.includes(scope)
    ) {
      throw invalidToken();
    }
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(userId, scope);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw invalidToken();
    }
    return { userId, scope: scope as UnsubscribeScope };
  }

  private mac(userId: string, scope: string): Buffer {
    return createHmac('sha256', this.key).update(`${userId}.${scope}`).digest();
  }
}

function invalidToken(): InvalidInputError {
  return new InvalidInputError('This unsubscribe link is not valid.', 'token', 'INVALID_TOKEN');
}
