import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Role, UsersService } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const ME = '{ me { roles } }';
const SET_ROLES =
  'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles blockedAt } }';
const BLOCK = 'mutation ($id: ID!) { blockUser(userId: $id, reason: "Spam") { roles blockedAt } }';
const UNBLOCK = 'mutation ($id: ID!) { unblockUser(userId: $id) { roles blockedAt } }';

type Me = { me: { roles: string[] } | null };
type Changed = { roles: string[]; blockedAt: string | null };

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
