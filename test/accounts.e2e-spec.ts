import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Role, UsersService } from '@app/accounts';
import { createSignedInUser, TEST_PASSWORD } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const AUTH_FIELDS =
  'accessToken refreshToken user { id email displayName organization sector roles createdAt }';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation ($token: String!) { refresh(refreshToken: $token) { ${AUTH_FIELDS} } }`;
const LOGOUT = 'mutation ($token: String!) { logout(refreshToken: $token) }';
const ME = '{ me { id email displayName roles } }';
const USERS = 'query ($search: String) { users(search: $search) { totalCount edges { node { id email } } } }';

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: {
    id: string;
    email: string | null;
    displayName: string;
    organization: string | null;
    roles: string[];
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('accounts: register, login, tokens, blocking', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_accounts');
  });

  afterAll(async () => {
    await t.close();
  });

  const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
    response.errors?.[0]?.extensions?.code;

  it('registers, logs in, refreshes with rotation and reuse detection, and logs out', async () => {
    const registered = await t.gql<{ register: AuthPayload }>(REGISTER, {
      input: {
        email: '  Anna.de.Vries@Bakkerij.NL ',
        password: TEST_PASSWORD,
        displayName: 'Anna de Vries',
        organization: 'Bakkerij De Vries',
        sector: 'horeca',
      },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.register.user).toMatchObject({
      email: 'anna.de.vries@bakkerij.nl',
      displayName: 'Anna de Vries',
      organization: 'Bakkerij De Vries',
      sector: 'horeca',
      roles: ['MEMBER'],
    });

    const login = await t.gql<{ login: AuthPayload }>(LOGIN, {
      input: { email: 'ANNA.DE.VRIES@bakkerij.nl', password: TEST_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const session = login.data!.login;
    expect(session.user.email).toBe('anna.de.vries@bakkerij.nl');
    expect(session.accessToken.split('.')).toHaveLength(3);

    const me = await t.gql<{ me: { id: string; email: string } }>(ME, {}, { token: session.accessToken });
    expect(me.data?.me).toMatchObject({ id: session.user.id, email: 'anna.de.vries@bakkerij.nl' });

    const refreshed = await t.gql<{ refresh: AuthPayload }>(REFRESH, { token: session.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    const rotated = refreshed.data!.refresh;
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    expect(rotated.user.id).toBe(session.user.id);

    // The rotated token in use, then the old one again: rejected, and the whole family revoked.
    const next = await t.gql<{ refresh: AuthPayload }>(REFRESH, { token: rotated.refreshToken });
    expect(next.errors).toBeUndefined();
    const reused = await t.gql(REFRESH, { token: session.refreshToken });
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { token: next.data!.refresh.refreshToken }))).toBe('UNAUTHENTICATED');

    // A new sign-in is a new family; logout ends it.
    const second = (
      await t.gql<{ login: AuthPayload }>(LOGIN, {
        input: { email: 'anna.de.vries@bakkerij.nl', password: TEST_PASSWORD },
      })
    ).data!.login;
    expect((await t.gql<{ logout: boolean }>(LOGOUT, { token: second.refreshToken })).data?.logout).toBe(
      true,
    );
    expect(codeOf(await t.gql(REFRESH, { token: second.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ logout: boolean }>(LOGOUT, { token: second.refreshToken })).data?.logout).toBe(
      true,
    );
  });

  it('continues a session once when a page lost the token its refresh was answered with', async () => {
    const { refreshToken } = await createSignedInUser(t);
    const lost = await t.gql<{ refresh: AuthPayload }>(REFRESH, { token: refreshToken });
    expect(lost.errors).toBeUndefined();
    // The next page still holds the old token: moments after the rotation, the chain goes on.
    const again = await t.gql<{ refresh: AuthPayload }>(REFRESH, { token: refreshToken });
    expect(again.errors).toBeUndefined();
    const kept = await t.gql<{ refresh: AuthPayload }>(REFRESH, { token: again.data!.refresh.refreshToken });
    expect(kept.errors).toBeUndefined();
    // The lost token turning up after all is reuse: the family ends.
    expect(codeOf(await t.gql(REFRESH, { token: lost.data!.refresh.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { token: kept.data!.refresh.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('lets at most two of three concurrent refreshes of one token win, and revokes the family', async () => {
    const { refreshToken } = await createSignedInUser(t);
    const results = await Promise.all(
      [1, 2, 3].map(() => t.gql<{ refresh: AuthPayload }>(REFRESH, { token: refreshToken })),
    );
    const succeeded = results.filter((result) => result.errors === undefined);
    expect(succeeded.length).toBeLessThanOrEqual(2);
    expect(results.filter((result) => codeOf(result) === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(1);
    for (const result of succeeded) {
      expect(codeOf(await t.gql(REFRESH, { token: result.data!.refresh.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('answers me with null when anonymous', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
  });

  it('refuses a second account with the same email, in any case', async () => {
    const input = { email: 'dup@example.nl', password: TEST_PASSWORD, displayName: 'First' };
    expect((await t.gql(REGISTER, { input })).errors).toBeUndefined();
    const duplicate = await t.gql(REGISTER, {
      input: { ...input, email: 'DUP@example.nl ', displayName: 'Second' },
    });
    expect(duplicate.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(duplicate.errors?.[0]?.message).toMatch(/already exists/);
  });

  it('lets exactly one of many concurrent registrations of one email succeed', async () => {
    // Five: the per-email rate limit allows no more in a minute.

    const input = { email: 'race@example.nl', password: TEST_PASSWORD, displayName: 'Racer' };
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(REGISTER, { input })));
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === 'CONFLICT')).toHaveLength(4);
  });

  it('keeps both of two concurrent admin changes to one user', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    // Several rounds: a lost update (FerretDB rewrites whole documents) shows up in most runs of five.
    for (let round = 0; round < 5; round += 1) {
      const member = await createSignedInUser(t);
      const id = member.user._id.toHexString();
      const [roles, block] = await Promise.all([
        t.gql(
          'mutation ($id: ID!) { setUserRoles(userId: $id, roles: [EDITOR]) { id } }',
          { id },
          { token: admin.accessToken },
        ),
        t.gql(
          'mutation ($id: ID!) { blockUser(userId: $id, reason: "Spam") { id } }',
          { id },
          { token: admin.accessToken },
        ),
      ]);
      expect(roles.errors).toBeUndefined();
      expect(block.errors).toBeUndefined();
      const stored = await t.app.get(UsersService).findById(id);
      expect(stored?.roles).toEqual(['MEMBER', 'EDITOR']);
      expect(stored?.blockedReason).toBe('Spam');
    }
  });

  it.each([
    ['short', 'kort1!', /at least 10/, { reason: 'TOO_SHORT', params: { min: 10 } }],
    ['common', 'password123', /most common/, { reason: 'COMMON_PASSWORD' }],
    ['too long', 'x'.repeat(129), /at most 128/, { reason: 'TOO_LONG', params: { max: 128 } }],
  ])(
    'rejects a %s password with BAD_USER_INPUT naming the field and reason',
    async (_, password, message, why) => {
      const response = await t.gql(REGISTER, {
        input: { email: `${password.length}@example.nl`, password, displayName: 'Jan' },
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
        ...why,
      });
      expect(response.errors?.[0]?.message).toMatch(message);
    },
  );

  // Few cases (the unit spec of lineText has the rest): registration allows 20 a minute per IP.
  it.each([
    ['a right-to-left override', 'Jan \u202Enaj'],
    ['only zero-width spaces', '\u200B\u200B\u200B'],
    ['a line break', 'Jan\nJansen'],
    ['a lone surrogate', 'Jan \uD800'],
  ])('rejects a display name with %s with BAD_USER_INPUT naming the field', async (_, displayName) => {
    const response = await t.gql(REGISTER, {
      // One address per case: registration is rate limited per email address.
      input: {
        email: `${randomUUID()}@example.nl`,
        password: TEST_PASSWORD,
        displayName,
      },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.displayName');
  });

  it('stores a display name in NFC', async () => {
    const registered = await t.gql<{ register: AuthPayload }>(REGISTER, {
      input: { email: 'nfc@example.nl', password: TEST_PASSWORD, displayName: 'Ange\u0301lique' },
    });
    expect(registered.data?.register.user.displayName).toBe('Ang\u00E9lique');
  });

  it('takes a sector only as a slug of the sector list (UNKNOWN_SECTOR otherwise)', async () => {
    const response = await t.gql(REGISTER, {
      input: { email: 'sector@example.nl', password: TEST_PASSWORD, displayName: 'Jan', sector: 'food' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.sector',
      reason: 'UNKNOWN_SECTOR',
    });
    const sectors = await t.gql<{ sectors: { slug: string }[] }>('{ sectors { slug } }');
    expect(sectors.data?.sectors.map((sector) => sector.slug)).toContain('horeca');
  });

  it('rejects an invalid email with BAD_USER_INPUT naming the field', async () => {
    const response = await t.gql(REGISTER, {
      input: { email: 'not-an-email', password: TEST_PASSWORD, displayName: 'Jan' },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.email');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { user } = await createSignedInUser(t);
    const unknown = await t.gql(LOGIN, { input: { email: 'nobody@example.nl', password: TEST_PASSWORD } });
    const wrong = await t.gql(LOGIN, { input: { email: user.email, password: 'wrong password 123' } });
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('rejects expired, tampered, foreign and alg:none access tokens on protected operations', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    expect((await t.gql(USERS, {}, { token: admin.accessToken })).errors).toBeUndefined();

    const jwt = t.app.get(JwtService);
    const sub = admin.user._id.toHexString();
    const expired = jwt.sign({ sub }, { expiresIn: -10 });
    const [header, , signature] = admin.accessToken.split('.');
    const tampered = `${header}.${base64url({ sub: '0'.repeat(24), iat: 1, exp: 9_999_999_999 })}.${signature}`;
    const foreign = new JwtService({ secret: 'another secret that is long enough!!' }).sign({ sub });
    const algNone = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub, exp: 9_999_999_999 })}.`;

    for (const token of [expired, tampered, foreign, algNone, 'garbage']) {
      const response = await t.gql(USERS, {}, { token });
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    }
    // On a public operation a bad token counts as anonymous.
    expect((await t.gql(ME, {}, { token: expired })).data).toEqual({ me: null });
  });

  it('blocks a user: no login, no refresh, existing access tokens stop working', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const member = await createSignedInUser(t);
    expect((await t.gql(ME, {}, { token: member.accessToken })).data?.me).not.toBeNull();

    const blocked = await t.gql<{ blockUser: { id: string; blockedAt: string | null } }>(
      'mutation ($id: ID!) { blockUser(userId: $id, reason: "Spam") { id blockedAt } }',
      { id: member.user._id.toHexString() },
      { token: admin.accessToken },
    );
    expect(blocked.errors).toBeUndefined();
    expect(blocked.data?.blockUser.blockedAt).not.toBeNull();

    expect((await t.gql(ME, {}, { token: member.accessToken })).data).toEqual({ me: null });
    expect(codeOf(await t.gql(USERS, {}, { token: member.accessToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { token: member.refreshToken }))).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: member.user.email, password: TEST_PASSWORD } });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    expect(login.errors?.[0]?.message).toMatch(/blocked/);

    const self = await t.gql(
      'mutation ($id: ID!) { blockUser(userId: $id, reason: "Oops") { id } }',
      { id: admin.user._id.toHexString() },
      { token: admin.accessToken },
    );
    expect(codeOf(self)).toBe('FORBIDDEN');
  });

  it('shows email addresses to the user themself and to admins only', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const member = await createSignedInUser(t);
    const search = member.user.email.slice(0, 12);
    const asAdmin = await t.gql<{
      users: { totalCount: number; edges: { node: { email: string | null } }[] };
    }>(USERS, { search }, { token: admin.accessToken });
    expect(asAdmin.data?.users.totalCount).toBe(1);
    expect(asAdmin.data?.users.edges[0]?.node.email).toBe(member.user.email);
    expect(
      (await t.gql<{ me: { email: string } }>(ME, {}, { token: member.accessToken })).data?.me.email,
    ).toBe(member.user.email);
  });

  it('lets an admin set roles, always keeping MEMBER, but not drop their own ADMIN role', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const member = await createSignedInUser(t);
    const SET_ROLES =
      'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles } }';
    const set = await t.gql<{ setUserRoles: { roles: string[] } }>(
      SET_ROLES,
      { id: member.user._id.toHexString(), roles: ['EDITOR', 'LIAISON', 'EDITOR'] },
      { token: admin.accessToken },
    );
    expect(set.data?.setUserRoles.roles).toEqual(['MEMBER', 'EDITOR', 'LIAISON']);
    const me = await t.gql<{ me: { roles: string[] } }>(ME, {}, { token: member.accessToken });
    expect(me.data?.me.roles).toEqual(['MEMBER', 'EDITOR', 'LIAISON']);

    const own = await t.gql(
      SET_ROLES,
      { id: admin.user._id.toHexString(), roles: ['MEMBER'] },
      { token: admin.accessToken },
    );
    expect(codeOf(own)).toBe('FORBIDDEN');
    const missing = await t.gql(SET_ROLES, { id: 'f'.repeat(24), roles: [] }, { token: admin.accessToken });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('pages users with a cursor', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    for (let i = 0; i < 3; i += 1) await createSignedInUser(t);
    const PAGE =
      'query ($after: String) { users(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    type Page = {
      users: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: Awaited<ReturnType<typeof t.gql<Page>>> = await t.gql<Page>(
        PAGE,
        { after },
        { token: admin.accessToken },
      );
      expect(page.errors).toBeUndefined();
      total = page.data!.users.totalCount;
      seen.push(...page.data!.users.edges.map((edge) => edge.node.id));
      after = page.data!.users.pageInfo.hasNextPage ? page.data!.users.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const bad = await t.gql(PAGE, { after: 'not-a-cursor!' }, { token: admin.accessToken });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});
