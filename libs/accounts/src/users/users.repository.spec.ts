import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { isDuplicateKeyError } from '@app/core';
import { startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { Role } from '../roles';
import { USER_MODEL, type UserRecord } from './user.schema';
import { type NewUser, UsersRepository } from './users.repository';

describe('UsersRepository', () => {
  let moduleRef: TestingModule;
  let users: UsersRepository;

  function newUser(email: string, roles: Role[] = [Role.MEMBER]): NewUser {
    return {
      email,
      displayName: email.split('@')[0]!,
      organization: null,
      sector: null,
      roles,
      passwordHash: 'hash',
    };
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-users-repository', [AccountsModule]);
    users = moduleRef.get(UsersRepository);
  });

  afterAll(() => moduleRef.close());

  it('never answers the password hash, except as credentials', async () => {
    const user = await users.insert(newUser('lid@example.nl'));
    expect(user).not.toHaveProperty('passwordHash');
    expect(await users.findById(user._id.toHexString())).not.toHaveProperty('passwordHash');
    expect(await users.findByEmail('lid@example.nl')).not.toHaveProperty('passwordHash');
    expect(await users.findCredentials('lid@example.nl')).toMatchObject({ passwordHash: 'hash' });
    expect(await users.findCredentials('niemand@example.nl')).toBeNull();
    const duplicate = await users.insert(newUser('lid@example.nl')).catch((error: unknown) => error);
    expect(isDuplicateKeyError(duplicate)).toBe(true);
  });

  it('answers role and block changes as stored, also through the cache', async () => {
    const user = await users.insert(newUser('admin@example.nl', [Role.MEMBER, Role.ADMIN]));
    expect(await users.countActiveAdmins()).toBe(1);
    const id = user._id.toHexString();
    await users.findById(id);
    const blocked = await users.setBlocked(user._id, { at: new Date(), reason: 'Test' });
    expect(blocked?.blockedReason).toBe('Test');
    expect((await users.findById(id.toUpperCase()))?.blockedReason).toBe('Test');
    expect(await users.countActiveAdmins()).toBe(0);
    expect((await users.setBlocked(user._id, null))?.blockedAt).toBeNull();
    expect((await users.setRoles(user._id, [Role.MEMBER]))?.roles).toEqual([Role.MEMBER]);
    expect(await users.countActiveAdmins()).toBe(0);
    expect(await users.findById('geen-id')).toBeNull();
    const found = await users.findByIds([user._id, new Types.ObjectId()]);
    expect(found.map((each) => each.email)).toEqual(['admin@example.nl']);
  });

  it('pages users newest first, with a search that is text, not a pattern', async () => {
    await users.insert(newUser('a.b@example.nl'));
    await users.insert(newUser('axb@example.nl'));
    const { users: found, totalCount } = await users.page('a.b', null, 10);
    expect(found.map((user) => user.email)).toEqual(['a.b@example.nl']);
    expect(totalCount).toBe(1);
    const all = await users.page(null, null, 2);
    expect(all.users.map((user) => user.email)).toEqual(['axb@example.nl', 'a.b@example.nl']);
    expect(all.totalCount).toBe(4);
  });

  it('reads users stored before language, verification and session ends existed with their defaults', async () => {
    const model = moduleRef.get<Model<UserRecord>>(getModelToken(USER_MODEL));
    const _id = new Types.ObjectId();
    const now = new Date();
    await model.collection.insertOne({
      _id,
      ...newUser('oud@example.nl'),
      blockedAt: null,
      blockedReason: null,
      createdAt: now,
      updatedAt: now,
    });
    const defaults = { language: 'nl', emailVerifiedAt: null, sessionsValidAfter: null };
    expect(await users.findById(_id.toHexString())).toMatchObject(defaults);
    expect(await users.findByEmail('oud@example.nl')).toMatchObject(defaults);
    expect((await users.findCredentialsById(_id))?.user).toMatchObject(defaults);
    expect((await users.page('oud@', null, 10)).users).toMatchObject([defaults]);
  });

  it('switches to a verified address, and refuses one another user has', async () => {
    const user = await users.insert(newUser('wissel@example.nl'));
    const at = new Date();
    expect(await users.setVerifiedEmail(user._id, 'nieuw@example.nl', at)).toMatchObject({
      email: 'nieuw@example.nl',
      emailVerifiedAt: at,
    });
    expect(await users.findByEmail('wissel@example.nl')).toBeNull();
    await expect(users.setVerifiedEmail(user._id, 'lid@example.nl', at)).rejects.toThrow();
    expect((await users.findById(user._id.toHexString()))?.email).toBe('nieuw@example.nl');
  });
});
