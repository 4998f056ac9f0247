import type { TestingModule } from '@nestjs/testing';
import { ConflictError, ForbiddenError, InvalidInputError } from '@app/core';
import { createUser, startMediumModule, TEST_PASSWORD } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { AuthService } from '../auth/auth.service';
import { Role } from '../roles';
import { UsersService } from './users.service';

describe('UsersService', () => {
  let moduleRef: TestingModule;
  let users: UsersService;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-users-service', [AccountsModule]);
    users = moduleRef.get(UsersService);
  });

  afterAll(() => moduleRef.close());

  it('creates a user once per email address, with MEMBER and roles in order', async () => {
    const input = { email: 'Redactie@Example.nl', password: TEST_PASSWORD, displayName: 'Redactie' };
    const user = await users.create(input, [Role.LIAISON, Role.EDITOR, Role.EDITOR]);
    expect(user.roles).toEqual([Role.MEMBER, Role.EDITOR, Role.LIAISON]);
    await expect(users.create({ ...input, email: 'redactie@example.NL' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      users.create({ ...input, email: 'ander@example.nl', password: 'kort' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await users.findByEmail(' REDACTIE@example.nl'))?._id.equals(user._id)).toBe(true);
  });

  it('takes a sector only as a slug of the sector list', async () => {
    const input = { email: 'bakker@example.nl', password: TEST_PASSWORD, displayName: 'Bakker' };
    const refused = await users.create({ ...input, sector: 'Bakkerij' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ reason: 'UNKNOWN_SECTOR', field: 'input.sector' });
    expect(await users.findByEmail(input.email)).toBeNull();
    expect((await users.create({ ...input, sector: 'Horeca' })).sector).toBe('horeca');
    expect((await users.create({ ...input, email: 'zonder@example.nl', sector: '' })).sector).toBeNull();
  });

  it('imports accounts sharing one password, hashed once, and keeps an existing account', async () => {
    const existing = await users.create({
      email: 'bestaand@example.nl',
      password: TEST_PASSWORD,
      displayName: 'Bestaand',
    });
    const imported = await users.importWithSharedPassword(
      [
        { email: 'Lid1@Example.nl', displayName: 'Lid Een', organization: 'Een BV', sector: 'bouw' },
        { email: 'lid2@example.nl', displayName: 'Lid Twee', sector: 'zorg' },
        { email: 'bestaand@example.nl', displayName: 'Iemand Anders' },
      ],
      TEST_PASSWORD,
      { verified: true },
    );
    expect(
      imported.map((user) => [user.email, user.sector, user.roles, user.emailVerifiedAt !== null]),
    ).toEqual([
      ['lid1@example.nl', 'bouw', [Role.MEMBER], true],
      ['lid2@example.nl', 'zorg', [Role.MEMBER], true],
      ['bestaand@example.nl', null, [Role.MEMBER], false],
    ]);
    expect(imported[2]?._id.equals(existing._id)).toBe(true);
    expect(imported[2]?.displayName).toBe('Bestaand');
    const signedIn = await moduleRef.get(AuthService).verifyCredentials('lid2@example.nl', TEST_PASSWORD);
    expect(signedIn._id.equals(imported[1]?._id ?? existing._id)).toBe(true);
    await expect(
      users.importWithSharedPassword([{ email: 'lid3@example.nl', displayName: 'Lid Drie' }], 'kort'),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await users.findByEmail('lid3@example.nl')).toBeNull();
  });

  it('always keeps one unblocked admin', async () => {
    const [a, b] = await Promise.all([
      createUser(moduleRef, [Role.ADMIN]),
      createUser(moduleRef, [Role.ADMIN]),
    ]);
    await expect(users.setRoles(a, a._id.toHexString(), [])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(users.setBlocked(a, a._id.toHexString(), 'Zelf')).rejects.toBeInstanceOf(ForbiddenError);
    // Two admins removing each other at once: the second sees the first's change and is refused.
    const removals = await Promise.allSettled([
      users.setRoles(a, b._id.toHexString(), []),
      users.setBlocked(b, a._id.toHexString(), 'Weg ermee'),
    ]);
    expect(removals.map((removal) => removal.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(removals.find((removal) => removal.status === 'rejected')?.reason).toBeInstanceOf(ConflictError);
    expect(await users.hasActiveAdmin()).toBe(true);
    const stillAdmin = [a, b].filter((admin) =>
      removals.some((removal) => removal.status === 'fulfilled' && !removal.value._id.equals(admin._id)),
    );
    expect(stillAdmin).toHaveLength(1);
    const other = await createUser(moduleRef);
    await users.setRoles(stillAdmin[0]!, other._id.toHexString(), [Role.ADMIN]);
    await expect(users.setRoles(stillAdmin[0]!, stillAdmin[0]!._id.toHexString(), [])).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(users.setRoles(other, stillAdmin[0]!._id.toHexString(), [])).resolves.toMatchObject({
      roles: [Role.MEMBER],
    });
  });

  it('finds users by a search in email or name, newest first', async () => {
    const a = await createUser(moduleRef, [], 'Zoekbare Ondernemer');
    const b = await createUser(moduleRef, [], 'Zoekbare Ambtenaar');
    const found = await users.list({ search: 'zoekbare', first: 10 });
    expect(found.edges.map((edge) => edge.node._id.toHexString())).toEqual([b._id, a._id].map(String));
    expect(found.totalCount).toBe(2);
    expect(await users.hasActiveAdmin()).toBe(true);
  });
});
