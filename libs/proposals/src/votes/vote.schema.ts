import { Schema, type Types } from 'mongoose';

export const VOTE_MODEL = 'Vote';

/**
 * One user's vote on one proposal: the truth the proposal counters are computed from. The _id is
 * `<proposalId>:<userId>`, so the primary key itself allows one vote per (proposal, user), and a
 * user's vote is found by primary key.
 */
export interface VoteRecord {
  _id: string;
  proposalId: Types.ObjectId;
  userId: Types.ObjectId;
  value: 1 | -1;
  /** The voter's sector (slug) when the vote was cast; null when they gave none. */
  sector: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function voteId(proposalId: Types.ObjectId | string, userId: Types.ObjectId | string): string {
  return `${proposalId.toString()}:${userId.toString()}`;
}

export const voteSchema = new Schema<VoteRecord>(
  {
    _id: { type: String, required: true },
    proposalId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    value: { type: Number, enum: [1, -1], required: true },
    sector: { type: String, default: null },
  },
  { collection: 'votes', timestamps: true },
);
// Recounting and merging read the votes of one proposal.
voteSchema.index({ proposalId: 1 });
// A user's voting history.
voteSchema.index({ userId: 1 });
