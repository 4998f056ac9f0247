import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser, TEST_PASSWORD } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Who may run each operation of the API. Every Query and Mutation field in schema.graphql must
 * have a row: a new operation without one fails this spec, so its access rule is decided on purpose.
 */
type Actor = 'anonymous' | Role;
type Verdict = 'allowed' | 'denied';
type Access = Record<Actor, Verdict>;

interface Row {
  document: string;
  /** Variables for one attempt by `actor` (null when anonymous); may create what the attempt needs. */
  arrange?: (t: TestApp, actor: SignedInUser | null) => Promise<Record<string, unknown>>;
  access: Access;
}

const ACTORS: Actor[] = ['anonymous', Role.MEMBER, Role.MODERATOR, Role.EDITOR, Role.LIAISON, Role.ADMIN];

const everyone: Access = {
  anonymous: 'allowed',
  MEMBER: 'allowed',
  MODERATOR: 'allowed',
  EDITOR: 'allowed',
  LIAISON: 'allowed',
  ADMIN: 'allowed',
};
const adminsOnly: Access = {
  anonymous: 'denied',
  MEMBER: 'denied',
  MODERATOR: 'denied',
  EDITOR: 'denied',
  LIAISON: 'denied',
  ADMIN: 'allowed',
};

const otherUserId = async (t: TestApp): Promise<Record<string, unknown>> => ({
  userId: (await createSignedInUser(t)).user._id.toHexString(),
});

const QUERIES: Record<string, Row> = {
  me: { document: '{ me { id } }', access: everyone },
  serverStatus: { document: '{ serverStatus { version } }', access: everyone },
  users: { document: '{ users { totalCount } }', access: adminsOnly },
};

const MUTATIONS: Record<string, Row> = {
  register: {
    document: 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
    arrange: () =>
      Promise.resolve({
        input: { email: `${randomUUID()}@example.nl`, password: TEST_PASSWORD, displayName: 'Matrix' },
      }),
    access: everyone,
  },
  login: {
    document: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    arrange: async (t) => ({
      input: { email: (await createSignedInUser(t)).user.email, password: TEST_PASSWORD },
    }),
    access: everyone,
  },
  refresh: {
    document: 'mutation ($token: String!) { refresh(refreshToken: $token) { accessToken } }',
    arrange: async (t) => ({ token: (await createSignedInUser(t)).refreshToken }),
    access: everyone,
  },
  logout: {
    document: 'mutation ($token: String!) { logout(refreshToken: $token) }',
    arrange: async (t) => ({ token: (await createSignedInUser(t)).refreshToken }),
    access: everyone,
  },
  setUserRoles: {
    document: 'mutation ($userId: ID!) { setUserRoles(userId: $userId, roles: [EDITOR]) { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  blockUser: {
    document: 'mutation ($userId: ID!) { blockUser(userId: $userId, reason: "Matrix test") { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  unblockUser: {
    document: 'mutation ($userId: ID!) { unblockUser(userId: $userId) { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
};

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
const operationsIn = (type: 'Query' | 'Mutation'): string[] =>
  Object.keys(
    (type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {},
  ).sort();

describe('authorization matrix', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_authorization_matrix');
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every query and mutation in schema.graphql, and none for operations that do not exist', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(operationsIn('Query'));
    expect(Object.keys(MUTATIONS).sort()).toEqual(operationsIn('Mutation'));
  });

  const cases = [...Object.entries(QUERIES), ...Object.entries(MUTATIONS)].flatMap(([name, row]) =>
    ACTORS.map((actor) => [name, actor, row.access[actor], row] as const),
  );

  it.each(cases)('%s by %s is %s', async (_, actor, verdict, row) => {
    const signedIn = actor === 'anonymous' ? null : await createSignedInUser(t, [actor]);
    const variables = (await row.arrange?.(t, signedIn)) ?? {};
    const response = await t.gql(row.document, variables, signedIn ? { token: signedIn.accessToken } : {});
    if (verdict === 'allowed') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.errors?.[0]?.extensions?.code).toBe(
        actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
      expect(response.data ?? null).toBeNull();
    }
  });
});
