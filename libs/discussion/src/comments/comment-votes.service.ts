import { Injectable, Logger } from '@nestjs/common';
import { Types } from 'mongoose';
import type { User } from '@app/accounts';
import { ConflictError, ForbiddenError, orderByKeys, RequestLoader } from '@app/core';
import { UnitOfWork } from '@app/database';
import { wilsonLowerBound } from './best-score';
import type { CommentRecord, CommentVoteRecord } from './comment.schema';
import { commentKey } from './comment-keys';
import { commentVoteId, CommentVotesRepository } from './comment-votes.repository';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';

export interface CommentVoteOutcome {
  comment: CommentRecord;
  /** The voter's vote after the mutation; null after a retraction. */
  vote: CommentVoteRecord | null;
}

/**
 * Votes on comments, the way votes on suggestions work: the vote under `<commentId>:<userId>` is
 * the truth, and the comment's counters and BEST score move by the delta in its unit of work.
 */
@Injectable()
export class CommentVotesService {
  private readonly logger = new Logger(CommentVotesService.name);

  /** The viewer's votes, by vote id (`<commentId>:<userId>`), batched per request. */
  readonly voteLoader = new RequestLoader<string, CommentVoteRecord | null>(async (ids) =>
    orderByKeys(ids, await this.votes.findByIds(ids), (vote) => vote._id),
  );

  constructor(
    private readonly votes: CommentVotesRepository,
    private readonly repository: CommentsRepository,
    private readonly comments: CommentsService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The same value twice changes nothing; the other value flips the vote. */
  cast(user: User, commentId: string, up: boolean): Promise<CommentVoteOutcome> {
    return this.unitOfWork.run(commentKey(commentId), () => this.recordCast(user, commentId, up ? 1 : -1), {
      repair: () => this.repairCounters(commentId),
    });
  }

  async retract(user: User, commentId: string): Promise<CommentVoteOutcome> {
    const comment = await this.unitOfWork.run(
      commentKey(commentId),
      () => this.recordRetraction(user, commentId),
      { repair: () => this.repairCounters(commentId) },
    );
    return { comment, vote: null };
  }

  /**
   * Loads many votes at once (demo data, imports): inserts them (a vote that exists is kept), then
   * sets the counters of each comment they touch from one tally of its votes, in its unit of work.
   * The rules of `cast` (not on one's own, only on published comments) are the caller's to keep.
   */
  async importVotes(
    votes: readonly { commentId: Types.ObjectId; userId: Types.ObjectId; value: 1 | -1 }[],
    onProgress: () => void = () => undefined,
  ): Promise<void> {
    for (const vote of votes) {
      await this.votes.insert(vote.commentId, vote.userId, vote.value);
      onProgress();
    }
    const tally = await this.votes.tally(votes.map((vote) => vote.commentId));
    for (const [id, { up, down }] of tally) {
      await this.unitOfWork.run(commentKey(id), async () => {
        const comment = await this.repository.findById(id);
        if (comment !== null) {
          await this.setCounts(comment, up, down);
        }
      });
    }
  }

  /** Lets `myVote` in the same request answer from the vote just written. */
  primeViewerVote(request: object, user: User, outcome: CommentVoteOutcome): void {
    const key = commentVoteId(outcome.comment._id, user._id);
    this.voteLoader.for(request).clear(key).prime(key, outcome.vote);
  }

  /**
   * Inside the comment's unit of work: sets its counters from its votes; returns whether they
   * were wrong.
   */
  async recount(commentId: Types.ObjectId): Promise<boolean> {
    const comment = await this.repository.findById(commentId);
    if (comment === null) {
      return false;
    }
    const { up, down } = await this.votes.count(commentId);
    if (up === comment.upvotes && down === comment.downvotes) {
      return false;
    }
    await this.setCounts(comment, up, down);
    return true;
  }

  /** Inside the comment's unit of work, after a vote failed part-way. */
  private async repairCounters(commentId: string): Promise<void> {
    if (!Types.ObjectId.isValid(commentId)) return;
    if (await this.recount(new Types.ObjectId(commentId))) {
      this.logger.warn(`Vote counters of comment ${commentId} repaired after a failed write.`);
    }
  }

  /** Inside the comment's unit of work. */
  private async recordCast(user: User, commentId: string, wanted: 1 | -1): Promise<CommentVoteOutcome> {
    const comment = await this.votable(user, commentId);
    // Insert first: most votes are first votes, and the unique _id tells whether one exists.
    const inserted = await this.votes.insert(comment._id, user._id, wanted);
    if (inserted !== null) {
      const up = wanted === 1 ? 1 : 0;
      return { comment: await this.moveCounts(comment, up, 1 - up), vote: inserted };
    }
    const existing = await this.votes.find(comment._id, user._id);
    if (existing === null) {
      // Retracted by another API process between the insert and the read.
      throw new ConflictError('Your vote changed while it was being saved; try again.', 'CHANGED_MEANWHILE');
    }
    if (existing.value === wanted) {
      return { comment, vote: existing };
    }
    await this.votes.setValue(existing._id, wanted);
    return {
      comment: await this.moveCounts(comment, wanted, -wanted),
      vote: { ...existing, value: wanted },
    };
  }

  /** Inside the comment's unit of work. */
  private async recordRetraction(user: User, commentId: string): Promise<CommentRecord> {
    const comment = await this.votable(user, commentId);
    const existing = await this.votes.find(comment._id, user._id);
    if (existing === null || !(await this.votes.delete(existing._id))) {
      return comment;
    }
    return existing.value === 1 ? this.moveCounts(comment, -1, 0) : this.moveCounts(comment, 0, -1);
  }

  /** Inside the comment's unit of work. */
  private moveCounts(comment: CommentRecord, up: number, down: number): Promise<CommentRecord> {
    return this.setCounts(comment, comment.upvotes + up, comment.downvotes + down);
  }

  /** Inside the comment's unit of work. */
  private async setCounts(
    comment: CommentRecord,
    upvotes: number,
    downvotes: number,
  ): Promise<CommentRecord> {
    const counts = { upvotes, downvotes, bestScore: wilsonLowerBound(upvotes, downvotes) };
    await this.repository.update(comment._id, counts);
    return { ...comment, ...counts };
  }

  /**
   * Inside the comment's unit of work: votes go only on others' published comments on an open
   * target, from members who are not blocked (read again: the guard read them when the request began).
   */
  private async votable(user: User, commentId: string): Promise<CommentRecord> {
    const comment = await this.comments.requireOpen(user, commentId);
    if (comment.status !== 'PUBLISHED') {
      throw new ForbiddenError(
        'This comment is hidden or deleted; votes are closed.',
        'COMMENT_NOT_PUBLISHED',
      );
    }
    if (comment.authorId.equals(user._id)) {
      throw new ForbiddenError('You cannot vote on your own comment.', 'OWN_COMMENT');
    }
    return comment;
  }
}
