import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Types } from 'mongoose';
import { AuthService, type User } from '@app/accounts';
import { InvalidInputError } from '@app/core';
import { PersonalCommentsService } from '@app/discussion';
import { PairwiseService, ProposalsService, VotesService } from '@app/proposals';
import type { AccountDeletionRecord } from './account-deletion.schema';
import { PERSONAL_COLLECTIONS as C } from './personal-data';
import { PersonalDataRepository, type StoredDocument } from './personal-data.repository';

/** The version of the export's shape; raised when a field changes meaning or goes away. */
export const EXPORT_FORMAT = 'kabinet-personal-data/1';

/** Reads every document of a cursor, converted; the cursor reads in batches. */
async function all<T>(
  documents: AsyncIterable<StoredDocument>,
  convert: (doc: StoredDocument) => T,
): Promise<T[]> {
  const converted: T[] = [];
  for await (const doc of documents) converted.push(convert(doc));
  return converted;
}

/** A document without its `_id` (an internal key that repeats the person's id). */
function withoutId(doc: StoredDocument): StoredDocument {
  const { _id, ...rest } = doc;
  return rest;
}

/** The rights to a copy of one's data and to erasure (docs/PRIVACY.md). */
@Injectable()
export class PrivacyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly data: PersonalDataRepository,
    private readonly auth: AuthService,
    private readonly votes: VotesService,
    private readonly pairwise: PairwiseService,
    private readonly proposals: ProposalsService,
    private readonly comments: PersonalCommentsService,
  ) {}

  /** Off the start-up path: deletions a crash cut short are finished in the background. */
  onApplicationBootstrap(): void {
    void this.finishPendingDeletions().then(
      (finished) => {
        if (finished > 0) this.logger.log(`Finished ${finished} account deletions cut short earlier.`);
      },
      (error: unknown) => this.logger.error(`Finishing account deletions failed: ${String(error)}`),
    );
  }

  /** Everything stored about the user, as one pretty-printed JSON document (docs/PRIVACY.md). */
  async exportData(user: User): Promise<string> {
    const userId = user._id;
    const hex = userId.toHexString();
    const document = {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      profile: {
        id: hex,
        email: user.email,
        displayName: user.displayName,
        organization: user.organization,
        sector: user.sector,
        language: user.language,
        emailVerifiedAt: user.emailVerifiedAt,
        roles: user.roles,
        blockedAt: user.blockedAt,
        blockedReason: user.blockedReason,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      suggestions: await all(
        this.data.each(
          C.proposals,
          { authorId: userId },
          {
            title: 1,
            body: 1,
            themeId: 1,
            tags: 1,
            language: 1,
            status: 1,
            statusReason: 1,
            mergedInto: 1,
            upvotes: 1,
            downvotes: 1,
            createdAt: 1,
            updatedAt: 1,
          },
        ),
        ({ _id, ...rest }) => ({ id: _id, ...rest }),
      ),
      votes: await all(
        this.data.each(
          C.votes,
          { userId },
          { proposalId: 1, value: 1, sector: 1, createdAt: 1, updatedAt: 1 },
        ),
        (vote) => ({
          proposalId: vote.proposalId,
          value: vote.value === 1 ? 'UP' : 'DOWN',
          sector: vote.sector,
          castAt: vote.createdAt,
          changedAt: vote.updatedAt,
        }),
      ),
      // Their own text, hidden or not; a deleted comment's text is gone for everyone.
      comments: await all(
        this.data.each(
          C.comments,
          { authorId: userId },
          {
            targetType: 1,
            targetId: 1,
            parentId: 1,
            alignment: 1,
            body: 1,
            status: 1,
            createdAt: 1,
            editedAt: 1,
          },
        ),
        ({ _id, ...rest }) => ({ id: _id, ...rest }),
      ),
      commentVotes: await all(
        this.data.each(C.commentVotes, { userId }, { commentId: 1, value: 1 }),
        (vote) => ({ commentId: vote.commentId, value: vote.value === 1 ? 'UP' : 'DOWN' }),
      ),
      commentFlags: await all(
        this.data.each(C.commentFlags, { userId }, { commentId: 1, reason: 1, createdAt: 1 }),
        withoutId,
      ),
      follows: await all(
        this.data.each(C.follows, { userId }, { targetType: 1, targetId: 1, active: 1 }),
        withoutId,
      ),
      notifications: await all(
        this.data.each(
          C.notifications,
          { userId },
          { type: 1, targetType: 1, targetId: 1, targetSlug: 1, params: 1, createdAt: 1, readAt: 1 },
        ),
        withoutId,
      ),
      notificationPreferences: await this.preferences(hex),
      pairwiseAnswers: await all(
        this.data.each(C.pairwiseAnswers, { memberId: userId }, { winnerId: 1, loserId: 1, createdAt: 1 }),
        (answer) => ({
          // `_id` is `<memberId>:<lowerId>:<higherId>`: the pair, whatever the choice.
          pair: String(answer._id).split(':').slice(1),
          chosen: answer.winnerId,
          answeredAt: answer.createdAt,
        }),
      ),
      flags: await all(
        this.data.each(C.flags, { userId }, { proposalId: 1, reason: 1, createdAt: 1 }),
        withoutId,
      ),
      listsCreated: await all(
        this.data.each(C.curatedLists, { createdBy: userId }, { slug: 1, createdAt: 1 }),
        ({ _id, ...rest }) => ({ id: _id, ...rest }),
      ),
      listVersionsPublished: await all(
        this.data.each(C.listVersions, { publishedBy: userId }, { listId: 1, version: 1, publishedAt: 1 }),
        withoutId,
      ),
      followUpsRecorded: await all(
        this.data.each(
          C.followUpEvents,
          { actorId: userId },
          {
            itemId: 1,
            listId: 1,
            at: 1,
            recordedAt: 1,
            fromStatus: 1,
            toStatus: 1,
            progress: 1,
            note: 1,
            link: 1,
          },
        ),
        withoutId,
      ),
      moderationActions: await all(
        this.data.each(
          C.auditLog,
          { actorId: userId },
          { at: 1, action: 1, proposalId: 1, targetId: 1, reason: 1 },
        ),
        withoutId,
      ),
      // When each sign-in began and until when it may be renewed; never the token hashes.
      signIns: await all(
        this.data.each(C.refreshTokens, { userId }, { createdAt: 1, expiresAt: 1 }),
        withoutId,
      ),
      pendingMail: await all(
        this.data.each(C.mailOutbox, { to: user.email }, { subject: 1, createdAt: 1, sentAt: 1 }),
        withoutId,
      ),
    };
    return JSON.stringify(document, null, 2);
  }

  /**
   * Deletes the account after checking the password (WRONG_PASSWORD). A record of the deletion is
   * written first and the account blocked with all its sign-ins revoked before anything else, so
   * it is unusable from then on; the rest (finishDeletion) is safe to run again after a crash.
   */
  async deleteAccount(user: User, password: string): Promise<void> {
    if (!(await this.auth.checkPassword(user, password))) {
      throw new InvalidInputError('The password is wrong.', 'password', 'WRONG_PASSWORD');
    }
    const record = await this.data.beginDeletion({
      _id: user._id.toHexString(),
      email: user.email,
      requestedAt: new Date(),
    });
    try {
      await this.auth.closeForDeletion(user._id);
    } catch (error) {
      // Refused (the last admin): nothing was removed, and no sweep may go on with it.
      await this.data.endDeletion(record._id);
      throw error;
    }
    await this.finishDeletion(record);
  }

  /** Finishes every deletion begun and not ended (start-up, `account:finish-deletions`). */
  async finishPendingDeletions(): Promise<number> {
    const pending = await this.data.pendingDeletions();
    for (const record of pending) {
      await this.auth.closeForDeletion(new Types.ObjectId(record._id));
      await this.finishDeletion(record);
    }
    return pending.length;
  }

  /**
   * Every step after the account was closed, each safe to run again: votes (counters moved back
   * in each suggestion's unit of work), pairwise answers (strengths refitted), votes on and
   * reports of comments (each comment recounted), what only names them, the author of their
   * suggestions and comments, and last their tokens and record.
   */
  private async finishDeletion(record: AccountDeletionRecord): Promise<void> {
    const userId = new Types.ObjectId(record._id);
    await this.votes.removeVotesOf(userId);
    await this.pairwise.removeAnswersOf(userId);
    await this.comments.removeVotesOf(userId);
    await this.comments.removeFlagsOf(userId);
    await this.removeDirectData(record);
    await this.proposals.detachAuthor(userId);
    await this.comments.detachAuthor(userId);
    await this.auth.eraseAccount(userId);
    // Again: a vote whose request passed the guard before the block follows its suggestion
    // after its vote was refused or removed (the follow is delivered off the vote's unit of work).
    await this.data.deleteWhere(C.follows, { userId });
    await this.data.endDeletion(record._id);
  }

  private async removeDirectData(record: AccountDeletionRecord): Promise<void> {
    const userId = new Types.ObjectId(record._id);
    await this.data.deleteWhere(C.follows, { userId });
    await this.data.deleteWhere(C.notifications, { userId });
    await this.data.deleteWhere(C.notificationPreferences, { _id: record._id });
    await this.data.deleteWhere(C.flags, { userId });
    await this.data.deleteWhere(C.accountTokens, { userId });
    await this.data.deleteWhere(C.mailOutbox, { to: record.email });
  }

  private async preferences(hex: string): Promise<StoredDocument | null> {
    const stored = await this.data.findById(C.notificationPreferences, hex);
    return stored === null ? null : withoutId(stored);
  }
}
