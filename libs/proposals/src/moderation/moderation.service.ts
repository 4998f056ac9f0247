import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Types } from 'mongoose';
import type { User } from '@app/accounts';
import {
  buildConnection,
  ConflictError,
  type Connection,
  ForbiddenError,
  InvalidInputError,
  type PageRequest,
  parseInput,
  orderByKeys,
  RequestLoader,
  resolvePageRequest,
} from '@app/core';
import { DataMigrations, UnitOfWork } from '@app/database';
import { DomainEvents } from '@app/events';
import { proposalKey } from '../proposals/proposal-key';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { reasonSchema } from '../text/reason';
import { VotesService } from '../votes/votes.service';
import type { AuditRecord, FlagRecord } from './moderation.schema';
import { ModerationRepository } from './moderation.repository';

/** Flags from this many different members hide a proposal until a moderator decides. */
export const AUTO_HIDE_FLAGS = 5;

/** The data migration that marks suggestions hidden by their flags before `autoHidden` existed. */
export const AUTO_HIDDEN_MIGRATION = 'proposals:auto-hidden';

/** The audit actions that decide whether a hidden suggestion is hidden by its flags. */
const HIDING_ACTIONS = ['HIDE', 'UNHIDE', 'AUTO_HIDE'] as const;

/** One hide of a published proposal: the proposal changes (updatedAt) with every hide and unhide. */
function hiddenEventKey(proposal: ProposalRecord): string {
  return `proposal-hidden:${proposal._id.toHexString()}:${proposal.updatedAt.getTime()}`;
}

