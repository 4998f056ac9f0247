import type { ProposalRecord } from './proposal.schema';

/** A suggestion can be edited until it has this many votes or is this old. */
export const EDIT_VOTE_LIMIT = 10;
export const EDIT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Until when the author may edit the suggestion; null when it is not published or the window has closed. */
export function editableUntil(
  proposal: Pick<ProposalRecord, 'status' | 'createdAt' | 'upvotes' | 'downvotes'>,
  now = Date.now(),
): Date | null {
  const until = proposal.createdAt.getTime() + EDIT_WINDOW_MS;
  const open =
    proposal.status === 'PUBLISHED' && proposal.upvotes + proposal.downvotes < EDIT_VOTE_LIMIT && now < until;
  return open ? new Date(until) : null;
}
