import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Role, UsersService } from '@app/accounts';
import { ClusterMembership } from '@app/database';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

const ME = '{ me { roles } }';
const SET_ROLES =
  'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles blockedAt } }';
const BLOCK = 'mutation ($id: ID!) { blockUser(userId: $id, reason: "Spam") { roles blockedAt } }';
const UNBLOCK = 'mutation ($id: ID!) { unblockUser(userId: $id) { roles blockedAt } }';

const REFUSALS: Record<string, RegExp> = {
  CONFLICT: /would leave no unblocked admin/,
  FORBIDDEN: /needs one of the roles ADMIN/,
  UNAUTHENTICATED: /blocked/,
};

type Me = { me: { roles: string[] } | null };
type Changed = { roles: string[]; blockedAt: string | null };

const codeOf = (response: GraphQLResponse): string | undefined => response.errors?.[0]?.extensions?.code;

/**
 * While `change` runs, `readers` loops send `me` with the target's token; answers what each
 * read that started after the change answered saw, and the change's own answer.
 */
async function readAround<T>(
  t: TestApp,
  token: string,
  change: () => Promise<T>,
): Promise<{ result: T; after: Me['me'][]; readsDuringChange: number }> {
  const readers = 8;
  const reads: { startedAt: number; me: Me['me'] | undefined }[] = [];
  let answeredAt = Number.POSITIVE_INFINITY;
  let stopAt = Number.POSITIVE_INFINITY;
  const loops = Array.from({ length: readers }, async () => {
    while (performance.now() < stopAt) {
      const startedAt = performance.now();
      const response = await t.gql<Me>(ME, {}, { token });
      reads.push({ startedAt, me: response.data?.me });
    }
  });
  // Let the readers get going (and fill the cache) before the change.
  await sleep(30);
  const result = await change();
  answeredAt = performance.now();
  stopAt = answeredAt + 150;
  await Promise.all(loops);
  const after = reads.filter((read) => read.startedAt > answeredAt);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((read) => read.me !== undefined)).toBe(true);
  return {
    result,
    after: after.map((read) => read.me ?? null),
    readsDuringChange: reads.length - after.length,
  };
}

describe('role and block changes take effect for every request after they answer', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp('e2e_access_changes');
    admin = await createSignedInUser(t, [Role.ADMIN]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('demotes a moderator while they send requests: the answer and every later request see MEMBER only', async () => {
    const target = await createSignedInUser(t, [Role.MODERATOR]);
    const id = target.user._id.toHexString();
    for (let round = 0; round < 10; round += 1) {
      const promoted = await t.gql(SET_ROLES, { id, roles: ['MODERATOR'] }, { token: admin.accessToken });
      expect(promoted.errors).toBeUndefined();
      const { result, after } = await readAround(t, target.accessToken, () =>
        t.gql<{ setUserRoles: Changed }>(SET_ROLES, { id, roles: [] }, { token: admin.accessToken }),
      );
      expect(result.data?.setUserRoles.roles).toEqual(['MEMBER']);
      expect(after.filter((me) => me?.roles.join() !== 'MEMBER')).toEqual([]);
    }
    expect((await t.app.get(UsersService).findById(id))?.roles).toEqual(['MEMBER']);
  });

  it('blocks a member while they send requests: the answer and every later request see the block', async () => {
    const target = await createSignedInUser(t);
    const id = target.user._id.toHexString();
    for (let round = 0; round < 10; round += 1) {
      const { result, after } = await readAround(t, target.accessToken, () =>
        t.gql<{ blockUser: Changed }>(BLOCK, { id }, { token: admin.accessToken }),
      );
      expect(result.data?.blockUser.blockedAt).not.toBeNull();
      // A blocked user's token counts as none on a public query.
      expect(after.filter((me) => me !== null)).toEqual([]);
      const unblocked = await t.gql<{ unblockUser: Changed }>(UNBLOCK, { id }, { token: admin.accessToken });
      expect(unblocked.data?.unblockUser.blockedAt).toBeNull();
      expect((await t.gql<Me>(ME, {}, { token: target.accessToken })).data?.me).not.toBeNull();
    }
  });
});

