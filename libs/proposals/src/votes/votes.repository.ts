import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { findEachById } from '@app/database';
import { VOTE_MODEL, voteId, type VoteRecord } from './vote.schema';

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

  /** The stored vote, or null when the user has a vote on the proposal already. */
  async insert(
    proposalId: Types.ObjectId,
    userId: Types.ObjectId,
    value: 1 | -1,
    /** Now, except for imported votes that were cast earlier. */
    now = new Date(),
  ): Promise<VoteRecord | null> {
    const vote: VoteRecord = {
      _id: voteId(proposalId, userId),
      proposalId,
      userId,
      value,
      sector: null,
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

  /** Up and down votes per proposal, over all votes (one pass). */
  async tally(): Promise<Map<string, { up: number; down: number }>> {
    const tally = new Map<string, { up: number; down: number }>();
    for await (const vote of this.votes.find({}, { proposalId: 1, value: 1 }).lean<VoteRecord>().cursor()) {
      const key = vote.proposalId.toHexString();
      const counts = tally.get(key) ?? { up: 0, down: 0 };
      if (vote.value === 1) counts.up += 1;
      else counts.down += 1;
      tally.set(key, counts);
    }
    return tally;
  }
}
