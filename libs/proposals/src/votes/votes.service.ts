import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Types } from 'mongoose';
import {
  buildConnection,
  ConflictError,
  type Connection,
  ForbiddenError,
  InvalidInputError,
  mapConnection,
  NotAuthenticatedError,
  NotFoundError,
  orderByKeys,
  type PageRequest,
  RequestLoader,
  resolvePageRequest,
} from '@app/core';
import { type User, UsersService } from '@app/accounts';
import { DataMigrations, UnitOfWork } from '@app/database';
import { DomainEvents, LiveUpdates } from '@app/events';
import { proposalKey } from '../proposals/proposal-key';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsRepository, type StoredCounters } from '../proposals/proposals.repository';
import { canReadProposal } from '../proposals/visibility';
import { voteId, type VoteRecord } from './vote.schema';
import { countVotes, NO_VOTES, sameCounts, type VoteCounts } from './vote-counts';
import { type CountedVote, VotesRepository } from './votes.repository';

export type { CountedVote } from './votes.repository';

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
  fixed: ({ proposalId: string } & CountersFix)[];
}

const STATUS_MESSAGES: Record<Exclude<ProposalRecord['status'], 'PUBLISHED'>, string> = {
  HIDDEN: 'This suggestion is hidden by moderation; votes are closed.',
  WITHDRAWN: 'This suggestion was withdrawn; votes are closed.',
  MERGED: 'This suggestion was merged into another; vote on that one.',
};

type CountersFix = { before: VoteCounts; after: VoteCounts };

/** False for a suggestion stored before CONSENSUS existed, until backfillSectorCounts or a recount. */
function hasSectorCounts(proposal: ProposalRecord): boolean {
  return Number.isFinite(proposal.scores.consensus) && Array.isArray(proposal.sectorVotes);
}

function storedCounts(proposal: StoredCounters): VoteCounts {
  return { up: proposal.upvotes, down: proposal.downvotes, sectors: proposal.sectorVotes };
}

/** The data migration that gives suggestions stored before CONSENSUS their counters per sector. */
export const SECTOR_COUNTS_MIGRATION = 'proposals:sector-counts';

