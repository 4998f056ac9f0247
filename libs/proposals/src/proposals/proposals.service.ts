import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { z } from 'zod';
import { hasAnyRole, REMOVED_MEMBER_ID, Role, type User } from '@app/accounts';
import {
  bodyText,
  lineText,
  buildConnection,
  type Connection,
  ForbiddenError,
  InvalidInputError,
  LANGUAGES,
  NotFoundError,
  orderByKeys,
  parseInput,
  RequestLoader,
  resolvePageRequest,
  searchText,
} from '@app/core';
import { UnitOfWork } from '@app/database';
import { DomainEvents } from '@app/events';
import { keywordsOf } from '../text/keywords';
import { similarities } from '../text/text-model';
import { guessLanguage } from '../text/tokens';
import { reasonSchema } from '../text/reason';
import { ThemesService } from '../themes/themes.service';
import { EDIT_VOTE_LIMIT, EDIT_WINDOW_MS } from './edit-window';
import { PROPOSAL_BODY_LIMITS, PROPOSAL_TITLE_LIMITS } from './proposal-limits';
import {
  type CommentCounts,
  PROPOSAL_STATUSES,
  type ProposalRecord,
  type ProposalStatus,
} from './proposal.schema';
import type { StoredSort } from '../ranking/ranked-orders';
import { proposalKey } from './proposal-key';
import { type ProposalQuery, ProposalsRepository } from './proposals.repository';
import { canReadProposal } from './visibility';

export type ProposalSort = StoredSort | 'RANDOM';

/** What the submit page looks up while one types: title, a space and body. */
const SIMILAR_TEXT_MAX = PROPOSAL_TITLE_LIMITS.max + 1 + PROPOSAL_BODY_LIMITS.max;
/**
 * The ranking index (or the database) is asked for suggestions sharing one of this many of the
 * text's keywords, the longest (which say most): each suggestion is checked against every word
 * asked, and a long body has well over a thousand.
 */
const SIMILAR_QUERY_KEYWORDS = 8;
/**
 * Of those, the ones sharing most keywords are compared with the text model, on the first
 * characters of the text and of their body: stemming is the costly part, and a burst of lookups
 * with the longest texts over made-up words must not hold the event loop
 * (test/similar-proposals-limits.e2e-spec.ts).
 */
const SIMILAR_COMPARED = 50;
const SIMILAR_CHARACTERS_COMPARED = 2_000;

const title = lineText(PROPOSAL_TITLE_LIMITS);
const body = bodyText(PROPOSAL_BODY_LIMITS);
const tags = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u, 'must be 1-30 letters, digits or "-"'),
  )
  .max(5, 'at most 5 tags')
  .transform((list) => [...new Set(list)]);

const submitSchema = z.object({
  title,
  body,
  themeId: z.string(),
  tags: tags.default([]),
  language: z.enum(LANGUAGES),
});
const updateSchema = z.object({
  title: title.optional(),
  body: body.optional(),
  themeId: z.string().optional(),
  tags: tags.optional(),
  language: z.enum(LANGUAGES).optional(),
});

export type SubmitProposalData = z.input<typeof submitSchema>;
export type UpdateProposalData = {
  [K in keyof z.input<typeof updateSchema>]?: z.input<typeof updateSchema>[K] | null;
};

export interface ProposalListArgs {
  sort: ProposalSort;
  filter?: {
    themeId?: string | null;
    status?: ProposalStatus | null;
    authorId?: string | null;
    search?: string | null;
    tag?: string | null;
  } | null;
  first?: number | null;
  after?: string | null;
  seed?: number | null;
}

export interface RankedProposal {
  proposal: ProposalRecord;
  /** The proposal's value in the requested order. */
  score: number;
}

function isModerator(user: User | null): boolean {
  return user !== null && hasAnyRole(user.roles, [Role.MODERATOR]);
}

function objectIdOrInvalid(id: string, field: string): Types.ObjectId {
  if (!Types.ObjectId.isValid(id)) {
    throw new InvalidInputError(`${field}: is not a valid id`, field, 'INVALID_ID');
  }
  return new Types.ObjectId(id);
}

/** The default RANDOM seed: one shuffle per day, so pages agree unless the client picks a seed. */
function dailySeed(): number {
  return Math.floor(Date.now() / 86_400_000);
}

