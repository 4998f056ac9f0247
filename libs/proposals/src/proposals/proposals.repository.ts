import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, type QueryFilter, trusted, Types } from 'mongoose';
import { type CursorPosition, dateCursorKey, numericCursorKey } from '@app/core';
import {
  afterPositionFilter,
  ConcurrencyLimit,
  DocumentCaches,
  findEachById,
  findReportedPage,
} from '@app/database';
import {
  type KeywordCandidate,
  storedConsensus,
  type RankedFilter,
  type RankedPosition,
  type StoredSort,
} from '../ranking/ranked-orders';
import { RankingIndex } from '../ranking/ranking-index';
import { randomKey, scoresOf } from '../ranking/scores';
import { type VoteCounts, withVoteDelta } from '../votes/vote-counts';
import {
  type CommentCounts,
  PROPOSAL_MODEL,
  type ProposalRecord,
  type ProposalStatus,
} from './proposal.schema';

/** Proposals kept in memory; their size is in bench/README.md. */
const PROPOSAL_CACHE_SIZE = 5_000;
/**
 * Keyword lookups (similarProposals) scanning at once when the ranking index does not answer: on
 * FerretDB's SQLite backend each reads the whole collection on one of the pool's connections
 * (SQLITE_POOL_SIZE), so a burst of them must leave most connections to other requests. The
 * others wait this long, then UNAVAILABLE. Lookups in the index take no connection.
 */
const KEYWORD_SCANS = 4;
const KEYWORD_SCAN_WAIT_MS = 5_000;
/** similarProposals considers the newest of the published suggestions sharing a word, this many. */
const KEYWORD_CANDIDATES = 500;

