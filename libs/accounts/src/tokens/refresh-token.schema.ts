import { Schema, type Types } from 'mongoose';

export const REFRESH_TOKEN_MODEL = 'RefreshToken';
export const REVOKED_FAMILY_MODEL = 'RevokedTokenFamily';

/**
 * A refresh token, stored only as the SHA-256 of its value (the `_id`, so a lookup is by
 * primary key). Tokens are never updated: FerretDB v1 has no atomic read-modify-write, so
 * rotation and revocation are both inserts guarded by unique keys.
 */
export interface RefreshTokenRecord {
  _id: string;
  familyId: string;
  userId: Types.ObjectId;
  /** `family:<familyId>` for the first token of a sign-in, `token:<parent _id>` for a rotation. */
  rotatedFrom: string;
  /**
   * Issued in the grace after a rotation, for a parent whose holder never received it (see
   * TokenService.rotate): that parent, when it comes back, is reuse without another grace.
   */
  parentLost?: boolean;
  expiresAt: Date;
  createdAt: Date;
}

/** A family (one sign-in and all its rotations) that may no longer be used. */
export interface RevokedFamilyRecord {
  _id: string;
  userId: Types.ObjectId;
  reason: 'logout' | 'reuse' | 'blocked' | 'password';
  revokedAt: Date;
}

export const refreshTokenSchema = new Schema<RefreshTokenRecord>(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    rotatedFrom: { type: String, required: true },
    parentLost: { type: Boolean },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'refresh_tokens', timestamps: { createdAt: true, updatedAt: false } },
);
// At most one successor per token: of two concurrent rotations of the same token exactly one
// insert succeeds, and the other is treated as reuse.
refreshTokenSchema.index({ rotatedFrom: 1 }, { unique: true });
// Blocking a user revokes every family of theirs.
refreshTokenSchema.index({ userId: 1 });

export const revokedFamilySchema = new Schema<RevokedFamilyRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    revokedAt: { type: Date, required: true },
  },
  { collection: 'revoked_token_families' },
);
