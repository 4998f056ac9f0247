import type { TestingModule } from '@nestjs/testing';
import { NotAuthenticatedError } from '@app/core';
import { createUser, startMediumModule, TEST_PASSWORD } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { Role } from '../roles';
import { AuthService } from './auth.service';

describe('AuthService', () => {
  let moduleRef: TestingModule;
  let auth: AuthService;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-auth-service', [AccountsModule]);
    auth = moduleRef.get(AuthService);
  });

  afterAll(() => moduleRef.close());

  it('registers a member and signs them in by email in any case', async () => {
    const session = await auth.register({
      email: 'Ondernemer@Example.NL',
      password: TEST_PASSWORD,
      displayName: 'Ondernemer',
    });
    expect(session.user).toMatchObject({ email: 'ondernemer@example.nl', roles: [Role.MEMBER] });
    expect(session.user).not.toHaveProperty('passwordHash');
    const user = await auth.verifyCredentials(' ONDERNEMER@example.nl ', TEST_PASSWORD);
    expect(user._id.equals(session.user._id)).toBe(true);
  });

  it('gives one answer for a wrong password and an unknown email', async () => {
    const user = await createUser(moduleRef);
    const wrong = auth.verifyCredentials(user.email, `${TEST_PASSWORD}x`);
    await expect(wrong).rejects.toThrow('Wrong email address or password.');
    await expect(auth.verifyCredentials('nobody@example.nl', TEST_PASSWORD)).rejects.toThrow(
      'Wrong email address or password.',
    );
  });

  it('refreshes a session with a new refresh token, once', async () => {
    const session = await auth.startSession(await createUser(moduleRef));
    const refreshed = await auth.refresh(session.refreshToken);
    expect(refreshed.user._id.equals(session.user._id)).toBe(true);
    expect(refreshed.refreshToken).not.toBe(session.refreshToken);
    const next = await auth.refresh(refreshed.refreshToken);
    // Once the successor is in use, the old token is reuse (TokenService has the grace before that).
    await expect(auth.refresh(session.refreshToken)).rejects.toBeInstanceOf(NotAuthenticatedError);
    await expect(auth.refresh(next.refreshToken)).rejects.toBeInstanceOf(NotAuthenticatedError);
    const other = await auth.startSession(await createUser(moduleRef));
    await auth.logout(other.refreshToken);
    await expect(auth.refresh(other.refreshToken)).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it('ends every sign-in of a blocked user and refuses their password', async () => {
    const admin = await createUser(moduleRef, [Role.ADMIN]);
    const user = await createUser(moduleRef);
    const session = await auth.startSession(user);
    const blocked = await auth.block(admin, user._id.toHexString(), 'Misbruik');
    expect(blocked.blockedReason).toBe('Misbruik');
    await expect(auth.refresh(session.refreshToken)).rejects.toBeInstanceOf(NotAuthenticatedError);
    await expect(auth.verifyCredentials(user.email, TEST_PASSWORD)).rejects.toThrow(
      'This account is blocked.',
    );
  });
});
