import { hasAnyRole, Role, type User } from '@app/accounts';
import type { ProposalRecord } from './proposal.schema';

/**
 * Whether `viewer` may read a suggestion's text. Hidden (by moderation) and withdrawn (by its
 * author) suggestions are readable by moderators, admins (who pass every role check) and their
 * author only; to everyone else they do not exist, on every path that returns one.
 */
export function canReadProposal(
  viewer: User | null,
  proposal: Pick<ProposalRecord, 'status' | 'authorId'>,
): boolean {
  if (proposal.status === 'PUBLISHED' || proposal.status === 'MERGED') {
    return true;
  }
  return (
    viewer !== null && (hasAnyRole(viewer.roles, [Role.MODERATOR]) || proposal.authorId.equals(viewer._id))
  );
}
