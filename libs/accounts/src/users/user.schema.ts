import { Schema, Types } from 'mongoose';
import { type Language, LANGUAGES } from '@app/core';
import { Role } from '../roles';

export const USER_MODEL = 'User';

export interface UserRecord {
  _id: Types.ObjectId;
  /** Trimmed and lower-cased. */
  email: string;
  displayName: string;
  organization: string | null;
  sector: string | null;
  /** The language of mail and of anything else sent while the user is not looking. */
  language: Language;
  /** When the user proved they read mail at `email`; null until then (docs/PRIVACY.md). */
  emailVerifiedAt: Date | null;
  /** Always contains MEMBER. */
  roles: Role[];
  /** argon2id; never leaves UsersRepository except for credential checks. */
  passwordHash: string;
  blockedAt: Date | null;
  blockedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Stands in for the author of a suggestion whose account was deleted (docs/PRIVACY.md): no user
 * has it, so `Proposal.author` resolves to null, while `authorId` stays a valid ObjectId.
 */
export const REMOVED_MEMBER_ID = new Types.ObjectId('000000000000000000000000');

/** A user as the rest of the code sees it: without the password hash. */
export type User = Omit<UserRecord, 'passwordHash'>;

export const userSchema = new Schema<UserRecord>(
  {
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    organization: { type: String, default: null },
    sector: { type: String, default: null },
    language: { type: String, enum: LANGUAGES, default: 'nl' },
    emailVerifiedAt: { type: Date, default: null },
    roles: { type: [String], enum: Object.values(Role), required: true },
    passwordHash: { type: String, required: true },
    blockedAt: { type: Date, default: null },
    blockedReason: { type: String, default: null },
  },
  { collection: 'users', timestamps: true },
);

// Login and registration look users up by email; the index also guarantees one account per email.
userSchema.index({ email: 1 }, { unique: true });
// The admin user list, newest first, paged on (createdAt, _id).
userSchema.index({ createdAt: -1, _id: -1 });
