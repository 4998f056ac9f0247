import { Schema } from 'mongoose';

export const ACCOUNT_DELETION_MODEL = 'AccountDeletion';

/**
 * An account whose deletion has begun and not finished: written before anything is removed, and
 * removed after the user record, so a deletion cut short by a crash is finished by the next
 * start-up or by `account:finish-deletions` (docs/PRIVACY.md). `_id` is the user's id (hex).
 */
export interface AccountDeletionRecord {
  _id: string;
  /** The address, for the mail outbox once the user record is gone. */
  email: string;
  requestedAt: Date;
}

export const accountDeletionSchema = new Schema<AccountDeletionRecord>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    requestedAt: { type: Date, required: true },
  },
  { collection: 'account_deletions', versionKey: false },
);
