import { Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError } from '@app/core';
import { CuratedListsService, FollowUpService } from '@app/curation';
import { LiveUpdates } from '@app/events';
import { canReadProposal, ProposalsService } from '@app/proposals';
import type { CommentRecord, CommentTargetType } from './comment.schema';
import { COMMENT_ADDED } from './comments.service';

/** A target anyone may read: a suggestion (no slug) or an item of a published list (its slug). */
interface PublicTarget {
  targetType: CommentTargetType;
  listSlug: string | null;
}

/**
 * The live stream of new comments (commentAdded): public targets only, checked when a reader
 * subscribes and again for each comment sent, since a target may be hidden in between.
 */
@Injectable()
export class CommentFeed {
  constructor(
    private readonly live: LiveUpdates,
    private readonly proposals: ProposalsService,
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
  ) {}

  /**
   * Every new published comment, to be filtered by `deliverable`. The id must be one the API
   * gives out and its target public now: any other would be accepted and never hear anything.
   */
  async subscribe(targetId: string): Promise<AsyncIterableIterator<CommentRecord>> {
    if (!/^[0-9a-f]{24}$/.test(targetId)) {
      throw new InvalidInputError('targetId: is not a valid id', 'targetId', 'INVALID_ID');
    }
    if ((await this.publicTarget(targetId)) === null) {
      throw new NotFoundError('Suggestion or list item', targetId);
    }
    return this.live.asyncIterableIterator<CommentRecord>(COMMENT_ADDED);
  }

  /**
   * For a comment on `targetId` that is published and whose target is still public: the slug
   * of the item's list (null for a suggestion); undefined when it must not be sent.
   */
  async deliverable(
    comment: CommentRecord,
    targetId: string,
  ): Promise<{ listSlug: string | null } | undefined> {
    if (comment.targetId !== targetId || comment.status !== 'PUBLISHED') {
      return undefined;
    }
    const target = await this.publicTarget(targetId);
    return target?.targetType === comment.targetType ? { listSlug: target.listSlug } : undefined;
  }

  /** A suggestion readable by anyone, or an item of the latest published version of its list. */
  private async publicTarget(targetId: string): Promise<PublicTarget | null> {
    const [proposal] = await this.proposals.findMany([targetId]);
    if (proposal !== undefined) {
      return canReadProposal(null, proposal) ? { targetType: 'PROPOSAL', listSlug: null } : null;
    }
    // Every item of a published version has a follow-up under its own id, naming its list.
    const [followUp] = await this.followUps.findFollowUps([targetId]);
    const view =
      followUp === undefined ? null : await this.lists.findById(null, followUp.listId.toHexString());
    return view?.content.items.some((item) => item.id === targetId) === true
      ? { targetType: 'LIST_ITEM', listSlug: view.list.slug }
      : null;
  }
}