/** Most of the text's words shared first, then most upvoted, then the newest: one order on both paths. */
function byMostShared(a: KeywordCandidate, b: KeywordCandidate): number {
  return b.shared - a.shared || b.upvotes - a.upvotes || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

const SORT_FIELDS: Record<StoredSort, string> = {
  HOT: 'scores.hot',
  TOP: 'scores.top',
  CONFIDENCE: 'scores.confidence',
  CONTROVERSIAL: 'scores.controversial',
  CONSENSUS: 'scores.consensus',
  NEWEST: 'createdAt',
  PAIRWISE: 'scores.pairwise',
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
  '_id' | 'title' | 'body' | 'themeId' | 'authorId' | 'tags' | 'language' | 'keywords'
>;

/** The value a proposal has in a stored order (the cursor key). */
function sortKeyOf(proposal: ProposalRecord, sort: StoredSort): number {
  switch (sort) {
    case 'HOT':
      return proposal.scores.hot;
    case 'TOP':
      return proposal.scores.top;
    case 'CONFIDENCE':
      return proposal.scores.confidence;
    case 'CONTROVERSIAL':
      return proposal.scores.controversial;
    case 'CONSENSUS':
      return storedConsensus(proposal.scores.consensus);
    case 'NEWEST':
      return proposal.createdAt.getTime();
    case 'PAIRWISE':
      return proposal.scores.pairwise ?? 0;
  }
}

/** The in-memory index answers every filter, the keyword search included. */
function rankedFilterOf(query: ProposalQuery): RankedFilter {
  return {
    statuses: query.statuses,
    themeId: query.themeId?.toHexString(),
    authorId: query.authorId?.toHexString(),
    tag: query.tag,
    // No words (a search of stop words only) selects everything, as toFilter leaves them out.
    keywords: query.keywords?.length ? query.keywords : undefined,
  };
}

function rankedPositionOf(after: CursorPosition, sort: StoredSort): RankedPosition {
  return { key: sort === 'NEWEST' ? dateCursorKey(after).getTime() : numericCursorKey(after), id: after.id };
}

export type StoredCounters = Pick<ProposalRecord, '_id' | 'upvotes' | 'downvotes' | 'sectorVotes'>;
export type PairwiseStanding = Pick<
  ProposalRecord,
  '_id' | 'themeId' | 'authorId' | 'scores' | 'pairwiseComparisons'
>;

export interface Ranked {
  proposal: ProposalRecord;
  key: number;
}

/** Whether `query` selects a proposal as read: what toFilter asks of the database. */
function selects(query: ProposalQuery, proposal: ProposalRecord): boolean {
  return (
    query.statuses.includes(proposal.status) &&
    (query.themeId === undefined || proposal.themeId.equals(query.themeId)) &&
    (query.authorId === undefined || proposal.authorId.equals(query.authorId)) &&
    (query.tag === undefined || proposal.tags.includes(query.tag)) &&
    (query.keywords ?? []).every((word) => proposal.keywords.includes(word))
  );
}

function toFilter(query: ProposalQuery): QueryFilter<ProposalRecord> {
  const filter: QueryFilter<ProposalRecord> = { status: trusted({ $in: [...query.statuses] }) };
  if (query.themeId) filter.themeId = query.themeId;
  if (query.authorId) filter.authorId = query.authorId;
  if (query.tag) filter.tags = query.tag;
  if (query.keywords?.length) filter.keywords = trusted({ $all: [...query.keywords] });
  return filter;
}

@Injectable()
export class ProposalsRepository {
  /** Ranked pages read the same few hundred proposals again and again. */
  private readonly cache;
  private readonly keywordScans = new ConcurrencyLimit(
    KEYWORD_SCANS,
    KEYWORD_SCAN_WAIT_MS,
    'Too many searches for similar suggestions at once; try again in a moment.',
  );

  constructor(
    @InjectModel(PROPOSAL_MODEL) private readonly proposals: Model<ProposalRecord>,
    private readonly index: RankingIndex,
    caches: DocumentCaches,
  ) {
    this.cache = caches.create<ProposalRecord>('proposals', PROPOSAL_CACHE_SIZE);
  }

  /** `createdAt` is now, except for imported suggestions that were sent earlier. */
  async insert(proposal: NewProposal, createdAt = new Date()): Promise<ProposalRecord> {
    const created = await this.proposals.create({
      ...proposal,
      status: 'PUBLISHED',
      upvotes: 0,
      downvotes: 0,
      sectorVotes: [],
      scores: { ...scoresOf(0, 0, createdAt), pairwise: 0 },
      pairwiseComparisons: 0,
      createdAt,
      updatedAt: createdAt,
    });
    const stored = created.toObject();
    this.index.upsert(stored);
    this.cache.set(stored._id.toHexString(), stored);
    return stored;
  }

  async findById(id: string | Types.ObjectId): Promise<ProposalRecord | null> {
    if (!isValidObjectId(id)) {
      return null;
    }
    return this.read(id);
  }

  /** On FerretDB one cached `{_id}` read per id: it scans the whole collection for `_id: { $in }`. */
  findByIds(ids: readonly Types.ObjectId[]): Promise<ProposalRecord[]> {
    return findEachById(this.proposals, ids, { readOne: (id) => this.findById(id) });
  }

  private read(id: string | Types.ObjectId): Promise<ProposalRecord | null> {
    // One key per proposal: writes invalidate the lower-case hex, while ids arrive in any accepted form.
    const key = (typeof id === 'string' ? new Types.ObjectId(id) : id).toHexString();
    return this.cache.read(key, () => this.proposals.findById(key).lean<ProposalRecord>().exec());
  }

  /** One look by the `_id` index, not a count: a start-up asks this of a large collection too. */
  async anyStored(): Promise<boolean> {
    return (await this.proposals.exists({}).exec()) !== null;
  }

  async count(query: ProposalQuery): Promise<number> {
    return (
      (await this.index.count(rankedFilterOf(query))) ?? this.proposals.countDocuments(toFilter(query)).exec()
    );
  }

  /** A page in a stored order, descending on (key, _id). */
  async page(
    query: ProposalQuery,
    sort: StoredSort,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Ranked[]> {
    const positions = await this.index.page(
      sort,
      rankedFilterOf(query),
      after && rankedPositionOf(after, sort),
      limit,
    );
    if (positions) {
      const found = await this.byHexId(positions.map((position) => position.id));
      return positions.flatMap(({ id, key }) => {
        const proposal = found.get(id);
        // Written between the index's answer and this read (hidden, say): left out, as the database would.
        return proposal && selects(query, proposal) ? [{ proposal, key }] : [];
      });
    }
    const proposals = await this.pageFromDatabase(query, sort, after, limit);
    return proposals.map((proposal) => ({ proposal, key: sortKeyOf(proposal, sort) }));
  }

  private pageFromDatabase(
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
              sort === 'NEWEST' ? dateCursorKey(after) : numericCursorKey(after),
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
  ): Promise<Ranked[]> {
    const ids =
      (await this.index.ids(rankedFilterOf(query))) ??
      (await this.proposals.find(toFilter(query), { _id: 1 }).lean<{ _id: Types.ObjectId }[]>().exec()).map(
        ({ _id }) => _id.toHexString(),
      );
    const afterKey = after && numericCursorKey(after);
    const keyed = ids
      .map((id) => ({ id, key: randomKey(seed, id) }))
      .sort((a, b) => a.key - b.key || a.id.localeCompare(b.id))
      .filter(
        (entry) =>
          after === null ||
          afterKey === null ||
          entry.key > afterKey ||
          (entry.key === afterKey && entry.id > after.id),
      )
      .slice(0, limit);
    const byId = await this.byHexId(keyed.map((entry) => entry.id));
    return keyed.flatMap((entry) => {
      const proposal = byId.get(entry.id);
      return proposal && selects(query, proposal) ? [{ proposal, key: entry.key }] : [];
    });
  }

  /**
   * Every proposal the query selects, in no particular order, in one query: read through the
   * cache, thousands of them would push out the proposals that ranked pages read again and again.
   */
  findAll(query: ProposalQuery): Promise<ProposalRecord[]> {
    return this.proposals.find(toFilter(query)).lean<ProposalRecord[]>().exec();
  }

  /** In the order stored: a sort would make the server hold the whole collection at once. */
  eachWithStatus(status: ProposalStatus): AsyncIterable<ProposalRecord> {
    return this.proposals.find({ status }).lean<ProposalRecord[]>().cursor({ batchSize: 200 });
  }

  /**
   * similarProposals' candidates: of the newest published suggestions with one of the `asked`
   * words (KEYWORD_CANDIDATES of them), the `count` sharing most of the `wanted` words (see
   * byMostShared), in that order. From the ranking index when it answers, else from the database.
   */
  async similarCandidates(
    asked: readonly string[],
    wanted: readonly string[],
    count: number,
  ): Promise<ProposalRecord[]> {
    const indexed = await this.index.withAnyKeyword(asked, wanted, KEYWORD_CANDIDATES);
    if (indexed !== null) {
      const ids = indexed
        .sort(byMostShared)
        .slice(0, count)
        .map((candidate) => candidate.id);
      const found = await this.byHexId(ids);
      return ids.flatMap((id) => {
        const proposal = found.get(id);
        return proposal?.status === 'PUBLISHED' ? [proposal] : [];
      });
    }
    const wantedWords = new Set(wanted);
    const proposals = await this.keywordScans.run(() =>
      this.proposals
        .find({ status: 'PUBLISHED', keywords: trusted({ $in: [...asked] }) })
        .sort({ _id: -1 })
        .limit(KEYWORD_CANDIDATES)
        .lean<ProposalRecord[]>()
        .exec(),
    );
    return proposals
      .map((proposal) => ({
        proposal,
        candidate: {
          id: proposal._id.toHexString(),
          upvotes: proposal.upvotes,
          shared: proposal.keywords.filter((word) => wantedWords.has(word)).length,
        },
      }))
      .sort((a, b) => byMostShared(a.candidate, b.candidate))
      .slice(0, count)
      .map(({ proposal }) => proposal);
  }

  private async byHexId(ids: readonly string[]): Promise<Map<string, ProposalRecord>> {
    const found = await this.findByIds(ids.map((id) => new Types.ObjectId(id)));
    return new Map(found.map((proposal) => [proposal._id.toHexString(), proposal]));
  }

  /**
   * The moderators' queue (flaggedProposals): published suggestions with flags no moderator has
   * cleared, and those hidden by their flags; most flags first.
   */
  async flaggedPage(
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ proposals: ProposalRecord[]; totalCount: number }> {
    const { items, totalCount } = await findReportedPage(this.proposals, after, limit);
    return { proposals: items, totalCount };
  }

  /** Callers run it in the proposal's unit of work (proposalKey). Answers the proposal as stored now. */
  async update(
    id: Types.ObjectId,
    changes: Partial<Omit<ProposalRecord, '_id'>>,
  ): Promise<ProposalRecord | null> {
    await this.cache.write(id.toHexString(), () =>
      this.proposals.updateOne({ _id: id }, { $set: changes }).exec(),
    );
    return this.reindex(id);
  }

  /**
   * Moves the cached counters, overall and in the vote's sector, by a vote's delta and stores the
   * scores that follow from them. Callers run it in the proposal's unit of work and read `proposal`
   * in it, so the stored result is `proposal` plus the delta: it is answered without reading it back.
   */
  async applyVoteDelta(
    proposal: ProposalRecord,
    sector: string | null,
    up: number,
    down: number,
  ): Promise<ProposalRecord> {
    const id = proposal._id.toHexString();
    const counts = withVoteDelta(
      { up: proposal.upvotes, down: proposal.downvotes, sectors: proposal.sectorVotes },
      sector,
      up,
      down,
    );
    // The pairwise strength is no vote score: kept as it is.
    const scores = {
      ...proposal.scores,
      ...scoresOf(counts.up, counts.down, proposal.createdAt, counts.sectors),
    };
    const updatedAt = new Date();
    await this.cache.write(id, () =>
      this.proposals
        .updateOne(
          { _id: proposal._id },
          {
            $inc: { upvotes: up, downvotes: down },
            $set: { sectorVotes: counts.sectors, scores, updatedAt },
          },
          { timestamps: false },
        )
        .exec(),
    );
    const stored = {
      ...proposal,
      upvotes: counts.up,
      downvotes: counts.down,
      sectorVotes: counts.sectors,
      scores,
      updatedAt,
    };
    this.index.upsert(stored);
    this.cache.set(id, stored);
    return stored;
  }

  /** Callers run it in the proposal's unit of work. */
  async setCounts(proposal: ProposalRecord, counts: VoteCounts): Promise<ProposalRecord | null> {
    return this.update(proposal._id, {
      upvotes: counts.up,
      downvotes: counts.down,
      sectorVotes: counts.sectors,
      scores: { ...proposal.scores, ...scoresOf(counts.up, counts.down, proposal.createdAt, counts.sectors) },
    });
  }

  /**
   * Stores a pairwise strength and comparison count. Callers run it in the proposal's unit of
   * work and read `proposal` in it, so the result is answered without reading it back.
   */
  async setPairwise(
    proposal: ProposalRecord,
    strength: number,
    comparisons: number,
  ): Promise<ProposalRecord> {
    const id = proposal._id.toHexString();
    await this.cache.write(id, () =>
      this.proposals
        .updateOne(
          { _id: proposal._id },
          { $set: { 'scores.pairwise': strength, pairwiseComparisons: comparisons } },
          { timestamps: false },
        )
        .exec(),
    );
    const stored = {
      ...proposal,
      scores: { ...proposal.scores, pairwise: strength },
      pairwiseComparisons: comparisons,
    };
    this.index.upsert(stored);
    this.cache.set(id, stored);
    return stored;
  }

  /**
   * Stores the counts of published comments on it. Comments are no edit of the suggestion, so
   * `updatedAt` stays. Callers run it in the proposal's unit of work and read `proposal` in it,
   * so the result is answered without reading it back.
   */
  async setCommentCounts(proposal: ProposalRecord, comments: CommentCounts): Promise<ProposalRecord> {
    const id = proposal._id.toHexString();
    await this.cache.write(id, () =>
      this.proposals.updateOne({ _id: proposal._id }, { $set: { comments } }, { timestamps: false }).exec(),
    );
    const stored = { ...proposal, comments: { ...comments } };
    this.index.upsert(stored);
    this.cache.set(id, stored);
    return stored;
  }

  /** Gives suggestions stored before pairwise ranking existed the prior's strength; idempotent. */
  async backfillPairwise(): Promise<number> {
    const strengths = await this.proposals
      .updateMany(
        { 'scores.pairwise': trusted({ $exists: false }) },
        { $set: { 'scores.pairwise': 0 } },
        { timestamps: false },
      )
      .exec();
    await this.proposals
      .updateMany(
        { pairwiseComparisons: trusted({ $exists: false }) },
        { $set: { pairwiseComparisons: 0 } },
        { timestamps: false },
      )
      .exec();
    return strengths.modifiedCount;
  }

  /** What pair selection and the 0–100 figure need of every published suggestion (one scan). */
  publishedStrengths(): Promise<PairwiseStanding[]> {
    return this.proposals
      .find(
        { status: 'PUBLISHED' },
        { themeId: 1, authorId: 1, 'scores.pairwise': 1, pairwiseComparisons: 1 },
      )
      .lean<PairwiseStanding[]>()
      .exec();
  }

  /** Every proposal's id, for a refit of the pairwise strengths. */
  async allIds(): Promise<Types.ObjectId[]> {
    return (await this.proposals.find({}, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>().exec()).map(
      ({ _id }) => _id,
    );
  }

  private async reindex(id: Types.ObjectId): Promise<ProposalRecord | null> {
    const stored = await this.read(id);
    if (stored !== null) this.index.upsert(stored);
    return stored;
  }

  /** Every proposal's id and counters, for recounts. */
  allCounters(): Promise<StoredCounters[]> {
    return this.proposals
      .find({}, { upvotes: 1, downvotes: 1, sectorVotes: 1 })
      .lean<StoredCounters[]>()
      .exec();
  }

  /** Proposals stored before CONSENSUS existed: without a consensus score or counters per sector. */
  /**
   * Hidden suggestions stored before `autoHidden` was written (the one-time backfill at start-up);
   * the `{ status, autoHidden, flagCount, _id }` index narrows it to the hidden ones.
   */
  hiddenWithoutAutoHidden(): Promise<Pick<ProposalRecord, '_id'>[]> {
    return this.proposals
      .find({ status: 'HIDDEN', autoHidden: trusted({ $exists: false }) }, { _id: 1 })
      .lean<Pick<ProposalRecord, '_id'>[]>()
      .exec();
  }

  withoutSectorCounts(): Promise<Pick<ProposalRecord, '_id'>[]> {
    const missing = trusted({ $exists: false });
    return this.proposals
      .find({ $or: [{ 'scores.consensus': missing }, { sectorVotes: missing }] }, { _id: 1 })
      .lean<Pick<ProposalRecord, '_id'>[]>()
      .exec();
  }
}
