import { Schema, type Types } from 'mongoose';

export const PAIRWISE_ANSWER_MODEL = 'PairwiseAnswer';

/**
 * One member's answer to "which should the minister hear first?" for one pair. Private to the
 * member: only the strengths computed from all answers are shown. The _id is
 * `<memberId>:<lowerId>:<higherId>` (the pair's ids in sorted order), so the primary key allows
 * one answer per member and pair in either order, and inserting it is the atomic step.
 */
export interface PairwiseAnswerRecord {
  _id: string;
  memberId: Types.ObjectId;
  /** The chosen suggestion; null for a skip. */
  winnerId: Types.ObjectId | null;
  loserId: Types.ObjectId | null;
  /** Whether the strengths include this answer (a crash between the insert and the update leaves it false). */
  applied: boolean;
  createdAt: Date;
}

export function pairwiseAnswerId(
  memberId: Types.ObjectId | string,
  a: Types.ObjectId | string,
  b: Types.ObjectId | string,
): string {
  const [lower, higher] = [a.toString(), b.toString()].sort();
  return `${memberId.toString()}:${lower}:${higher}`;
}

export const pairwiseAnswerSchema = new Schema<PairwiseAnswerRecord>(
  {
    _id: { type: String, required: true },
    memberId: { type: Schema.Types.ObjectId, required: true },
    winnerId: { type: Schema.Types.ObjectId, default: null },
    loserId: { type: Schema.Types.ObjectId, default: null },
    applied: { type: Boolean, required: true },
  },
  { collection: 'pairwise_answers', timestamps: { createdAt: true, updatedAt: false } },
);
// The pairs a member answered, when picking a pair at random keeps hitting answered ones.
pairwiseAnswerSchema.index({ memberId: 1 });
