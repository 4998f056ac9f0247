import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Types } from 'mongoose';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  orderByKeys,
  RequestLoader,
} from '@app/core';
import type { User } from '@app/accounts';
import { DomainEvents, LiveUpdates } from '@app/events';
import { ProposalLocks } from '../proposals/proposal-locks';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { canReadProposal } from '../proposals/visibility';
import { voteId, type VoteRecord } from './vote.schema';
import { VotesRepository } from './votes.repository';

export type VoteValue = 'UP' | 'DOWN';

export interface VoteOutcome {
  proposal: ProposalRecord;
  /** The viewer's vote after the mutation; null after a retraction. */
  vote: VoteRecord | null;
}

/** The LiveUpdates topic with each proposal whose vote counts changed. */
export const PROPOSAL_VOTES_CHANGED = 'proposalVotesChanged';

export interface RecountReport {
  checked: number;
  fixed: { proposalId: string; before: { up: number; down: number }; after: { up: number; down: number } }[];
}

const STATUS_MESSAGES: Record<Exclude<ProposalRecord['status'], 'PUBLISHED'>, string> = {
  HIDDEN: 'This suggestion is hidden by moderation; votes are closed.',
  WITHDRAWN: 'This suggestion was withdrawn; votes are closed.',
  MERGED: 'This suggestion was merged into another; vote on that one.',
};

/** How often counters left unsure by a failed write are recounted, until that succeeds. */
const REPAIR_INTERVAL_MS = 2_000;

@Injectable()
export class VotesService implements OnApplicationShutdown {
  private readonly logger = new Logger(VotesService.name);
  /**
   * Proposals whose vote was written but whose counters may not have been (the database failed
   * in between): they are recounted as soon as the database answers again.
   */
  private readonly unsure = new Set<string>();
  private repairTimer: NodeJS.Timeout | undefined;

  /** The viewer's votes, by vote id (`<proposalId>:<userId>`), batched per request. */
  readonly voteLoader = new RequestLoader<string, VoteRecord | null>(async (ids) =>
    orderByKeys(ids, await this.votes.findByIds(ids), (vote) => vote._id),
  );

  constructor(
    private readonly votes: VotesRepository,
    private readonly proposals: ProposalsRepository,
    private readonly locks: ProposalLocks,
    private readonly events: DomainEvents,
    private readonly live: LiveUpdates,
  ) {}

  onApplicationShutdown(): void {
    clearInterval(this.repairTimer);
  }

  /**
   * Voting the same value twice changes nothing; the other value flips the vote. Returns the
   * proposal and the viewer's vote as stored.
   */
  async cast(user: User, proposalId: string, value: VoteValue): Promise<VoteOutcome> {
    const outcome = await this.repairingOnFailure(proposalId, () => this.castLocked(user, proposalId, value));
    // The voter follows the suggestion (unless they unfollowed it). Delivered on every cast, not only
    // the first, so that a retry after a failure here still makes the voter follow.
    await this.events.deliverNow({
      type: 'VOTE_CAST',
      proposalId: outcome.proposal._id.toHexString(),
      userId: user._id.toHexString(),
    });
    await this.announce(outcome.proposal);
    return outcome;
  }

  async retract(user: User, proposalId: string): Promise<VoteOutcome> {
    const proposal = await this.repairingOnFailure(proposalId, () => this.retractLocked(user, proposalId));
    await this.announce(proposal);
    return { proposal, vote: null };
  }

  /** Lets `myVote` in the same request answer from the vote just written instead of reading it back. */
  primeViewerVote(request: object, user: User, outcome: VoteOutcome): void {
    const key = voteId(outcome.proposal._id, user._id);
    this.voteLoader.for(request).clear(key).prime(key, outcome.vote);
  }

