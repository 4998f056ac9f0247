import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import type { User } from '@app/accounts';
import { InvalidInputError } from '@app/core';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { NotificationsModule } from '../notifications.module';
import { PreferencesService } from './preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

describe('PreferencesService', () => {
  let moduleRef: TestingModule;
  let preferences: PreferencesService;
  let tokens: UnsubscribeTokens;
  let user: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-notification-preferences', [NotificationsModule]);
    preferences = moduleRef.get(PreferencesService);
    tokens = moduleRef.get(UnsubscribeTokens);
  });

  beforeEach(async () => {
    user = await createUser(moduleRef);
  });

  afterAll(() => moduleRef.close());

  it('answers the defaults for a user who never chose: follow-up at once, the rest daily', async () => {
    expect(await preferences.of(user._id)).toEqual({
      FOLLOW_UP_RECORDED: 'IMMEDIATE',
      LIST_PUBLISHED: 'DAILY',
      PROPOSAL_MERGED: 'DAILY',
      PROPOSAL_HIDDEN: 'DAILY',
      COMMENT_ADDED: 'DAILY',
      COMMENT_REPLY: 'IMMEDIATE',
    });
  });

  it('changes only the kinds given, and keeps earlier choices', async () => {
    await preferences.update(user, [{ type: 'LIST_PUBLISHED', email: 'NEVER' }]);
    const after = await preferences.update(user, [{ type: 'FOLLOW_UP_RECORDED', email: 'DAILY' }]);
    const expected = {
      FOLLOW_UP_RECORDED: 'DAILY',
      LIST_PUBLISHED: 'NEVER',
      PROPOSAL_MERGED: 'DAILY',
      PROPOSAL_HIDDEN: 'DAILY',
      COMMENT_ADDED: 'DAILY',
      COMMENT_REPLY: 'IMMEDIATE',
    };
    expect(after).toEqual(expected);
    expect(await preferences.of(user._id)).toEqual(expected);
    const other = await createUser(moduleRef);
    expect((await preferences.ofEach([user._id, other._id])).get(other._id.toHexString())).toMatchObject({
      FOLLOW_UP_RECORDED: 'IMMEDIATE',
    });
  });

  it('refuses a kind given twice, and changes nothing', async () => {
    await expect(
      preferences.update(user, [
        { type: 'LIST_PUBLISHED', email: 'NEVER' },
        { type: 'LIST_PUBLISHED', email: 'DAILY' },
      ]),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await preferences.of(user._id)).LIST_PUBLISHED).toBe('DAILY');
  });

  it('keeps concurrent changes of different kinds (one unit of work per user)', async () => {
    await Promise.all([
      preferences.update(user, [{ type: 'LIST_PUBLISHED', email: 'NEVER' }]),
      preferences.update(user, [{ type: 'PROPOSAL_MERGED', email: 'IMMEDIATE' }]),
    ]);
    expect(await preferences.of(user._id)).toMatchObject({
      LIST_PUBLISHED: 'NEVER',
      PROPOSAL_MERGED: 'IMMEDIATE',
    });
  });

  it('unsubscribes from one kind, or from all mail with the digest link', async () => {
    const userId = user._id.toHexString();
    expect(await preferences.unsubscribe(tokens.sign({ userId, scope: 'FOLLOW_UP_RECORDED' }))).toBe(true);
    expect(await preferences.of(user._id)).toMatchObject({
      FOLLOW_UP_RECORDED: 'NEVER',
      LIST_PUBLISHED: 'DAILY',
    });
    expect(await preferences.unsubscribe(tokens.sign({ userId, scope: 'ALL' }))).toBe(true);
    expect(new Set(Object.values(await preferences.of(user._id)))).toEqual(new Set(['NEVER']));
  });

  it('answers true for a user that does not exist, and refuses a tampered token', async () => {
    const nobody = new Types.ObjectId();
    expect(await preferences.unsubscribe(tokens.sign({ userId: nobody.toHexString(), scope: 'ALL' }))).toBe(
      true,
    );
    await expect(preferences.unsubscribe(`${user._id.toHexString()}.ALL.forged`)).rejects.toMatchObject({
      reason: 'INVALID_TOKEN',
    });
    expect((await preferences.of(user._id)).LIST_PUBLISHED).toBe('DAILY');
  });
});