@Injectable()
export class ProposalsService {
  readonly loader = new RequestLoader<string, ProposalRecord | null>(async (ids) => {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
    return orderByKeys(ids, await this.proposals.findByIds(valid), (proposal) => proposal._id.toHexString());
  });

  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly themes: ThemesService,
    private readonly events: DomainEvents,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  submit(author: User, input: SubmitProposalData): Promise<ProposalRecord> {
    return this.create(author, input, new Date());
  }

  /**
   * A suggestion sent at `createdAt`, brought in from elsewhere (the demo's consultation): checked
   * and indexed as a submitted one, with the HOT score of its own moment.
   */
  importSubmitted(author: User, input: SubmitProposalData, createdAt: Date): Promise<ProposalRecord> {
    return this.create(author, input, createdAt);
  }

  private async create(author: User, input: SubmitProposalData, createdAt: Date): Promise<ProposalRecord> {
    const data = parseInput(submitSchema, input, 'input');
    const themeId = await this.existingTheme(data.themeId);
    // The event goes first: if the insert then fails, a retry submits anew and the stray event only
    // made the author follow an id that never came to exist; the other way round, a failed event
    // would have made the retry submit the suggestion twice.
    const id = new Types.ObjectId();
    await this.events.publish({
      type: 'PROPOSAL_SUBMITTED',
      proposalId: id.toHexString(),
      authorId: author._id.toHexString(),
    });
    return this.proposals.insert(
      {
        _id: id,
        title: data.title,
        body: data.body,
        themeId,
        authorId: author._id,
        tags: data.tags,
        language: data.language,
        keywords: keywordsOf(`${data.title} ${data.body}`),
      },
      createdAt,
    );
  }

