import { randomUUID } from 'node:crypto';
import { AuthService, type Role, type User, UsersService } from '@app/accounts';
import { linkIn, waitForMail } from './mailpit';
import { TEST_PASSWORD } from './medium';
import type { TestApp } from './test-app';

export { TEST_PASSWORD };

export interface SignedInUser {
  user: User;
  accessToken: string;
  refreshToken: string;
}

/**
 * Creates a user with `roles` (and a sector slug of the list) directly through the services and
 * signs them in (no rate limits).
 */
export async function createSignedInUser(
  t: TestApp,
  roles: Role[] = [],
  name = 'Test user',
  sector: string | null = null,
): Promise<SignedInUser> {
  const user = await t.app
    .get(UsersService)
    .create(
      { email: `${randomUUID()}@example.nl`, password: TEST_PASSWORD, displayName: name, sector },
      roles,
    );
  const session = await t.app.get(AuthService).startSession(user);
  return { user, accessToken: session.accessToken, refreshToken: session.refreshToken };
}

/** The token of the link under `pathPrefix` (such as `/e-mail-bevestigen/`) in a mail to `to`. */
export async function mailedToken(to: string, pathPrefix: string, subject?: RegExp): Promise<string> {
  const mail = await waitForMail(to, subject ? { subject } : undefined);
  return new URL(linkIn(mail, pathPrefix)).pathname.slice(pathPrefix.length);
}