@Injectable()
export class VotesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(VotesService.name);

  /** The viewer's votes, by vote id (`<proposalId>:<userId>`), batched per request. */
  readonly voteLoader = new RequestLoader<string, VoteRecord | null>(async (ids) =>
    orderByKeys(ids, await this.votes.findByIds(ids), (vote) => vote._id),
  );

  constructor(
    private readonly votes: VotesRepository,
    private readonly proposals: ProposalsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly live: LiveUpdates,
    private readonly users: UsersService,
    private readonly migrations: DataMigrations,
  ) {}

  /**
   * Before the API answers, so every suggestion it ranks or counts has counters per sector. Once
   * per database: every later write of a suggestion sets them, and the search for suggestions
   * without them scans the whole collection (seconds on FerretDB's SQLite backend).
   */
  async onApplicationBootstrap(): Promise<void> {
    const backfilled = await this.migrations.runOnce(SECTOR_COUNTS_MIGRATION, () =>
      this.backfillSectorCounts(),
    );
    if (backfilled !== null && backfilled > 0) {
      this.logger.log(`Counters per sector and CONSENSUS scores given to ${backfilled} suggestions.`);
    }
  }

  /**
   * Voting the same value twice changes nothing; the other value flips the vote. Returns the
   * proposal and the viewer's vote as stored.
   */
  async cast(user: User, proposalId: string, value: VoteValue): Promise<VoteOutcome> {
    const outcome = await this.unitOfWork.run(
      proposalKey(proposalId),
      () => this.recordCast(user, proposalId, value),
      { repair: () => this.repairCounters(proposalId) },
    );
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
    const proposal = await this.unitOfWork.run(
      proposalKey(proposalId),
      () => this.recordRetraction(user, proposalId),
      { repair: () => this.repairCounters(proposalId) },
    );
    await this.announce(proposal);
    return { proposal, vote: null };
  }

  /** Lets `myVote` in the same request answer from the vote just written instead of reading it back. */
  primeViewerVote(request: object, user: User, outcome: VoteOutcome): void {
    const key = voteId(outcome.proposal._id, user._id);
    this.voteLoader.for(request).clear(key).prime(key, outcome.vote);
  }

  /**
   * Inside the proposal's unit of work, after a cast or retraction failed part-way: the vote may
   * have been written and its counters not.
   */
  private async repairCounters(proposalId: string): Promise<void> {
    if (!Types.ObjectId.isValid(proposalId)) return;
    const fix = await this.recount(new Types.ObjectId(proposalId));
    if (fix !== null) {
      this.logger.warn(`Counters of ${proposalId} repaired after a failed write: ${JSON.stringify(fix)}`);
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

  /**
   * Whether a subscriber may receive these counts now. The viewer was identified when they
   * subscribed; a suggestion that is not public is checked against the viewer as stored now, so a
   * moderator demoted or a member blocked since then hears nothing more of it.
   */
  async mayReceiveCounts(viewer: User | null, proposal: ProposalRecord): Promise<boolean> {
    if (canReadProposal(null, proposal)) {
      return true;
    }
    const current = viewer === null ? null : await this.users.findById(viewer._id.toHexString());
    return current !== null && current.blockedAt === null && canReadProposal(current, proposal);
  }

  /** Tells live subscribers (proposalVotesChanged) the new counts. */
  private announce(proposal: ProposalRecord): Promise<void> {
    return this.live.publish(PROPOSAL_VOTES_CHANGED, proposal);
  }

  /** Inside the proposal's unit of work. */
  private async recordCast(user: User, proposalId: string, value: VoteValue): Promise<VoteOutcome> {
    const wanted = value === 'UP' ? 1 : -1;
    const proposal = await this.votable(user, proposalId);
    // The guard read the voter when the request began; an account deletion (removeVotesOf) may
    // have blocked it since, and a vote stored after its pass over this suggestion would stay.
    const voter = await this.users.findById(user._id.toHexString());
    if (voter === null || voter.blockedAt !== null) {
      throw new NotAuthenticatedError('This account is blocked.', 'ACCOUNT_BLOCKED');
    }
    // Insert first: most casts are first votes, and the unique _id tells whether one exists.
    const inserted = await this.votes.insert(proposal._id, user._id, wanted, user.sector);
    if (inserted !== null) {
      const up = wanted === 1 ? 1 : 0;
      return {
        proposal: await this.proposals.applyVoteDelta(proposal, inserted.sector, up, 1 - up),
        vote: inserted,
      };
    }
    const existing = await this.votes.find(proposal._id, user._id);
    if (existing === null) {
      // Retracted by another API process between the insert and the read.
      throw new ConflictError('Your vote changed while it was being saved; try again.', 'CHANGED_MEANWHILE');
    }
    if (existing.value === wanted) {
      return { proposal, vote: existing };
    }
    // A changed vote stays in the sector it was cast in: the vote document keeps its sector, so the
    // counters per sector and a recount of the votes agree.
    await this.votes.setValue(existing, wanted);
    return {
      proposal: await this.proposals.applyVoteDelta(proposal, existing.sector, wanted, -wanted),
      vote: { ...existing, value: wanted },
    };
  }

  /** Inside the proposal's unit of work. */
  private async recordRetraction(user: User, proposalId: string): Promise<ProposalRecord> {
    const proposal = await this.votable(user, proposalId);
    const existing = await this.votes.find(proposal._id, user._id);
    if (existing === null || !(await this.votes.delete(existing._id))) {
      return proposal;
    }
    return this.subtractVote(proposal, existing);
  }

  /** Inside the proposal's unit of work, after `vote` was deleted: moves its counters back. */
  private subtractVote(proposal: ProposalRecord, vote: VoteRecord): Promise<ProposalRecord> {
    return this.proposals.applyVoteDelta(
      proposal,
      vote.sector,
      vote.value === 1 ? -1 : 0,
      vote.value === 1 ? 0 : -1,
    );
  }

  /**
   * The suggestions the user voted on, most recent vote first, those they may read only. The
   * total counts every vote of theirs, also on suggestions hidden from them since.
   */
  async votedBy(user: User, request: PageRequest): Promise<Connection<ProposalRecord>> {
    const page = resolvePageRequest(request);
    const votes = await this.votes.ofUser(user._id);
    let start = 0;
    if (page.after !== null) {
      const after = page.after;
      start = votes.findIndex((vote) => vote.proposalId.toHexString() === after.id) + 1;
    }
    const found: { proposal: ProposalRecord; castAt: Date }[] = [];
    // Read in batches just larger than the page: most suggestions voted on are still readable.
    for (let next = start; next < votes.length && found.length <= page.limit; next += page.limit + 1) {
      const batch = votes.slice(next, next + page.limit + 1);
      const proposals = await this.proposals.findByIds(batch.map((vote) => vote.proposalId));
      const byId = new Map(proposals.map((proposal) => [proposal._id.toHexString(), proposal]));
      for (const vote of batch) {
        const proposal = byId.get(vote.proposalId.toHexString());
        if (proposal !== undefined && canReadProposal(user, proposal)) {
          found.push({ proposal, castAt: vote.createdAt });
        }
      }
    }
    return mapConnection(
      buildConnection(found, page, votes.length, ({ proposal, castAt }) => ({
        key: castAt.getTime(),
        id: proposal._id.toHexString(),
      })),
      ({ proposal }) => proposal,
    );
  }

  /**
   * Removes every vote of a user whose account is being deleted and moves the counters of each
   * suggestion by it, in the suggestion's unit of work (a failure there is repaired by a recount).
   * Passes again until none is left: a vote whose request passed the guard before the account
   * was blocked may land after a pass. Safe to run again after an interruption.
   */
  async removeVotesOf(userId: Types.ObjectId): Promise<number> {
    let removed = 0;
    for (
      let votes = await this.votes.ofUser(userId);
      votes.length > 0;
      votes = await this.votes.ofUser(userId)
    ) {
      for (const vote of votes) {
        const proposalId = vote.proposalId.toHexString();
        const proposal = await this.unitOfWork.run(
          proposalKey(proposalId),
          () => this.recordRemoval(vote._id, vote.proposalId),
          { repair: () => this.repairCounters(proposalId) },
        );
        if (proposal !== null) {
          removed += 1;
          await this.announce(proposal);
        }
      }
    }
    return removed;
  }

  /** Inside the proposal's unit of work; the proposal as stored after, or null when nothing changed. */
  private async recordRemoval(id: string, proposalId: Types.ObjectId): Promise<ProposalRecord | null> {
    const [existing] = await this.votes.findByIds([id]);
    if (existing === undefined || !(await this.votes.delete(existing._id))) {
      return null;
    }
    const proposal = await this.proposals.findById(proposalId);
    return proposal === null ? null : this.subtractVote(proposal, existing);
  }

  /**
   * The votes on any of these suggestions, read at once, for aggregates (never who voted). Votes of
   * suggestions merged into one of them are among its own: merging moves them (moveVotes).
   */
  votesOn(proposalIds: readonly string[]): Promise<CountedVote[]> {
    const ids = proposalIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    return ids.length === 0 ? Promise.resolve([]) : this.votes.forProposals(ids);
  }

  /**
   * Moves the votes of a merged proposal to its target, each with the sector it was cast in. A
   * voter who voted on both keeps their vote on the target; the target's author cannot vote on
   * it, so their vote is dropped. Safe to run again after an interruption.
   */
  moveVotes(source: ProposalRecord, target: ProposalRecord): Promise<void> {
    return this.unitOfWork.run([proposalKey(source._id), proposalKey(target._id)], async () => {
      for (const vote of await this.votes.forProposal(source._id)) {
        if (!vote.userId.equals(target.authorId)) {
          await this.votes.insert(target._id, vote.userId, vote.value, vote.sector);
        }
        await this.votes.delete(vote._id);
      }
      await this.recount(source._id);
      await this.recount(target._id);
    });
  }

  /**
   * Loads many votes at once (demo data, imports): inserts them (a vote that exists is kept) and
   * sets the counters of the proposals they touch from one tally of all votes. `sector`: the
   * voter's sector when they voted; a vote without `castAt` is cast now.
   */
  async importVotes(
    votes: readonly {
      proposalId: Types.ObjectId;
      userId: Types.ObjectId;
      value: 1 | -1;
      sector: string | null;
      castAt?: Date;
    }[],
    onProgress: () => void = () => undefined,
  ): Promise<void> {
    for (const vote of votes) {
      await this.votes.insert(vote.proposalId, vote.userId, vote.value, vote.sector, vote.castAt);
      onProgress();
    }
    const tally = await this.votes.tally();
    const touched = new Set(votes.map((vote) => vote.proposalId.toHexString()));
    for (const id of touched) {
      await this.unitOfWork.run(proposalKey(id), async () => {
        const proposal = await this.proposals.findById(id);
        if (proposal !== null) {
          await this.proposals.setCounts(proposal, tally.get(id) ?? NO_VOTES);
        }
      });
    }
  }

  /**
   * Removes the votes of members who no longer exist, moving the counters back; answers how many.
   * A backup read while an account was deleted can hold votes of a member it no longer holds.
   */
  async removeVotesOfMissingMembers(): Promise<number> {
    let removed = 0;
    for (const userId of await this.votes.voterIds()) {
      if ((await this.users.findById(userId.toHexString())) === null) {
        removed += await this.removeVotesOf(userId);
      }
    }
    return removed;
  }

  /** Recomputes every proposal's counters and scores from the votes; reports what it changed. */
  async recountAll(): Promise<RecountReport> {
    const tally = await this.votes.tally();
    const report: RecountReport = { checked: 0, fixed: [] };
    for (const counters of await this.proposals.allCounters()) {
      report.checked += 1;
      const id = counters._id.toHexString();
      if (sameCounts(tally.get(id) ?? NO_VOTES, storedCounts(counters))) {
        continue;
      }
      // The tally may be older than the latest votes: count this proposal again in its unit of work.
      const fix = await this.unitOfWork.run(proposalKey(id), () => this.recount(counters._id));
      if (fix !== null) {
        report.fixed.push({ proposalId: id, ...fix });
      }
    }
    return report;
  }

  /** Inside the proposal's unit of work: sets its counters from its votes; null when they agreed. */
  private async recount(proposalId: Types.ObjectId): Promise<CountersFix | null> {
    const proposal = await this.proposals.findById(proposalId);
    if (proposal === null) {
      return null;
    }
    const after = countVotes(await this.votes.forProposal(proposalId));
    const before = storedCounts(proposal);
    if (hasSectorCounts(proposal) && sameCounts(before, after)) {
      return null;
    }
    await this.proposals.setCounts(proposal, after);
    return { before, after };
  }

  /**
   * Gives every suggestion stored before CONSENSUS existed its counters per sector and its score;
   * answers how many. One tally of all votes serves them all (a recount per suggestion would read
   * the votes collection once each); a suggestion whose counters moved since the tally is counted
   * again in its unit of work. Safe to run again, and from several processes.
   */
  async backfillSectorCounts(): Promise<number> {
    const missing = await this.proposals.withoutSectorCounts();
    if (missing.length === 0) {
      return 0;
    }
    const tally = await this.votes.tally();
    let backfilled = 0;
    for (const { _id } of missing) {
      await this.unitOfWork.run(proposalKey(_id), async () => {
        const proposal = await this.proposals.findById(_id);
        if (proposal === null || hasSectorCounts(proposal)) return;
        const counted = tally.get(_id.toHexString()) ?? NO_VOTES;
        if (counted.up === proposal.upvotes && counted.down === proposal.downvotes) {
          await this.proposals.setCounts(proposal, counted);
        } else {
          await this.recount(_id);
        }
        backfilled += 1;
      });
    }
    return backfilled;
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
