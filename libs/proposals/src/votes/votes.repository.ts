import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, type Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { findEachById } from '@app/database';
import { VOTE_MODEL, voteId, type VoteRecord } from './vote.schema';
import { type VoteCounts, withVoteDelta, NO_VOTES } from './vote-counts';

/** A vote as the voter's own history lists it. */
export type OwnVote = Pick<VoteRecord, '_id' | 'proposalId' | 'createdAt'>;

/** What aggregates of votes read: never when they were cast. */
export type CountedVote = Pick<VoteRecord, '_id' | 'proposalId' | 'userId' | 'value' | 'sector'>;

@Injectable()
export class VotesRepository {
  constructor(@InjectModel(VOTE_MODEL) private readonly votes: Model<VoteRecord>) {}

  find(proposalId: Types.ObjectId, userId: Types.ObjectId): Promise<VoteRecord | null> {
    return this.votes.findById(voteId(proposalId, userId)).lean<VoteRecord>().exec();
  }

  /** By `_id` one at a time: FerretDB scans the whole collection for `_id: { $in }` (findEachById). */
  findByIds(ids: readonly string[]): Promise<VoteRecord[]> {
    return findEachById(this.votes, ids);
  }

  /**
   * The stored vote, or null when the user has a vote on the proposal already. `sector`: the
   * voter's sector now; the vote keeps it when its value changes later.
   */
  async insert(
    proposalId: Types.ObjectId,
    userId: Types.ObjectId,
    value: 1 | -1,
    sector: string | null,
    /** Now, except for imported votes that were cast earlier. */
    now = new Date(),
  ): Promise<VoteRecord | null> {
    const vote: VoteRecord = {
      _id: voteId(proposalId, userId),
      proposalId,
      userId,
      value,
      sector,
      createdAt: now,
      updatedAt: now,
    };
    // Lean: the vote is built here from checked values, so the hottest write skips hydrating
    // and validating a mongoose document.
    return (await unlessDuplicate(this.votes.insertMany([vote], { lean: true }))) === null ? null : vote;
  }

  async setValue(vote: VoteRecord, value: 1 | -1): Promise<void> {
    await this.votes.updateOne({ _id: vote._id }, { $set: { value } }).exec();
  }

  /** True when this call deleted the vote. */
  async delete(id: string): Promise<boolean> {
    return (await this.votes.deleteOne({ _id: id }).exec()).deletedCount === 1;
  }

  forProposal(proposalId: Types.ObjectId): Promise<VoteRecord[]> {
    return this.votes.find({ proposalId }).lean<VoteRecord[]>().exec();
  }

  /**
   * The votes on any of these proposals, without their dates. One query: on FerretDB it reads the
   * votes collection once, where a query per proposal would read it once each.
   */
  forProposals(proposalIds: readonly Types.ObjectId[]): Promise<CountedVote[]> {
    return this.votes
      .find(
        { proposalId: trusted({ $in: [...proposalIds] }) },
        { proposalId: 1, userId: 1, value: 1, sector: 1 },
      )
      .lean<CountedVote[]>()
      .exec();
  }

  /**
   * When each standing up-vote on these proposals became one: `updatedAt`, which a vote changed
   * from against to for moves to the moment of the change. One query, like `forProposals`.
   */
  upVoteTimes(
    proposalIds: readonly Types.ObjectId[],
  ): Promise<Pick<VoteRecord, 'proposalId' | 'updatedAt'>[]> {
    return this.votes
      .find({ proposalId: trusted({ $in: [...proposalIds] }), value: 1 }, { proposalId: 1, updatedAt: 1 })
      .lean<Pick<VoteRecord, 'proposalId' | 'updatedAt'>[]>()
      .exec();
  }

  /**
   * Every vote of one user, most recent first (ties by proposal id). One query served by the
   * `userId` index on MongoDB; FerretDB scans the collection once, where a page per query would
   * scan it once per page.
   */
  async ofUser(userId: Types.ObjectId): Promise<OwnVote[]> {
    const votes = await this.votes.find({ userId }, { proposalId: 1, createdAt: 1 }).lean<OwnVote[]>().exec();
    return votes.sort(
      (a, b) =>
        b.createdAt.getTime() - a.createdAt.getTime() ||
        b.proposalId.toHexString().localeCompare(a.proposalId.toHexString()),
    );
  }

  /** The members who have votes (one pass over the votes). */
  async voterIds(): Promise<Types.ObjectId[]> {
    const voters = new Map<string, Types.ObjectId>();
    for await (const vote of this.votes.find({}, { userId: 1 }).lean<VoteRecord>().cursor()) {
      voters.set(vote.userId.toHexString(), vote.userId);
    }
    return [...voters.values()];
  }

  /** Up and down votes per proposal, overall and per sector, over all votes (one pass). */
  async tally(): Promise<Map<string, VoteCounts>> {
    const tally = new Map<string, VoteCounts>();
    const votes = this.votes.find({}, { proposalId: 1, value: 1, sector: 1 }).lean<VoteRecord>().cursor();
    for await (const vote of votes) {
      const key = vote.proposalId.toHexString();
      const up = vote.value === 1 ? 1 : 0;
      tally.set(key, withVoteDelta(tally.get(key) ?? NO_VOTES, vote.sector, up, 1 - up));
    }
    return tally;
  }
}