  private async repairingOnFailure<T>(proposalId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof DomainError)) this.recountSoon(proposalId);
      throw error;
    }
  }

  private recountSoon(proposalId: string): void {
    if (!Types.ObjectId.isValid(proposalId)) return;
    this.unsure.add(proposalId);
    this.repairTimer ??= setInterval(() => void this.repair(), REPAIR_INTERVAL_MS);
  }

  private async repair(): Promise<void> {
    for (const id of [...this.unsure]) {
      try {
        const fix = await this.locks.run(id, () => this.recountLocked(new Types.ObjectId(id)));
        this.unsure.delete(id);
        if (fix !== null)
          this.logger.warn(`Counters of ${id} repaired after a failed write: ${JSON.stringify(fix)}`);
      } catch {
        return; // The database is still away; try again on the next tick.
      }
    }
    if (this.unsure.size === 0) {
      clearInterval(this.repairTimer);
      this.repairTimer = undefined;
    }
  }

  /**
   * The new counts of every suggestion, for a subscriber to one (proposalVotesChanged). Its id must
   * be one the API gives out: any other would be accepted and never hear anything.
   */
  countsChanged(proposalId: string): AsyncIterableIterator<ProposalRecord> {
    if (!/^[0-9a-f]{24}$/.test(proposalId)) {
      throw new InvalidInputError('proposalId: is not a valid id', 'proposalId', 'INVALID_ID');
    }
    return this.live.asyncIterableIterator<ProposalRecord>(PROPOSAL_VOTES_CHANGED);
  }

  /** Tells live subscribers (proposalVotesChanged) the new counts. */
  private announce(proposal: ProposalRecord): Promise<void> {
    return this.live.publish(PROPOSAL_VOTES_CHANGED, proposal);
  }

  private castLocked(user: User, proposalId: string, value: VoteValue): Promise<VoteOutcome> {
    const wanted = value === 'UP' ? 1 : -1;
    return this.locks.run(proposalId, async () => {
      const proposal = await this.votable(user, proposalId);
      // Insert first: most casts are first votes, and the unique _id tells whether one exists.
      const inserted = await this.votes.insert(proposal._id, user._id, wanted);
      if (inserted !== null) {
        const up = wanted === 1 ? 1 : 0;
        return { proposal: await this.proposals.applyVoteDelta(proposal, up, 1 - up), vote: inserted };
      }
      const existing = await this.votes.find(proposal._id, user._id);
      if (existing === null) {
        // Retracted by another API process between the insert and the read.
        throw new ConflictError(
          'Your vote changed while it was being saved; try again.',
          'CHANGED_MEANWHILE',
        );
      }
      if (existing.value === wanted) {
        return { proposal, vote: existing };
      }
      await this.votes.setValue(existing, wanted);
      return {
        proposal: await this.proposals.applyVoteDelta(proposal, wanted, -wanted),
        vote: { ...existing, value: wanted },
      };
    });
  }

  private retractLocked(user: User, proposalId: string): Promise<ProposalRecord> {
    return this.locks.run(proposalId, async () => {
      const proposal = await this.votable(user, proposalId);
      const existing = await this.votes.find(proposal._id, user._id);
      if (existing === null || !(await this.votes.delete(existing._id))) {
        return proposal;
      }
      return this.proposals.applyVoteDelta(
        proposal,
        existing.value === 1 ? -1 : 0,
        existing.value === 1 ? 0 : -1,
      );
    });
  }

  /**
   * Moves the votes of a merged proposal to its target. A voter who voted on both keeps their
   * vote on the target; the target's author cannot vote on it, so their vote is dropped. Safe to
   * run again after an interruption.
   */
  moveVotes(source: ProposalRecord, target: ProposalRecord): Promise<void> {
    const ids = [source._id.toHexString(), target._id.toHexString()];
    return this.locks.run(ids, async () => {
      for (const vote of await this.votes.forProposal(source._id)) {
        if (!vote.userId.equals(target.authorId)) {
          await this.votes.insert(target._id, vote.userId, vote.value);
        }
        await this.votes.delete(vote._id);
      }
      await this.recountLocked(source._id);
      await this.recountLocked(target._id);
    });
  }

  /**
   * Loads many votes at once (demo data, imports): inserts them (a vote that exists is kept) and
   * sets the counters of the proposals they touch from one tally of all votes.
   */
  async importVotes(
    votes: readonly { proposalId: Types.ObjectId; userId: Types.ObjectId; value: 1 | -1 }[],
    onProgress: () => void = () => undefined,
  ): Promise<void> {
    for (const vote of votes) {
      await this.votes.insert(vote.proposalId, vote.userId, vote.value);
      onProgress();
    }
    const tally = await this.votes.tally();
    const touched = new Set(votes.map((vote) => vote.proposalId.toHexString()));
    for (const id of touched) {
      await this.locks.run(id, async () => {
        const proposal = await this.proposals.findById(id);
        const counts = tally.get(id) ?? { up: 0, down: 0 };
        if (proposal !== null) {
          await this.proposals.setCounts(proposal, counts.up, counts.down);
        }
      });
    }
  }

  /** Recomputes every proposal's counters and scores from the votes; reports what it changed. */
  async recountAll(): Promise<RecountReport> {
    const tally = await this.votes.tally();
    const report: RecountReport = { checked: 0, fixed: [] };
    for (const counters of await this.proposals.allCounters()) {
      report.checked += 1;
      const id = counters._id.toHexString();
      const counted = tally.get(id) ?? { up: 0, down: 0 };
      if (counted.up === counters.upvotes && counted.down === counters.downvotes) {
        continue;
      }
      // The tally may be older than the latest votes: count this proposal again under its lock.
      const fix = await this.locks.run(id, () => this.recountLocked(counters._id));
      if (fix !== null) {
        report.fixed.push({ proposalId: id, ...fix });
      }
    }
    return report;
  }

  private async recountLocked(
    proposalId: Types.ObjectId,
  ): Promise<{ before: { up: number; down: number }; after: { up: number; down: number } } | null> {
    const proposal = await this.proposals.findById(proposalId);
    if (proposal === null) {
      return null;
    }
    const votes = await this.votes.forProposal(proposalId);
    const after = {
      up: votes.filter((vote) => vote.value === 1).length,
      down: votes.filter((vote) => vote.value === -1).length,
    };
    const before = { up: proposal.upvotes, down: proposal.downvotes };
    if (before.up === after.up && before.down === after.down) {
      return null;
    }
    await this.proposals.setCounts(proposal, after.up, after.down);
    return { before, after };
  }

  private async votable(user: User, proposalId: string): Promise<ProposalRecord> {
    const proposal = await this.proposals.findById(proposalId);
    if (proposal === null || !canReadProposal(user, proposal)) {
      throw new NotFoundError('Proposal', proposalId);
    }
    if (proposal.status !== 'PUBLISHED') {
      throw new ForbiddenError(STATUS_MESSAGES[proposal.status], 'NOT_PUBLISHED');
    }
    if (proposal.authorId.equals(user._id)) {
      throw new ForbiddenError('You cannot vote on your own suggestion.', 'OWN_SUGGESTION');
    }
    return proposal;
  }
}
