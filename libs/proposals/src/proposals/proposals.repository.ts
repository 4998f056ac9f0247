import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, type QueryFilter, Types } from 'mongoose';
import { afterPositionFilter, type CursorPosition } from '@app/core';
import { findEachById } from '@app/database';
import { randomKey, scoresOf } from '../ranking/scores';
import { PROPOSAL_MODEL, type ProposalRecord, type ProposalStatus } from './proposal.schema';

export type StoredSort = 'HOT' | 'TOP' | 'CONFIDENCE' | 'CONTROVERSIAL' | 'NEWEST';

const SORT_FIELDS: Record<StoredSort, string> = {
  HOT: 'scores.hot',
  TOP: 'scores.top',
  CONFIDENCE: 'scores.confidence',
  CONTROVERSIAL: 'scores.controversial',
  NEWEST: 'createdAt',
};

export interface ProposalQuery {
  statuses: readonly ProposalStatus[];
  themeId?: Types.ObjectId;
  authorId?: Types.ObjectId;
  tag?: string;
  /** Every one of these folded words must occur. */
  keywords?: readonly string[];
}

export type NewProposal = Pick<
  ProposalRecord,
  'title' | 'body' | 'themeId' | 'authorId' | 'tags' | 'language' | 'keywords'
>;

/** The value a proposal has in a stored order (the cursor key). */
export function sortKeyOf(proposal: ProposalRecord, sort: StoredSort): number {
  switch (sort) {
    case 'HOT':
      return proposal.scores.hot;
    case 'TOP':
      return proposal.scores.top;
    case 'CONFIDENCE':
      return proposal.scores.confidence;
    case 'CONTROVERSIAL':
      return proposal.scores.controversial;
    case 'NEWEST':
      return proposal.createdAt.getTime();
  }
}

function toFilter(query: ProposalQuery): QueryFilter<ProposalRecord> {
  const filter: QueryFilter<ProposalRecord> = { status: { $in: [...query.statuses] } };
  if (query.themeId) filter.themeId = query.themeId;
  if (query.authorId) filter.authorId = query.authorId;
  if (query.tag) filter.tags = query.tag;
  if (query.keywords?.length) filter.keywords = { $all: [...query.keywords] };
  return filter;
}

@Injectable()
export class ProposalsRepository {
  constructor(@InjectModel(PROPOSAL_MODEL) private readonly proposals: Model<ProposalRecord>) {}

  async insert(proposal: NewProposal): Promise<ProposalRecord> {
    const now = new Date();
    const created = await this.proposals.create({
      ...proposal,
      status: 'PUBLISHED',
      upvotes: 0,
      downvotes: 0,
      scores: scoresOf(0, 0, now),
      createdAt: now,
      updatedAt: now,
    });
    return created.toObject();
  }

  findById(id: string | Types.ObjectId): Promise<ProposalRecord | null> {
    if (!isValidObjectId(id)) {
      return Promise.resolve(null);
    }
    return this.proposals.findById(id).lean<ProposalRecord>().exec();
  }

  /** By `_id` one at a time: FerretDB scans the whole collection for `_id: { $in }` (findEachById). */
  findByIds(ids: readonly Types.ObjectId[]): Promise<ProposalRecord[]> {
    return findEachById(this.proposals, ids);
  }

  count(query: ProposalQuery): Promise<number> {
    return this.proposals.countDocuments(toFilter(query)).exec();
  }

  /** A page in a stored order, descending on (key, _id). */
  page(
    query: ProposalQuery,
    sort: StoredSort,
    after: CursorPosition | null,
    limit: number,
  ): Promise<ProposalRecord[]> {
    const field = SORT_FIELDS[sort];
    const filter = toFilter(query);
    const pageFilter = after
      ? {
          $and: [
            filter,
            afterPositionFilter(
              field,
              'desc',
              sort === 'NEWEST' ? new Date(after.key) : after.key,
              new Types.ObjectId(after.id),
            ),
          ],
        }
      : filter;
    return this.proposals
      .find(pageFilter)
      .sort({ [field]: -1, _id: -1 })
      .limit(limit)
      .lean<ProposalRecord[]>()
      .exec();
  }

  /** A page of the seeded shuffle: ascending on (randomKey(seed, id), id). */
  async randomPage(
    query: ProposalQuery,
    seed: number,
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ proposal: ProposalRecord; key: number }[]> {
    const ids = await this.proposals
      .find(toFilter(query), { _id: 1 })
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    const keyed = ids
      .map(({ _id }) => ({ id: _id.toHexString(), key: randomKey(seed, _id.toHexString()) }))
      .sort((a, b) => a.key - b.key || a.id.localeCompare(b.id))
      .filter(
        (entry) =>
          after === null || entry.key > Number(after.key) || (entry.key === after.key && entry.id > after.id),
      )
      .slice(0, limit);
    const byId = new Map(
      (await this.findByIds(keyed.map((entry) => new Types.ObjectId(entry.id)))).map((p) => [
        p._id.toHexString(),
        p,
      ]),
    );
    return keyed.flatMap((entry) => {
      const proposal = byId.get(entry.id);
      return proposal ? [{ proposal, key: entry.key }] : [];
    });
  }

  allWithStatus(status: ProposalStatus): Promise<ProposalRecord[]> {
    return this.proposals.find({ status }).sort({ createdAt: -1, _id: -1 }).lean<ProposalRecord[]>().exec();
  }

  /** Published proposals sharing at least one of these keywords. */
  withAnyKeyword(keywords: readonly string[]): Promise<ProposalRecord[]> {
    return this.proposals
      .find({ status: 'PUBLISHED', keywords: { $in: [...keywords] } })
      .limit(500)
      .lean<ProposalRecord[]>()
      .exec();
  }

  async update(id: Types.ObjectId, changes: Partial<Omit<ProposalRecord, '_id'>>): Promise<void> {
    await this.proposals.updateOne({ _id: id }, { $set: changes }).exec();
  }

  /** Moves the cached counters by a vote's delta and stores the scores that follow from them. */
  async applyVoteDelta(proposal: ProposalRecord, up: number, down: number): Promise<void> {
    const upvotes = proposal.upvotes + up;
    const downvotes = proposal.downvotes + down;
    await this.proposals
      .updateOne(
        { _id: proposal._id },
        {
          $inc: { upvotes: up, downvotes: down },
          $set: { scores: scoresOf(upvotes, downvotes, proposal.createdAt) },
        },
      )
      .exec();
  }

  async setCounts(proposal: ProposalRecord, upvotes: number, downvotes: number): Promise<void> {
    await this.update(proposal._id, {
      upvotes,
      downvotes,
      scores: scoresOf(upvotes, downvotes, proposal.createdAt),
    });
  }

  /** Every proposal's id, counters and creation time, for recounts. */
  allCounters(): Promise<Pick<ProposalRecord, '_id' | 'upvotes' | 'downvotes' | 'createdAt'>[]> {
    return this.proposals
      .find({}, { upvotes: 1, downvotes: 1, createdAt: 1 })
      .lean<Pick<ProposalRecord, '_id' | 'upvotes' | 'downvotes' | 'createdAt'>[]>()
      .exec();
  }
}
