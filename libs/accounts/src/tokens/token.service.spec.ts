import type { TestingModule } from '@nestjs/testing';
import { JwtService } from '@nestjs/jwt';
import { NotAuthenticatedError } from '@app/core';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import type { User } from '../users/user.schema';
import { ROTATION_GRACE_MS, TokenService } from './token.service';

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

  it('continues the chain once for a token presented again moments after its rotation', async () => {
    // The page that rotated `first` was closed before it stored `lost`; the next page has `first`.
    const first = await tokens.startFamily(user._id);
    const { refreshToken: lost } = await tokens.rotate(first);
    const { refreshToken: again } = await tokens.rotate(first);
    expect(again).not.toBe(lost);
    await expect(tokens.rotate(again)).resolves.toBeDefined();
  });

  it('treats the lost successor, used after the chain continued, as reuse', async () => {
    const first = await tokens.startFamily(user._id);
    const { refreshToken: lost } = await tokens.rotate(first);
    const { refreshToken: again } = await tokens.rotate(first);
    await expect(tokens.rotate(lost)).rejects.toBeInstanceOf(NotAuthenticatedError);
    await expect(tokens.rotate(again)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('revokes the whole family when a token comes back a third time', async () => {
    const first = await tokens.startFamily(user._id);
    const { refreshToken: second } = await tokens.rotate(first);
    await tokens.rotate(first);
    await expect(tokens.rotate(first)).rejects.toBeInstanceOf(NotAuthenticatedError);
    // The thief's reuse also ends the legitimate holder's session.
    await expect(tokens.rotate(second)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('revokes the whole family when a used token comes back after its successor was used', async () => {
    const first = await tokens.startFamily(user._id);
    const { refreshToken: second } = await tokens.rotate(first);
    const { refreshToken: third } = await tokens.rotate(second);
    await expect(tokens.rotate(first)).rejects.toBeInstanceOf(NotAuthenticatedError);
    await expect(tokens.rotate(third)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it(`revokes the whole family when a used token comes back after ${ROTATION_GRACE_MS} ms`, async () => {
    const first = await tokens.startFamily(user._id);
    const { refreshToken: second } = await tokens.rotate(first);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + ROTATION_GRACE_MS + 1_000);
    try {
      await expect(tokens.rotate(first)).rejects.toBeInstanceOf(NotAuthenticatedError);
      await expect(tokens.rotate(second)).rejects.toBeInstanceOf(NotAuthenticatedError);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('lets at most two of three concurrent rotations of one token win, and revokes the family', async () => {
    // One successor of the token and one of that successor can be claimed; the third is reuse.
    const first = await tokens.startFamily(user._id);
    const results = await Promise.allSettled([
      tokens.rotate(first),
      tokens.rotate(first),
      tokens.rotate(first),
    ]);
    const won = results.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value.refreshToken] : [],
    );
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(won.length).toBeLessThanOrEqual(2);
    for (const token of won) {
      await expect(tokens.rotate(token)).rejects.toBeInstanceOf(NotAuthenticatedError);
    }
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
