import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import { type User, UsersService } from '@app/accounts';
import { InvalidInputError } from '@app/core';
import { UnitOfWork } from '@app/database';
import { NOTIFICATION_TYPES, type NotificationType } from '../notifications.schema';
import { DEFAULT_MAIL_FREQUENCY, type MailFrequency, type MailPreferences } from './mail-frequency';
import type { NotificationPreferencesRecord } from './preferences.schema';
import { PreferencesRepository } from './preferences.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export interface PreferenceChange {
  type: NotificationType;
  email: MailFrequency;
}

function withDefaults(stored: NotificationPreferencesRecord['email'] | undefined): MailPreferences {
  return { ...DEFAULT_MAIL_FREQUENCY, ...stored };
}

/** The user's unit-of-work key, shared with every other change of the user's own data. */
const userKey = (userId: string): string => `user:${userId}`;

@Injectable()
export class PreferencesService {
  constructor(
    private readonly repository: PreferencesRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersService,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async of(userId: Types.ObjectId): Promise<MailPreferences> {
    const [stored] = await this.repository.findEach([userId.toHexString()]);
    return withDefaults(stored?.email);
  }

  /** Every given user's choices (defaults filled in), by user id (hex). */
  async ofEach(userIds: readonly Types.ObjectId[]): Promise<Map<string, MailPreferences>> {
    const ids = userIds.map((id) => id.toHexString());
    const stored = new Map((await this.repository.findEach(ids)).map((record) => [record._id, record.email]));
    return new Map(ids.map((id) => [id, withDefaults(stored.get(id))]));
  }

  /** Changes the given kinds only; each kind at most once. */
  async update(user: User, changes: readonly PreferenceChange[]): Promise<MailPreferences> {
    const seen = new Set<NotificationType>();
    for (const change of changes) {
      if (seen.has(change.type)) {
        throw new InvalidInputError(
          `input.preferences: ${change.type} is given more than once`,
          'input.preferences',
        );
      }
      seen.add(change.type);
    }
    return this.change(user._id.toHexString(), changes);
  }

  /**
   * Stops the mail the token names. Answers true for a user that does not exist (any more) as
   * well, so a link tells nobody whether its account is still there.
   */
  async unsubscribe(token: string): Promise<boolean> {
    const { userId, scope } = this.tokens.verify(token);
    const types = scope === 'ALL' ? NOTIFICATION_TYPES : [scope];
    if ((await this.users.findById(userId)) !== null) {
      await this.change(
        userId,
        types.map((type) => ({ type, email: 'NEVER' })),
      );
    }
    return true;
  }

  /** Opens a unit of work on the user: a read-modify-write of their stored choices. */
  private change(userId: string, changes: readonly PreferenceChange[]): Promise<MailPreferences> {
    return this.unitOfWork.run(userKey(userId), async () => {
      const [stored] = await this.repository.findEach([userId]);
      const email = { ...stored?.email };
      for (const change of changes) {
        email[change.type] = change.email;
      }
      await this.repository.save(userId, email);
      return withDefaults(email);
    });
  }
}
