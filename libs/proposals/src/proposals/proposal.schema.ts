import { Schema, type Types } from 'mongoose';
import type { Language } from '@app/core';
import type { SectorVotes } from '../ranking/consensus';
import type { ProposalScores } from '../ranking/scores';

export const PROPOSAL_MODEL = 'Proposal';

export const PROPOSAL_STATUSES = ['PUBLISHED', 'HIDDEN', 'WITHDRAWN', 'MERGED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Published comments on a suggestion, threads and replies, in all and per alignment. */
export interface CommentCounts {
  total: number;
  inFavor: number;
  against: number;
}

export interface ProposalRecord {
  _id: Types.ObjectId;
  title: string;
  /** Markdown as the author wrote it; clients render it safely. */
  body: string;
  themeId: Types.ObjectId;
  authorId: Types.ObjectId;
  tags: string[];
  language: Language;
  status: ProposalStatus;
  /** Why it was hidden or withdrawn. */
  statusReason: string | null;
  mergedInto: Types.ObjectId | null;
  /** Cached counts of the votes (the votes collection is the truth; `votes:recount` repairs). */
  upvotes: number;
  downvotes: number;
  /**
   * The same votes per sector of the voter when they voted (votes without a sector under
   * "anders"), sorted by slug, sectors without votes left out; cached like the counters.
   */
  sectorVotes: SectorVotes[];
  /**
   * The vote-based scores, and `pairwise`: the Bradley–Terry strength θ from "which first?"
   * answers (PAIRWISE order; `pairwise:refit` repairs). Absent on suggestions stored before it
   * existed until the start-up backfill sets 0, the prior's value.
   */
  scores: ProposalScores & { pairwise?: number };
  /** Pairwise answers it was part of, skips not counted (absent: none). */
  pairwiseComparisons?: number;
  /** Folded words of title and body for search and "similar suggestions". */
  keywords: string[];
  /**
   * Published comments on it, in all and per alignment; cached like the vote counters (the
   * comments collection is the truth). Absent: none yet.
   */
  comments?: CommentCounts;
  flagCount: number;
  /** Set when a moderator unhid it: flags no longer hide it automatically. */
  moderatorCleared: boolean;
  /** When its author last changed it (absent: never, or before edits were dated). */
  editedAt?: Date | null;
  /** When its author withdrew it (absent: not withdrawn, or before withdrawals were dated). */
  withdrawnAt?: Date | null;
  /** Hidden by its flags, waiting for a moderator (flaggedProposals); cleared when one decides. */
  autoHidden?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const proposalSchema = new Schema<ProposalRecord>(
  {
    title: { type: String, required: true },
    body: { type: String, required: true },
    themeId: { type: Schema.Types.ObjectId, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    tags: { type: [String], default: [] },
    language: { type: String, required: true },
    status: { type: String, enum: PROPOSAL_STATUSES, required: true },
    statusReason: { type: String, default: null },
    mergedInto: { type: Schema.Types.ObjectId, default: null },
    upvotes: { type: Number, default: 0 },
    downvotes: { type: Number, default: 0 },
    sectorVotes: {
      type: [{ _id: false, sector: String, up: Number, down: Number }],
      default: [],
    },
    scores: {
      top: { type: Number, required: true },
      confidence: { type: Number, required: true },
      hot: { type: Number, required: true },
      controversial: { type: Number, required: true },
      consensus: { type: Number, required: true },
      pairwise: { type: Number, default: 0 },
    },
    pairwiseComparisons: { type: Number, default: 0 },
    keywords: { type: [String], default: [] },
    comments: {
      type: { _id: false, total: Number, inFavor: Number, against: Number },
      default: undefined,
    },
    flagCount: { type: Number, default: 0 },
    moderatorCleared: { type: Boolean, default: false },
    editedAt: { type: Date, default: null },
    withdrawnAt: { type: Date, default: null },
    autoHidden: { type: Boolean, default: false },
  },
  { collection: 'proposals', timestamps: true },
);

// The ranked lists: status filter, then the order's score, ties broken by _id.
proposalSchema.index({ status: 1, 'scores.hot': -1, _id: -1 });
proposalSchema.index({ status: 1, 'scores.top': -1, _id: -1 });
proposalSchema.index({ status: 1, 'scores.confidence': -1, _id: -1 });
proposalSchema.index({ status: 1, 'scores.controversial': -1, _id: -1 });
proposalSchema.index({ status: 1, 'scores.consensus': -1, _id: -1 });
proposalSchema.index({ status: 1, createdAt: -1, _id: -1 });
proposalSchema.index({ status: 1, 'scores.pairwise': -1, _id: -1 });
// filter.search and similarProposals: whole-word matches on the folded keywords (multikey).
proposalSchema.index({ keywords: 1 });
// filter.tag, filter.themeId and filter.authorId ("my suggestions").
proposalSchema.index({ tags: 1 });
proposalSchema.index({ themeId: 1, status: 1 });
// flaggedProposals, published with flags no moderator has cleared: most flags first.
proposalSchema.index({ status: 1, moderatorCleared: 1, flagCount: -1, _id: -1 });
// flaggedProposals, hidden by their flags: most flags first.
proposalSchema.index({ status: 1, autoHidden: 1, flagCount: -1, _id: -1 });
proposalSchema.index({ authorId: 1, createdAt: -1 });
