import { Types } from 'mongoose';
import { Role, type User } from '@app/accounts';
import type { AuditRecord } from '../moderation/moderation.schema';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { proposalJourney, supportMilestones } from './journey';
import { JourneyEventKind, sortJourney, toJourneyEventModel } from './journey-event.model';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

function viewer(roles: Role[] = [], id = new Types.ObjectId()): User {
  return { _id: id, roles } as Partial<User> as User;
}

const authorId = new Types.ObjectId();
const otherId = new Types.ObjectId();

function proposal(changes: Partial<ProposalRecord> = {}): ProposalRecord {
  return {
    _id: new Types.ObjectId(),
    authorId,
    status: 'PUBLISHED',
    createdAt: at(0),
    editedAt: null,
    withdrawnAt: null,
    ...changes,
  } as Partial<ProposalRecord> as ProposalRecord;
}

function audit(entry: Pick<AuditRecord, 'action' | 'proposalId' | 'at'> & Partial<AuditRecord>): AuditRecord {
  return { _id: new Types.ObjectId(), actorId: null, targetId: null, reason: null, ...entry };
}

describe('supportMilestones', () => {
  it('dates the 10th and 50th supporter by the standing up-votes, in time order', () => {
    const times = Array.from({ length: 60 }, (_, minute) => at(59 - minute));
    expect(supportMilestones(times)).toEqual([
      { supporters: 10, at: at(9) },
      { supporters: 50, at: at(49) },
    ]);
  });

  it('has no milestone below ten standing up-votes (retracted votes do not count)', () => {
    expect(supportMilestones(Array.from({ length: 9 }, (_, minute) => at(minute)))).toEqual([]);
  });
});

describe('proposalJourney', () => {
  const hidden = proposal({ status: 'WITHDRAWN', editedAt: at(5), withdrawnAt: at(40) });
  const facts = {
    upVoteTimes: Array.from({ length: 10 }, (_, minute) => at(10 + minute)),
    audit: [
      audit({ action: 'HIDE', proposalId: hidden._id, at: at(30) }),
      audit({ action: 'UNHIDE', proposalId: hidden._id, at: at(35) }),
      audit({ action: 'MERGE', proposalId: otherId, targetId: hidden._id, at: at(25) }),
    ],
  };
  const kinds = (who: User | null) =>
    sortJourney(proposalJourney(who, hidden, facts)).map((event) => event.kind);

  it('shows anonymous readers the public steps only', () => {
    expect(kinds(null)).toEqual(['SUBMITTED', 'EDITED', 'SUPPORT_MILESTONE', 'MERGED_WITH']);
    expect(kinds(viewer([Role.EDITOR, Role.LIAISON]))).toEqual(kinds(null));
  });

  it('shows the author and moderators the moderation steps and the withdrawal too', () => {
    const all = [
      'SUBMITTED',
      'EDITED',
      'SUPPORT_MILESTONE',
      'MERGED_WITH',
      'HIDDEN',
      'UNHIDDEN',
      'WITHDRAWN',
    ];
    expect(kinds(viewer([], authorId))).toEqual(all);
    expect(kinds(viewer([Role.MODERATOR]))).toEqual(all);
  });

  it('names the other suggestion of a merge each way, and the milestone its supporters', () => {
    const merged = proposal({ _id: otherId, status: 'MERGED' });
    const [, into] = proposalJourney(null, merged, { upVoteTimes: [], audit: facts.audit });
    expect(into).toMatchObject({ kind: 'MERGED_INTO', otherProposalId: hidden._id.toHexString() });
    const milestone = proposalJourney(null, hidden, facts).find(
      (event) => event.kind === JourneyEventKind.SUPPORT_MILESTONE,
    );
    expect(milestone).toMatchObject({ supporters: 10, occurredAt: at(19) });
    const withIt = proposalJourney(null, hidden, facts).find(
      (event) => event.kind === JourneyEventKind.MERGED_WITH,
    );
    expect(withIt?.otherProposalId).toBe(otherId.toHexString());
  });
});

describe('sortJourney', () => {
  it('orders oldest first, and one moment by kind (linked before handed over)', () => {
    const sorted = sortJourney([
      toJourneyEventModel({ kind: JourneyEventKind.HANDED_OVER, occurredAt: at(5) }),
      toJourneyEventModel({ kind: JourneyEventKind.LINKED_TO_LIST, occurredAt: at(5) }),
      toJourneyEventModel({ kind: JourneyEventKind.SUBMITTED, occurredAt: at(0) }),
    ]);
    expect(sorted.map((event) => event.kind)).toEqual(['SUBMITTED', 'LINKED_TO_LIST', 'HANDED_OVER']);
  });
});
