import type { TestingModule } from '@nestjs/testing';
import { JwtService } from '@nestjs/jwt';
import { NotAuthenticatedError } from '@app/core';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import type { User } from '../users/user.schema';
import { TokenService } from './token.service';

describe('TokenService', () => {
  let moduleRef: TestingModule;
  let tokens: TokenService;
  let user: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-token-service', [AccountsModule]);
    tokens = moduleRef.get(TokenService);
    user = await createUser(moduleRef);
  });

  afterAll(() => moduleRef.close());

  it("signs access tokens with the user's id", () => {
    const payload = moduleRef.get(JwtService).verify<{ sub: string }>(tokens.issueAccessToken(user._id));
    expect(payload.sub).toBe(user._id.toHexString());
  });

  it('rotates a refresh token into a new one, again and again', async () => {
    const first = await tokens.startFamily(user._id);
    const second = await tokens.rotate(first);
    expect(second.userId.equals(user._id)).toBe(true);
    expect(second.refreshToken).not.toBe(first);
    const third = await tokens.rotate(second.refreshToken);
    expect(third.refreshToken).not.toBe(second.refreshToken);
  });

  it('revokes the whole family when a used token comes back', async () => {
    const first = await tokens.startFamily(user._id);
    const { refreshToken: second } = await tokens.rotate(first);
    await expect(tokens.rotate(first)).rejects.toBeInstanceOf(NotAuthenticatedError);
    // The thief's reuse also ends the legitimate holder's session.
    await expect(tokens.rotate(second)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('lets exactly one of two concurrent rotations of one token win', async () => {
    const first = await tokens.startFamily(user._id);
    const results = await Promise.allSettled([tokens.rotate(first), tokens.rotate(first)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  });

  it('ends a sign-in on logout, and every sign-in of a user on revokeAllOf', async () => {
    const other = await createUser(moduleRef);
    const loggedOut = await tokens.startFamily(other._id);
    await tokens.revoke(loggedOut);
    await tokens.revoke(loggedOut);
    await expect(tokens.rotate(loggedOut)).rejects.toBeInstanceOf(NotAuthenticatedError);
    const sessions = [await tokens.startFamily(other._id), await tokens.startFamily(other._id)];
    const kept = await tokens.startFamily(user._id);
    await tokens.revokeAllOf(other._id);
    for (const session of sessions) {
      await expect(tokens.rotate(session)).rejects.toBeInstanceOf(NotAuthenticatedError);
    }
    await expect(tokens.rotate(kept)).resolves.toBeDefined();
  });

  it('refuses an unknown or expired token', async () => {
    await expect(tokens.rotate('unknown')).rejects.toBeInstanceOf(NotAuthenticatedError);
    const token = await tokens.startFamily(user._id);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 31 * 24 * 60 * 60 * 1000);
    try {
      await expect(tokens.rotate(token)).rejects.toBeInstanceOf(NotAuthenticatedError);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
