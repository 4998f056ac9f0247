import { Schema, type Types } from 'mongoose';

export const ACCOUNT_TOKEN_MODEL = 'AccountToken';

export enum AccountTokenPurpose {
  /** Proves the user reads mail at the address they registered with. */
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** Proves the user reads mail at a new address; confirming it makes that the account's address. */
  CHANGE_EMAIL = 'CHANGE_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/**
 * The token of a link in a mail, stored only as the SHA-256 of its value (the `_id`, so that a
 * lookup is by primary key and the database never holds a usable link). Using it deletes it:
 * a delete by `_id` is atomic on FerretDB v1, so of two concurrent uses exactly one succeeds.
 */
export interface AccountTokenRecord {
  _id: string;
  purpose: AccountTokenPurpose;
  userId: Types.ObjectId;
  /** The address the mail went to: the one to verify, the new one to change to, or the one reset. */
  email: string;
  expiresAt: Date;
  createdAt: Date;
}

export const accountTokenSchema = new Schema<AccountTokenRecord>(
  {
    _id: { type: String, required: true },
    purpose: { type: String, enum: Object.values(AccountTokenPurpose), required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    email: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'account_tokens', timestamps: { createdAt: true, updatedAt: false } },
);
// Removing the expired tokens at start-up (FerretDB v1 has no TTL indexes).
accountTokenSchema.index({ expiresAt: 1 });
