import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Types } from 'mongoose';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';
import type { User } from '@app/accounts';
import { DataMigrations, UnitOfWork } from '@app/database';
import { proposalKey } from '../proposals/proposal-key';
import type { ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { onlineUpdate, type Outcome, refit, type Strength } from './bradley-terry';
import { PAIR_TOKEN_TTL_MS, PairTokens } from './pair-token';
import { type Contender, drawPair, drawUnansweredPair } from './pair-selection';
import { pairwiseAnswerId } from './pairwise-answer.schema';
import { PairwiseRepository } from './pairwise.repository';
import { PairwiseStandings } from './pairwise-standings';

export type PairChoice = 'LEFT' | 'RIGHT' | 'SKIP';

export interface OfferedPair {
  token: string;
  left: ProposalRecord;
  right: ProposalRecord;
}

/** One answer to import: `winnerId` one of `pair`, or null for a skip. */
export interface ImportedPairwiseAnswer {
  memberId: Types.ObjectId;
  pair: readonly [Types.ObjectId, Types.ObjectId];
  winnerId: Types.ObjectId | null;
}

export interface RefitReport {
  answers: number;
  changed: number;
}

/** Random pairs tried, each checked by primary key, before reading all of the member's answers. */
const RANDOM_ATTEMPTS = 12;
/** The data migration that gives suggestions stored before pairwise ranking its fields. */
export const PAIRWISE_MIGRATION = 'proposals:pairwise-fields';

function strengthOf(proposal: ProposalRecord): Strength {
  return { strength: proposal.scores.pairwise ?? 0, comparisons: proposal.pairwiseComparisons ?? 0 };
}

/**
 * "Which should the minister hear first?": pairs of published suggestions for members to
 * compare, and the Bradley–Terry strengths their answers give (docs/RANKING.md). A member never
 * gets their own suggestion in a pair, as they may not vote on it either.
 */
@Injectable()
export class PairwiseService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PairwiseService.name);

  constructor(
    private readonly answers: PairwiseRepository,
    private readonly proposals: ProposalsRepository,
    private readonly standings: PairwiseStandings,
    private readonly tokens: PairTokens,
    private readonly unitOfWork: UnitOfWork,
    private readonly migrations: DataMigrations,
  ) {}

  /** Once per database (DataMigrations): it scans the whole collection, and later writes set the fields. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const filled = await this.migrations.runOnce(PAIRWISE_MIGRATION, () =>
        this.proposals.backfillPairwise(),
      );
      if (filled !== null && filled > 0)
        this.logger.log(`Pairwise strength set to the prior on ${filled} suggestions.`);
    } catch (error) {
      // Reads treat a missing strength as the prior's; the next start tries again.
      this.logger.warn(`Pairwise backfill not done: ${String(error)}`);
    }
  }

  /** Two published suggestions (of `themeId` when given) the member has not compared yet. */
  async nextPair(user: User, themeId?: string | null): Promise<OfferedPair> {
    if (themeId != null && !Types.ObjectId.isValid(themeId)) {
      throw new InvalidInputError('themeId: is not a valid id', 'themeId', 'INVALID_ID');
    }
    const snapshot = await this.standings.current();
    const contenders: Contender[] = snapshot.contenders(
      themeId == null ? undefined : new Types.ObjectId(themeId).toHexString(),
      user._id.toHexString(),
    );
    for (let attempt = 0; attempt < RANDOM_ATTEMPTS; attempt += 1) {
      const pair = drawPair(contenders, Math.random);
      if (pair === null) break;
      const [left, right] = pair.map((contender) => new Types.ObjectId(contender.id)) as [
        Types.ObjectId,
        Types.ObjectId,
      ];
      if (await this.answers.answered(user._id, left, right)) continue;
      const offered = await this.offer(user, left, right);
      if (offered !== null) return offered;
    }
    // Most pairs drawn were answered: choose among the pairs left, from all of the member's answers.
    const answered = await this.answers.answeredPairs(user._id);
    let remaining = contenders;
    for (;;) {
      const pair = drawUnansweredPair(remaining, Math.random, answered);
      if (pair === null) {
        throw new NotFoundError(
          'ProposalPair',
          undefined,
          'NO_PAIR_LEFT',
          'There is no pair of suggestions left for you to compare.',
        );
      }
      const offered = await this.offer(user, new Types.ObjectId(pair[0].id), new Types.ObjectId(pair[1].id));
      if (offered !== null) return offered;
      // One of them stopped being published since the standings were read.
      const published = await Promise.all(pair.map((contender) => this.published(contender.id)));
      remaining = remaining.filter(
        (contender) => !pair.some((p, i) => p.id === contender.id && published[i] === null),
      );
    }
  }

  /**
   * Records the member's answer to a pair from nextPair. The same pair answered again (by the
   * same token or another) counts once; SKIP is recorded, so the pair is not offered again, and
   * moves no strength.
   */
  async comparePair(user: User, token: string, choice: PairChoice): Promise<boolean> {
    const claims = this.tokens.verify(token, user._id.toHexString());
    const [left, right] = await Promise.all([this.published(claims.leftId), this.published(claims.rightId)]);
    if (left === null || right === null) {
      throw new ForbiddenError(
        'One of these suggestions is no longer published; ask for a new pair.',
        'NOT_PUBLISHED',
      );
    }
    const winnerId = choice === 'LEFT' ? left._id : choice === 'RIGHT' ? right._id : null;
    await this.answers.insert({ memberId: user._id, pair: [left._id, right._id], winnerId });
    if (winnerId !== null) {
      // Also after a duplicate insert: a first attempt may have stopped between insert and update.
      await this.applyAnswer(pairwiseAnswerId(user._id, left._id, right._id), [left._id, right._id]);
    }
    return true;
  }

  /** The 0–100 figure of a suggestion; null when it is not published or was never compared. */
  async pairwiseScore(proposalId: string): Promise<number | null> {
    return (await this.standings.current()).chance(proposalId);
  }

  /**
   * Loads many answers at once (demo data): inserted as comparePair would (an answer that exists
   * is kept), then the new ones applied in the given order by the same online update, so the
   * strengths end as if they had been answered one by one.
   */
  async importAnswers(answers: readonly ImportedPairwiseAnswer[]): Promise<void> {
    const toApply: { id: string; winner: string; loser: string }[] = [];
    for (const answer of answers) {
      const inserted = await this.answers.insert(answer);
      const winner = answer.winnerId;
      if (inserted && winner !== null) {
        const loser = answer.pair.find((id) => !id.equals(winner)) ?? answer.pair[1];
        toApply.push({
          id: pairwiseAnswerId(answer.memberId, answer.pair[0], answer.pair[1]),
          winner: winner.toHexString(),
          loser: loser.toHexString(),
        });
      }
    }
    const touched = [...new Set(toApply.flatMap(({ winner, loser }) => [winner, loser]))];
    await this.unitOfWork.run(touched.map(proposalKey), async () => {
      const records = new Map<string, ProposalRecord>();
      for (const id of touched) {
        const proposal = await this.proposals.findById(id);
        if (proposal !== null) records.set(id, proposal);
      }
      const strengths = new Map([...records].map(([id, proposal]) => [id, strengthOf(proposal)]));
      for (const { id, winner, loser } of toApply) {
        const [before, after] = [strengths.get(winner), strengths.get(loser)];
        if (before === undefined || after === undefined) continue;
        const updated = onlineUpdate(before, after);
        strengths.set(winner, updated.winner);
        strengths.set(loser, updated.loser);
        await this.answers.markApplied(id);
      }
      for (const [id, proposal] of records) {
        const strength = strengths.get(id) ?? strengthOf(proposal);
        await this.proposals.setPairwise(proposal, strength.strength, strength.comparisons);
      }
    });
    this.standings.invalidate();
  }

  /**
   * Removes a deleted member's answers, then refits every strength without them (their answers
   * moved the strengths online; only a refit takes that out). It refits also when none were left
   * to remove: a deletion resumed after a crash between the two steps still needs it.
   */
  async removeAnswersOf(memberId: Types.ObjectId): Promise<number> {
    const removed = await this.answers.deleteOfMember(memberId);
    await this.refitAll();
    return removed;
  }

  /**
   * Sets every suggestion's strength to the maximum a posteriori estimate from all answers (the
   * online updates approximate it, in the order answers came); a repair after lost updates.
   */
  async refitAll(): Promise<RefitReport> {
    const outcomes: Outcome[] = [];
    const answerIds: string[] = [];
    for await (const answer of this.answers.outcomes()) {
      if (answer.winnerId === null || answer.loserId === null) continue;
      outcomes.push({ winner: answer.winnerId.toHexString(), loser: answer.loserId.toHexString() });
      if (!answer.applied) answerIds.push(answer._id);
    }
    const fitted = refit(outcomes);
    let changed = 0;
    for (const id of await this.proposals.allIds()) {
      const hex = id.toHexString();
      const target = fitted.get(hex) ?? { strength: 0, comparisons: 0 };
      changed += await this.unitOfWork.run(proposalKey(hex), async () => {
        const proposal = await this.proposals.findById(hex);
        if (proposal === null) return 0;
        const current = strengthOf(proposal);
        if (current.strength === target.strength && current.comparisons === target.comparisons) return 0;
        await this.proposals.setPairwise(proposal, target.strength, target.comparisons);
        return 1;
      });
    }
    for (const id of answerIds) await this.answers.markApplied(id);
    this.standings.invalidate();
    return { answers: outcomes.length, changed };
  }

  private async offer(user: User, left: Types.ObjectId, right: Types.ObjectId): Promise<OfferedPair | null> {
    const [leftRecord, rightRecord] = await Promise.all([this.published(left), this.published(right)]);
    if (leftRecord === null || rightRecord === null) return null;
    const token = this.tokens.sign({
      memberId: user._id.toHexString(),
      leftId: left.toHexString(),
      rightId: right.toHexString(),
      expiresAt: Date.now() + PAIR_TOKEN_TTL_MS,
    });
    return { token, left: leftRecord, right: rightRecord };
  }

  private async published(id: string | Types.ObjectId): Promise<ProposalRecord | null> {
    const proposal = await this.proposals.findById(id);
    return proposal?.status === 'PUBLISHED' ? proposal : null;
  }

  /** Applies a stored answer to both strengths, once, in both suggestions' unit of work. */
  private applyAnswer(answerId: string, pair: readonly [Types.ObjectId, Types.ObjectId]): Promise<void> {
    const keys = pair.map(proposalKey);
    const apply = (): Promise<void> => this.recordAnswer(answerId);
    return this.unitOfWork.run(keys, apply, { repair: apply });
  }

  /** Inside the unit of work of the answer's two suggestions. */
  private async recordAnswer(answerId: string): Promise<void> {
    const answer = await this.answers.findById(answerId);
    if (answer === null || answer.applied || answer.winnerId === null || answer.loserId === null) return;
    const [winner, loser] = await Promise.all([
      this.proposals.findById(answer.winnerId),
      this.proposals.findById(answer.loserId),
    ]);
    if (winner !== null && loser !== null) {
      const updated = onlineUpdate(strengthOf(winner), strengthOf(loser));
      await this.proposals.setPairwise(winner, updated.winner.strength, updated.winner.comparisons);
      await this.proposals.setPairwise(loser, updated.loser.strength, updated.loser.comparisons);
      this.standings.record(winner._id.toHexString(), updated.winner.strength, updated.winner.comparisons);
      this.standings.record(loser._id.toHexString(), updated.loser.strength, updated.loser.comparisons);
    }
    await this.answers.markApplied(answerId);
  }
}