describe('the last unblocked admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_last_admin');
  });

  afterAll(async () => {
    await t.close();
  });

  const activeAdmins = async (): Promise<string[]> => {
    const users = await t.app.get(UsersService).list({ first: 50 });
    return users.edges
      .map((edge) => edge.node)
      .filter((user) => user.roles.includes(Role.ADMIN) && user.blockedAt === null)
      .map((user) => user._id.toHexString());
  };

  const demote = (actor: SignedInUser, target: SignedInUser): Promise<GraphQLResponse> =>
    t.gql(SET_ROLES, { id: target.user._id.toHexString(), roles: [] }, { token: actor.accessToken });
  const block = (actor: SignedInUser, target: SignedInUser): Promise<GraphQLResponse> =>
    t.gql(BLOCK, { id: target.user._id.toHexString() }, { token: actor.accessToken });

  it('keeps one when two admins demote or block each other at once, and tells the other why', async () => {
    const a = await createSignedInUser(t, [Role.ADMIN], 'Admin A');
    const b = await createSignedInUser(t, [Role.ADMIN], 'Admin B');
    const moves = [
      [demote, demote],
      [block, block],
      [demote, block],
      [block, demote],
    ] as const;
    let conflicts = 0;
    for (let round = 0; round < 12; round += 1) {
      const [first, second] = moves[round % moves.length]!;
      const results = await Promise.all([first(a, b), second(b, a)]);
      const refused = results.filter((result) => result.errors !== undefined);
      expect(refused).toHaveLength(1);
      // Refused under the lock, or, when the other change answered first, by the guards.
      const code = codeOf(refused[0]!) ?? 'none';
      expect(Object.keys(REFUSALS)).toContain(code);
      expect(refused[0]?.errors?.[0]?.message).toMatch(REFUSALS[code]!);
      conflicts += code === 'CONFLICT' ? 1 : 0;

      const remaining = await activeAdmins();
      expect(remaining).toHaveLength(1);
      // The one left restores the other for the next round.
      const [survivor, other] = remaining[0] === a.user._id.toHexString() ? [a, b] : [b, a];
      const id = other.user._id.toHexString();
      expect((await t.gql(UNBLOCK, { id }, { token: survivor.accessToken })).errors).toBeUndefined();
      expect(
        (await t.gql(SET_ROLES, { id, roles: ['ADMIN'] }, { token: survivor.accessToken })).errors,
      ).toBeUndefined();
      expect(await activeAdmins()).toHaveLength(2);
    }
    // Most rounds both requests pass the guards and meet at the lock.
    expect(conflicts).toBeGreaterThan(0);
  });
});

describe('role and block changes made through another API process', () => {
  const DB = 'e2e_access_two_processes';
  const env = { JWT_SECRET: 'a shared secret for both processes, 40+ chars' };
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp(DB, env);
    second = await startTestApp(DB, env, { keepData: true });
    // Each notices the other within a heartbeat.
    const deadline = Date.now() + 10_000;
    while (![first, second].every((t) => t.app.get(ClusterMembership).shared) && Date.now() < deadline) {
      await sleep(100);
    }
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('apply at once in the other process: its user cache is off while a peer shares the database', async () => {
    expect([first, second].map((t) => t.app.get(ClusterMembership).shared)).toEqual([true, true]);
    const admin = await createSignedInUser(second, [Role.ADMIN]);
    const target = await createSignedInUser(first, [Role.MODERATOR]);
    const id = target.user._id.toHexString();
    // The read the sign-in guard and refresh make in the first process. (Over HTTP both apps in
    // this test process would use the second's guard: passport keeps one strategy per name.)
    const read = () => first.app.get(UsersService).findById(id);
    for (let round = 0; round < 3; round += 1) {
      expect((await read())?.roles).toEqual(['MEMBER', 'MODERATOR']);
      await second.gql(SET_ROLES, { id, roles: [] }, { token: admin.accessToken });
      expect((await read())?.roles).toEqual(['MEMBER']);
      await second.gql(BLOCK, { id }, { token: admin.accessToken });
      expect((await read())?.blockedAt).not.toBeNull();
      await second.gql(UNBLOCK, { id }, { token: admin.accessToken });
      await second.gql(SET_ROLES, { id, roles: ['MODERATOR'] }, { token: admin.accessToken });
    }
  });
});
