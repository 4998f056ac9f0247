import { hasAnyRole, Role, type User } from '@app/accounts';
import type { AuditRecord } from '../moderation/moderation.schema';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { JourneyEventKind, type JourneyEventModel, toJourneyEventModel } from './journey-event.model';

/** The numbers of supporters the journey marks. */
export const SUPPORT_MILESTONES = [10, 50, 100] as const;

/** What the journey of one suggestion is read from, besides the suggestion itself. */
export interface JourneyFacts {
  /** When each standing up-vote became one. */
  upVoteTimes: readonly Date[];
  /** Audit entries about it (HIDE, AUTO_HIDE, UNHIDE, MERGE) and merges into it. */
  audit: readonly AuditRecord[];
}

/**
 * When the Nth supporter arrived: the Nth earliest of the up-votes that stand now. A retracted
 * vote leaves no trace, so a milestone counts only the support that still stands: after
 * retractions it moves to the later vote that is now the Nth, and it is gone while support is
 * below N. Votes moved by a merge keep their time.
 */
export function supportMilestones(upVoteTimes: readonly Date[]): { supporters: number; at: Date }[] {
  const times = [...upVoteTimes].sort((a, b) => a.getTime() - b.getTime());
  return SUPPORT_MILESTONES.flatMap((supporters) => {
    const at = times[supporters - 1];
    return at === undefined ? [] : [{ supporters, at }];
  });
}

/** Moderation steps and a withdrawal are for moderators, admins and the author only. */
export function seesModeration(viewer: User | null, proposal: Pick<ProposalRecord, 'authorId'>): boolean {
  return (
    viewer !== null && (hasAnyRole(viewer.roles, [Role.MODERATOR]) || proposal.authorId.equals(viewer._id))
  );
}

/** The suggestion's own steps (lists and follow-up are libs/curation's), unsorted. */
export function proposalJourney(
  viewer: User | null,
  proposal: ProposalRecord,
  facts: JourneyFacts,
): JourneyEventModel[] {
  const moderation = seesModeration(viewer, proposal);
  const events = [toJourneyEventModel({ kind: JourneyEventKind.SUBMITTED, occurredAt: proposal.createdAt })];
  if (proposal.editedAt) {
    events.push(toJourneyEventModel({ kind: JourneyEventKind.EDITED, occurredAt: proposal.editedAt }));
  }
  for (const { supporters, at } of supportMilestones(facts.upVoteTimes)) {
    events.push(
      toJourneyEventModel({ kind: JourneyEventKind.SUPPORT_MILESTONE, occurredAt: at, supporters }),
    );
  }
  for (const entry of facts.audit) {
    const aboutThis = entry.proposalId?.equals(proposal._id) === true;
    if (entry.action === 'MERGE' && entry.targetId !== null && entry.proposalId !== null) {
      events.push(
        toJourneyEventModel(
          aboutThis
            ? {
                kind: JourneyEventKind.MERGED_INTO,
                occurredAt: entry.at,
                otherProposalId: entry.targetId.toHexString(),
              }
            : {
                kind: JourneyEventKind.MERGED_WITH,
                occurredAt: entry.at,
                otherProposalId: entry.proposalId.toHexString(),
              },
        ),
      );
    } else if (aboutThis && moderation && (entry.action === 'HIDE' || entry.action === 'AUTO_HIDE')) {
      events.push(toJourneyEventModel({ kind: JourneyEventKind.HIDDEN, occurredAt: entry.at }));
    } else if (aboutThis && moderation && entry.action === 'UNHIDE') {
      events.push(toJourneyEventModel({ kind: JourneyEventKind.UNHIDDEN, occurredAt: entry.at }));
    }
  }
  if (moderation && proposal.status === 'WITHDRAWN' && proposal.withdrawnAt) {
    events.push(toJourneyEventModel({ kind: JourneyEventKind.WITHDRAWN, occurredAt: proposal.withdrawnAt }));
  }
  return events;
}
