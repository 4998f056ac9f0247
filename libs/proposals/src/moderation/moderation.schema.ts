import { Schema, type Types } from 'mongoose';

export const FLAG_MODEL = 'Flag';
export const AUDIT_MODEL = 'AuditEntry';

/** A member's report of a proposal; `_id` is `<proposalId>:<userId>`: one flag per user. */
export interface FlagRecord {
  _id: string;
  proposalId: Types.ObjectId;
  userId: Types.ObjectId;
  reason: string;
  createdAt: Date;
}

export const AUDIT_ACTIONS = [
  'HIDE',
  'UNHIDE',
  'AUTO_HIDE',
  'MERGE',
  'CLEAR_FLAGS',
  'HIDE_COMMENT',
  'UNHIDE_COMMENT',
  'AUTO_HIDE_COMMENT',
  'DELETE_COMMENT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  _id: Types.ObjectId;
  at: Date;
  action: AuditAction;
  /** Null for what the platform did by itself (hiding after five flags). */
  actorId: Types.ObjectId | null;
  /** The suggestion concerned; for a comment on a list item, null. */
  proposalId: Types.ObjectId | null;
  /** The comment concerned (the *_COMMENT actions); absent or null otherwise. */
  commentId?: Types.ObjectId | null;
  /** The proposal a MERGE moved the votes to. */
  targetId: Types.ObjectId | null;
  reason: string | null;
}

export const flagSchema = new Schema<FlagRecord>(
  {
    _id: { type: String, required: true },
    proposalId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
  },
  { collection: 'flags', timestamps: { createdAt: true, updatedAt: false } },
);
// Counting the flags of one proposal (the flag queue).
flagSchema.index({ proposalId: 1 });

export const auditSchema = new Schema<AuditRecord>(
  {
    at: { type: Date, required: true },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    actorId: { type: Schema.Types.ObjectId, default: null },
    proposalId: { type: Schema.Types.ObjectId, default: null },
    commentId: { type: Schema.Types.ObjectId, default: null },
    targetId: { type: Schema.Types.ObjectId, default: null },
    reason: { type: String, default: null },
  },
  { collection: 'audit_log' },
);
// auditLog: newest first, paged on (at, _id).
auditSchema.index({ at: -1, _id: -1 });
// Proposal.journey: what moderation did to a suggestion, and the merges into it.
auditSchema.index({ proposalId: 1, at: 1 });
auditSchema.index({ targetId: 1, at: 1 });
