import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import { REMOVED_MEMBER_ID } from '@app/accounts';
import { UnitOfWork } from '@app/database';
import { commentKey } from './comment-keys';
import { CommentVotesService } from './comment-votes.service';
import { CommentFlagsRepository } from './comment-flags.repository';
import { CommentVotesRepository } from './comment-votes.repository';
import { CommentsRepository } from './comments.repository';

/**
 * The discussion's part of an account deletion (libs/privacy, docs/PRIVACY.md): the member's votes
 * and reports go, with the counters of the comments they were on recounted in each comment's unit
 * of work; their comments stay, written by the removed member. Each step is safe to run again.
 */
@Injectable()
export class PersonalCommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly votes: CommentVotesRepository,
    private readonly flags: CommentFlagsRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly commentVotes: CommentVotesService,
  ) {}

  /**
   * Removes every vote of the member on a comment and recounts that comment. Passes again until
   * none is left: a vote whose request passed the guard before the account was blocked may land
   * after the first pass.
   */
  async removeVotesOf(userId: Types.ObjectId): Promise<number> {
    let removed = 0;
    for (
      let votes = await this.votes.ofVoter(userId);
      votes.length > 0;
      votes = await this.votes.ofVoter(userId)
    ) {
      for (const vote of votes) {
        await this.unitOfWork.run(
          commentKey(vote.commentId),
          async () => {
            await this.votes.delete(vote._id);
            await this.commentVotes.recount(vote.commentId);
          },
          { repair: () => this.commentVotes.recount(vote.commentId) },
        );
        removed += 1;
      }
    }
    return removed;
  }

  /**
   * Removes every report of the member and recounts each comment's reports. A comment hidden
   * automatically stays hidden: moderators decide on it, as on any other.
   */
  async removeFlagsOf(userId: Types.ObjectId): Promise<number> {
    let removed = 0;
    for (
      let flags = await this.flags.ofMember(userId);
      flags.length > 0;
      flags = await this.flags.ofMember(userId)
    ) {
      for (const flag of flags) {
        await this.unitOfWork.run(
          commentKey(flag.commentId),
          async () => {
            await this.flags.delete(flag._id);
            await this.recountFlags(flag.commentId);
          },
          { repair: () => this.recountFlags(flag.commentId) },
        );
        removed += 1;
      }
    }
    return removed;
  }

  /** Gives the member's comments the removed member as author; their text stays. */
  async detachAuthor(userId: Types.ObjectId): Promise<number> {
    const authored = await this.comments.authoredBy(userId);
    for (const id of authored) {
      await this.unitOfWork.run(commentKey(id), () =>
        this.comments.update(id, { authorId: REMOVED_MEMBER_ID }),
      );
    }
    return authored.length;
  }

  /** Inside the comment's unit of work. */
  private async recountFlags(commentId: Types.ObjectId): Promise<void> {
    await this.comments.update(commentId, { flagCount: await this.flags.count(commentId) });
  }
}
