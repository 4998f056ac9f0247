import type { ConfigService } from '@nestjs/config';
import { Types } from 'mongoose';
import type { AppConfig } from '@app/core';
import { UnsubscribeTokens } from './unsubscribe-tokens';

function tokensWith(secret: string): UnsubscribeTokens {
  const config = { get: () => secret } as unknown as ConfigService<AppConfig, true>;
  return new UnsubscribeTokens(config);
}

describe('UnsubscribeTokens', () => {
  const tokens = tokensWith('a-secret-of-at-least-thirty-two-characters');
  const userId = new Types.ObjectId().toHexString();

  it('verifies what it signed, for one kind or for all', () => {
    expect(tokens.verify(tokens.sign({ userId, scope: 'LIST_PUBLISHED' }))).toEqual({
      userId,
      scope: 'LIST_PUBLISHED',
    });
    expect(tokens.verify(tokens.sign({ userId, scope: 'ALL' }))).toEqual({ userId, scope: 'ALL' });
  });

  it('refuses a token whose user, scope or signature was changed, or that another secret signed', () => {
    const token = tokens.sign({ userId, scope: 'LIST_PUBLISHED' });
    const [, scope, mac] = token.split('.');
    const otherUser = new Types.ObjectId().toHexString();
    const tampered = [
      `${otherUser}.${scope}.${mac}`,
      `${userId}.ALL.${mac}`,
      `${userId}.${scope}.${mac!.slice(0, -2)}AA`,
      `${userId}.${scope}`,
      `${token}.extra`,
      `${userId}.NO_SUCH_KIND.${mac}`,
      tokensWith('another-secret-of-at-least-thirty-two-chars').sign({ userId, scope: 'LIST_PUBLISHED' }),
    ];
    for (const each of tampered) {
      let refusal: unknown;
      try {
        tokens.verify(each);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({ reason: 'INVALID_TOKEN' });
    }
  });
});
