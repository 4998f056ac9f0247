import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { findEachById } from '@app/database';
import { NOTIFICATION_PREFERENCES_MODEL, type NotificationPreferencesRecord } from './preferences.schema';

@Injectable()
export class PreferencesRepository {
  constructor(
    @InjectModel(NOTIFICATION_PREFERENCES_MODEL)
    private readonly preferences: Model<NotificationPreferencesRecord>,
  ) {}

  /** The stored choices of these users (users who never chose are left out). */
  findEach(userIds: readonly string[]): Promise<NotificationPreferencesRecord[]> {
    return findEachById(this.preferences, userIds);
  }

  async save(userId: string, email: NotificationPreferencesRecord['email']): Promise<void> {
    await this.preferences
      .updateOne({ _id: userId }, { $set: { email, updatedAt: new Date() } }, { upsert: true })
      .exec();
  }
}
