import type { Types } from 'mongoose';

/** The unit-of-work key of a proposal: its content, vote counters, flag count and status change under it. */
export function proposalKey(id: string | Types.ObjectId): string {
  return `proposal:${String(id)}`;
}