@Injectable()
export class ModerationService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ModerationService.name);

  /** The reasons given for each suggestion's flags, newest first, batched per request. */
  readonly reasonsLoader = new RequestLoader<string, string[]>(async (proposalIds) => {
    const flags = await this.moderation.reasonsFor(proposalIds.map((id) => new Types.ObjectId(id)));
    const byProposal = new Map<string, string[]>(proposalIds.map((id) => [id, []]));
    for (const flag of flags) {
      byProposal.get(flag.proposalId.toHexString())?.push(flag.reason);
    }
    return proposalIds.map((id) => byProposal.get(id) ?? []);
  });

  /** Flags by `_id` (`<proposalId>:<userId>`), batched per request: the viewer's own `myFlag`. */
  readonly flagLoader = new RequestLoader<string, FlagRecord | null>(async (ids) =>
    orderByKeys(ids, await this.moderation.findByIds(ids), (flag) => flag._id),
  );

  constructor(
    private readonly moderation: ModerationRepository,
    private readonly proposals: ProposalsRepository,
    private readonly proposalsService: ProposalsService,
    private readonly votes: VotesService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly migrations: DataMigrations,
  ) {}

  /**
   * Before the API answers, so the moderators' queue (flaggedProposals) lists the suggestions that
   * flags hid before `autoHidden` was stored. Once per database: every hide since writes it.
   */
  async onApplicationBootstrap(): Promise<void> {
    const marked = await this.migrations.runOnce(AUTO_HIDDEN_MIGRATION, () => this.backfillAutoHidden());
    if (marked !== null && marked > 0) {
      this.logger.log(`${marked} suggestions hidden by their flags marked autoHidden.`);
    }
  }

  /**
   * Gives each hidden suggestion without `autoHidden` the value its audit log implies: true when
   * its last hide or unhide was the automatic one (AUTO_HIDE, no moderator decided since), false
   * otherwise. Each in the suggestion's unit of work, and only while it is still hidden without
   * the field, so a moderator's decision in another process is never overwritten; running it
   * again changes nothing. Answers how many it marked true.
   */
  async backfillAutoHidden(): Promise<number> {
    const missing = await this.proposals.hiddenWithoutAutoHidden();
    if (missing.length === 0) {
      return 0;
    }
    const entries = await this.moderation.about(
      missing.map(({ _id }) => _id),
      HIDING_ACTIONS,
    );
    // Oldest first, so the last entry per suggestion wins.
    const lastAction = new Map<string, AuditRecord['action']>();
    for (const entry of entries) {
      if (entry.proposalId !== null) lastAction.set(entry.proposalId.toHexString(), entry.action);
    }
    let marked = 0;
    for (const { _id } of missing) {
      const autoHidden = lastAction.get(_id.toHexString()) === 'AUTO_HIDE';
      await this.unitOfWork.run(proposalKey(_id), async () => {
        const proposal = await this.proposals.findById(_id);
        if (proposal === null || proposal.status !== 'HIDDEN' || proposal.autoHidden !== undefined) return;
        await this.proposals.update(_id, { autoHidden });
        if (autoHidden) marked += 1;
      });
    }
    return marked;
  }

  /**
   * The flag is the fact; the count and the automatic hide follow from the flags in the
   * proposal's unit of work. A retry after those failed finishes them instead of answering CONFLICT.
   */
  async flag(user: User, proposalId: string, reason: string): Promise<void> {
    const why = parseInput(reasonSchema, reason, 'reason');
    const proposal = await this.proposalsService.requireVisible(user, proposalId);
    if (proposal.authorId.equals(user._id)) {
      throw new ForbiddenError('You cannot flag your own suggestion; withdraw it instead.', 'OWN_SUGGESTION');
    }
    const inserted = await this.moderation.insertFlag(proposal._id, user._id, why);
    const counted = await this.unitOfWork.run(proposalKey(proposalId), async () => {
      const current = await this.proposalsService.require(proposalId);
      const flagCount = await this.moderation.countFlags(current._id);
      if (flagCount === current.flagCount) {
        return false;
      }
      const autoHide =
        flagCount >= AUTO_HIDE_FLAGS && current.status === 'PUBLISHED' && !current.moderatorCleared;
      if (autoHide) {
        await this.moderation.record({
          action: 'AUTO_HIDE',
          actorId: null,
          proposalId: current._id,
          targetId: null,
          reason: `${flagCount} flags`,
        });
        await this.events.publish(
          { type: 'PROPOSAL_HIDDEN', proposalId, title: current.title, actorId: null },
          hiddenEventKey(current),
        );
      }
      await this.proposals.update(
        current._id,
        autoHide
          ? {
              flagCount,
              status: 'HIDDEN',
              statusReason: `Hidden automatically after ${AUTO_HIDE_FLAGS} flags.`,
              autoHidden: true,
            }
          : { flagCount },
      );
      return true;
    });
    if (!inserted && !counted) {
      throw new ConflictError('You have flagged this suggestion already.', 'ALREADY_FLAGGED');
    }
  }

  /**
   * Records what moderation did to a comment (libs/discussion) in the one audit log.
   * `proposalId` is the suggestion the comment discusses; null for a comment on a list item.
   */
  recordCommentAction(entry: {
    action: 'HIDE_COMMENT' | 'UNHIDE_COMMENT' | 'AUTO_HIDE_COMMENT' | 'DELETE_COMMENT';
    actorId: Types.ObjectId | null;
    commentId: Types.ObjectId;
    proposalId: Types.ObjectId | null;
    reason: string | null;
  }): Promise<void> {
    return this.moderation.record({ ...entry, targetId: null });
  }

  /** The proposal's status is written last: a retry after a failure finds it unchanged and redoes the rest. */
  hide(moderator: User, proposalId: string, reason: string): Promise<ProposalRecord> {
    const why = parseInput(reasonSchema, reason, 'reason');
    return this.unitOfWork.run(proposalKey(proposalId), async () => {
      const proposal = await this.proposalsService.require(proposalId);
      if (proposal.status !== 'PUBLISHED' && proposal.status !== 'HIDDEN') {
        throw new ConflictError(`A suggestion that is ${proposal.status.toLowerCase()} cannot be hidden.`);
      }
      await this.moderation.record({
        action: 'HIDE',
        actorId: moderator._id,
        proposalId: proposal._id,
        targetId: null,
        reason: why,
      });
      if (proposal.status === 'PUBLISHED') {
        await this.events.publish(
          {
            type: 'PROPOSAL_HIDDEN',
            proposalId,
            title: proposal.title,
            actorId: moderator._id.toHexString(),
          },
          hiddenEventKey(proposal),
        );
      }
      await this.proposals.update(proposal._id, { status: 'HIDDEN', statusReason: why, autoHidden: false });
      return this.proposalsService.require(proposalId);
    });
  }

  /** Publishes a hidden proposal again; from then on flags no longer hide it by themselves. */
  unhide(moderator: User, proposalId: string): Promise<ProposalRecord> {
    return this.unitOfWork.run(proposalKey(proposalId), async () => {
      const proposal = await this.proposalsService.require(proposalId);
      if (proposal.status !== 'HIDDEN') {
        throw new ConflictError('This suggestion is not hidden.');
      }
      await this.proposals.update(proposal._id, {
        status: 'PUBLISHED',
        statusReason: null,
        moderatorCleared: true,
        autoHidden: false,
      });
      await this.moderation.record({
        action: 'UNHIDE',
        actorId: moderator._id,
        proposalId: proposal._id,
        targetId: null,
        reason: null,
      });
      return this.proposalsService.require(proposalId);
    });
  }

  /**
   * A moderator finds a reported, still published suggestion fine: it leaves the queue, and from
   * then on flags no longer hide it by themselves (as after an unhide).
   */
  clearFlags(moderator: User, proposalId: string): Promise<ProposalRecord> {
    return this.unitOfWork.run(proposalKey(proposalId), async () => {
      const proposal = await this.proposalsService.require(proposalId);
      if (proposal.status !== 'PUBLISHED') {
        throw new ConflictError('Only the reports of a published suggestion can be cleared.');
      }
      if (!proposal.moderatorCleared) {
        await this.moderation.record({
          action: 'CLEAR_FLAGS',
          actorId: moderator._id,
          proposalId: proposal._id,
          targetId: null,
          reason: null,
        });
        await this.proposals.update(proposal._id, { moderatorCleared: true });
      }
      return this.proposalsService.require(proposalId);
    });
  }

  /** The moderators' queue: reported suggestions no moderator has decided on, most flags first. */
  async flagged(request: PageRequest): Promise<Connection<ProposalRecord>> {
    const page = resolvePageRequest(request);
    const { proposals, totalCount } = await this.proposals.flaggedPage(page.after, page.limit + 1);
    return buildConnection(proposals, page, totalCount, (proposal) => ({
      key: proposal.flagCount,
      id: proposal._id.toHexString(),
    }));
  }

  /**
   * Marks `proposalId` as a duplicate of `intoId` and moves its votes there. Running it again
   * for the same pair finishes an interrupted merge.
   */
  async merge(moderator: User, proposalId: string, intoId: string): Promise<ProposalRecord> {
    if (proposalId === intoId) {
      throw new InvalidInputError('intoId: a suggestion cannot be merged into itself', 'intoId');
    }
    const keys = [proposalKey(proposalId), proposalKey(intoId)];
    const [source, target] = await this.unitOfWork.run(keys, async () => {
      const duplicate = await this.proposalsService.require(proposalId);
      const into = await this.proposalsService.require(intoId);
      if (into.status !== 'PUBLISHED') {
        throw new ConflictError(
          `The target suggestion is ${into.status.toLowerCase()}; merge into a published one.`,
        );
      }
      const resuming = duplicate.status === 'MERGED' && duplicate.mergedInto?.equals(into._id) === true;
      if (duplicate.status === 'MERGED' && !resuming) {
        throw new ConflictError('This suggestion was merged into another one already.');
      }
      // A merged suggestion is public again; a hidden or withdrawn one must stay out of sight.
      if (duplicate.status === 'HIDDEN' || duplicate.status === 'WITHDRAWN') {
        throw new ConflictError(
          `A suggestion that is ${duplicate.status.toLowerCase()} cannot be merged; it stays out of sight.`,
        );
      }
      if (!resuming) {
        await this.proposals.update(duplicate._id, {
          status: 'MERGED',
          mergedInto: into._id,
          statusReason: null,
        });
      }
      return [duplicate, into] as const;
    });
    await this.votes.moveVotes(source, target);
    await this.moderation.record({
      action: 'MERGE',
      actorId: moderator._id,
      proposalId: source._id,
      targetId: target._id,
      reason: null,
    });
    await this.events.publish(
      {
        type: 'PROPOSAL_MERGED',
        proposalId,
        intoId,
        title: source.title,
        actorId: moderator._id.toHexString(),
      },
      `proposal-merged:${proposalId}:${intoId}`,
    );
    return this.proposalsService.require(proposalId);
  }

  async auditLog(args: { first?: number | null; after?: string | null }): Promise<Connection<AuditRecord>> {
    const page = resolvePageRequest(args);
    const { entries, totalCount } = await this.moderation.page(page.after, page.limit + 1);
    return buildConnection(entries, page, totalCount, (entry) => ({
      key: entry.at.getTime(),
      id: entry._id.toHexString(),
    }));
  }
}
