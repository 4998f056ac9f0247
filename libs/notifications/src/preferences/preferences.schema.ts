import { Schema } from 'mongoose';
import type { NotificationType } from '../notifications.schema';
import type { MailFrequency } from './mail-frequency';

export const NOTIFICATION_PREFERENCES_MODEL = 'NotificationPreferences';

/**
 * The mail choices a user made; `_id` is the user's id (hex). Kinds the user never chose are
 * absent and take their default, so a changed default reaches everyone who left it alone.
 */
export interface NotificationPreferencesRecord {
  _id: string;
  email: Partial<Record<NotificationType, MailFrequency>>;
  updatedAt: Date;
}

export const notificationPreferencesSchema = new Schema<NotificationPreferencesRecord>(
  {
    _id: { type: String, required: true },
    email: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  // Keep an empty choice set rather than dropping the field.
  { collection: 'notification_preferences', minimize: false },
);