  async update(user: User, id: string, input: UpdateProposalData): Promise<ProposalRecord> {
    const data = parseInput(
      updateSchema,
      Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)),
      'input',
    );
    return this.unitOfWork.run(proposalKey(id), () => this.applyUpdate(user, id, data));
  }

  /** Inside the proposal's unit of work. */
  private async applyUpdate(
    user: User,
    id: string,
    data: z.infer<typeof updateSchema>,
  ): Promise<ProposalRecord> {
    const proposal = await this.requireVisible(user, id);
    if (!proposal.authorId.equals(user._id)) {
      throw new ForbiddenError('Only the author can edit this suggestion.', 'NOT_AUTHOR');
    }
    if (proposal.status !== 'PUBLISHED') {
      throw new ForbiddenError(
        `A suggestion that is ${proposal.status.toLowerCase()} cannot be edited.`,
        'NOT_PUBLISHED',
      );
    }
    if (proposal.upvotes + proposal.downvotes >= EDIT_VOTE_LIMIT) {
      throw new ForbiddenError(
        `It has ${EDIT_VOTE_LIMIT} or more votes, so it can no longer be edited.`,
        'EDIT_VOTES_REACHED',
        { max: EDIT_VOTE_LIMIT },
      );
    }
    if (Date.now() - proposal.createdAt.getTime() >= EDIT_WINDOW_MS) {
      throw new ForbiddenError(
        'It was submitted 7 or more days ago, so it can no longer be edited.',
        'EDIT_WINDOW_CLOSED',
        { days: EDIT_WINDOW_MS / 86_400_000 },
      );
    }
    const changes: Partial<ProposalRecord> = {};
    if (data.title !== undefined) changes.title = data.title;
    if (data.body !== undefined) changes.body = data.body;
    if (data.tags !== undefined) changes.tags = data.tags;
    if (data.language !== undefined) changes.language = data.language;
    if (data.themeId !== undefined) changes.themeId = await this.existingTheme(data.themeId);
    changes.editedAt = new Date();
    changes.keywords = keywordsOf(`${changes.title ?? proposal.title} ${changes.body ?? proposal.body}`);
    return (await this.proposals.update(proposal._id, changes)) ?? this.require(id);
  }

  async withdraw(user: User, id: string, reason: string): Promise<ProposalRecord> {
    const why = parseInput(reasonSchema, reason, 'reason');
    return this.unitOfWork.run(proposalKey(id), () => this.applyWithdrawal(user, id, why));
  }

  /** Inside the proposal's unit of work. */
  private async applyWithdrawal(user: User, id: string, why: string): Promise<ProposalRecord> {
    const proposal = await this.requireVisible(user, id);
    if (!proposal.authorId.equals(user._id)) {
      throw new ForbiddenError('Only the author can withdraw this suggestion.', 'NOT_AUTHOR');
    }
    if (proposal.status === 'MERGED') {
      throw new ForbiddenError(
        'This suggestion was merged into another and cannot be withdrawn.',
        'NOT_PUBLISHED',
      );
    }
    // Withdrawing would end the moderators' hold on it: unhideProposal and hideProposal need HIDDEN.
    if (proposal.status === 'HIDDEN') {
      throw new ForbiddenError(
        'This suggestion is hidden by moderation and cannot be withdrawn.',
        'NOT_PUBLISHED',
      );
    }
    if (proposal.status !== 'WITHDRAWN') {
      await this.proposals.update(proposal._id, {
        status: 'WITHDRAWN',
        statusReason: why,
        withdrawnAt: new Date(),
      });
    }
    return this.require(id);
  }

  /** Null when it does not exist or is hidden from this viewer (see canReadProposal). */
  async findVisible(viewer: User | null, id: string): Promise<ProposalRecord | null> {
    const proposal = await this.proposals.findById(id);
    return proposal !== null && canReadProposal(viewer, proposal) ? proposal : null;
  }

  /** Any suggestion by id, whatever its status (callers decide what to show); one cached read. */
  findById(id: string): Promise<ProposalRecord | null> {
    return this.proposals.findById(id);
  }

  /** NOT_FOUND, as for a suggestion that does not exist, when it is hidden from this viewer. */
  async requireVisible(viewer: User | null, id: string): Promise<ProposalRecord> {
    const proposal = await this.findVisible(viewer, id);
    if (proposal === null) {
      throw new NotFoundError('Proposal', id);
    }
    return proposal;
  }

  /** True when any suggestion is stored, whatever its status. */
  anyStored(): Promise<boolean> {
    return this.proposals.anyStored();
  }

  async list(viewer: User | null, args: ProposalListArgs): Promise<Connection<RankedProposal>> {
    const page = resolvePageRequest(args);
    const filter = args.filter ?? {};
    const status = filter.status ?? 'PUBLISHED';
    const query = this.queryOf(filter, status);
    const ownList = viewer !== null && query.authorId !== undefined && query.authorId.equals(viewer._id);
    if ((status === 'HIDDEN' || status === 'WITHDRAWN') && !isModerator(viewer) && !ownList) {
      throw new ForbiddenError(
        `Only moderators can list ${status.toLowerCase()} suggestions.`,
        'ROLE_REQUIRED',
      );
    }
    const totalCount = await this.proposals.count(query);
    if (args.sort === 'RANDOM') {
      const seed = args.seed ?? dailySeed();
      const ranked = await this.proposals.randomPage(query, seed, page.after, page.limit + 1);
      return buildConnection(
        ranked.map(({ proposal, key }) => ({ proposal, score: key })),
        page,
        totalCount,
        (node) => ({ key: node.score, id: node.proposal._id.toHexString() }),
      );
    }
    const sort = args.sort;
    const ranked = await this.proposals.page(query, sort, page.after, page.limit + 1);
    return buildConnection(
      ranked.map(({ proposal, key }) => ({ proposal, score: key })),
      page,
      totalCount,
      (node) => ({ key: node.score, id: node.proposal._id.toHexString() }),
    );
  }

  /**
   * Every published suggestion the filter selects, in no particular order, unpaged: for editors
   * who look at all of them at once (the workbench). `filter.status` must be PUBLISHED or absent.
   */
  async allPublished(filter: ProposalListArgs['filter']): Promise<ProposalRecord[]> {
    if ((filter?.status ?? 'PUBLISHED') !== 'PUBLISHED') {
      throw new InvalidInputError('filter.status: only published suggestions are read here', 'filter.status');
    }
    return this.proposals.findAll(this.queryOf(filter ?? {}, 'PUBLISHED'));
  }

  /** The query for a filter (its ids and search text checked) and one status. */
  private queryOf(filter: NonNullable<ProposalListArgs['filter']>, status: ProposalStatus): ProposalQuery {
    const search = parseInput(searchText(200).nullish(), filter.search, 'filter.search');
    return {
      statuses: [status],
      themeId: filter.themeId ? objectIdOrInvalid(filter.themeId, 'filter.themeId') : undefined,
      authorId: filter.authorId ? objectIdOrInvalid(filter.authorId, 'filter.authorId') : undefined,
      tag: filter.tag?.trim().toLowerCase() || undefined,
      keywords: search ? keywordsOf(search) : undefined,
    };
  }

  /**
   * Published suggestions about what `text` is about, best first. Candidates share one of the
   * text's longest keywords (those sharing most are compared); the score is the cosine similarity of TF-IDF vectors of the text and
   * each candidate (the clustering's text model: stems, compound parts, the title weighted up), so
   * words most candidates share ("verlaag", "lasten") count for little.
   */
  async similar(text: string, first: number): Promise<{ proposal: ProposalRecord; score: number }[]> {
    const limit = Math.min(Math.max(Math.trunc(first), 1), 10);
    const typed = parseInput(
      z.string().max(SIMILAR_TEXT_MAX, `must be at most ${SIMILAR_TEXT_MAX} characters`),
      text,
      'text',
    );
    const words = keywordsOf(typed);
    if (words.length === 0) {
      return [];
    }
    const asked = [...words]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .slice(0, SIMILAR_QUERY_KEYWORDS);
    const candidates = await this.proposals.similarCandidates(asked, words, SIMILAR_COMPARED);
    // Stemming the typed text is the costly part: not for nothing.
    if (candidates.length === 0) {
      return [];
    }
    // Typed text has no title of its own: all of it counts alike.
    const scores = similarities(
      { title: '', body: typed.slice(0, SIMILAR_CHARACTERS_COMPARED), language: guessLanguage(typed) },
      candidates.map((proposal) => ({
        ...proposal,
        body: proposal.body.slice(0, SIMILAR_CHARACTERS_COMPARED),
      })),
    );
    return candidates
      .map((proposal, index) => ({ proposal, score: scores[index] ?? 0 }))
      .sort((a, b) => b.score - a.score || b.proposal.upvotes - a.proposal.upvotes)
      .slice(0, limit);
  }

  /** Every published proposal, one at a time from a cursor (for the open-data export). */
  eachPublished(): AsyncIterable<ProposalRecord> {
    return this.proposals.eachWithStatus('PUBLISHED');
  }

  /**
   * Gives every suggestion of a user whose account is being deleted the removed member as author
   * (docs/PRIVACY.md): the suggestions stay, by nobody. Each in its unit of work, so the ranking
   * index and caches follow; safe to run again. Answers how many changed.
   */
  async detachAuthor(authorId: Types.ObjectId): Promise<number> {
    const authored = await this.proposals.findAll({ statuses: PROPOSAL_STATUSES, authorId });
    for (const { _id } of authored) {
      await this.unitOfWork.run(proposalKey(_id), () =>
        this.proposals.update(_id, { authorId: REMOVED_MEMBER_ID }),
      );
    }
    return authored.length;
  }

  /** The proposals with these ids that exist, in no particular order. */
  findMany(ids: readonly string[]): Promise<ProposalRecord[]> {
    return this.proposals.findByIds(
      ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id)),
    );
  }

  /**
   * Sets the counts of published comments on a suggestion (libs/discussion recounts them). The
   * caller runs it in the proposal's unit of work (proposalKey); null when it does not exist.
   */
  async setCommentCounts(id: Types.ObjectId, counts: CommentCounts): Promise<ProposalRecord | null> {
    const proposal = await this.proposals.findById(id);
    return proposal === null ? null : this.proposals.setCommentCounts(proposal, counts);
  }

  async require(id: string): Promise<ProposalRecord> {
    const proposal = await this.proposals.findById(id);
    if (proposal === null) {
      throw new NotFoundError('Proposal', id);
    }
    return proposal;
  }

  private async existingTheme(themeId: string): Promise<Types.ObjectId> {
    const theme = await this.themes.findById(themeId);
    if (theme === null) {
      throw new InvalidInputError('input.themeId: no such theme', 'input.themeId');
    }
    return theme._id;
  }
}
