import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Types } from 'mongoose';
import { REMOVED_MEMBER_ID, type User } from '@app/accounts';
import {
  buildConnection,
  type Connection,
  InvalidInputError,
  NotFoundError,
  type PageRequest,
  resolvePageRequest,
} from '@app/core';
import { CuratedListsService, type ListView } from '@app/curation';
import { type DeliveredEvent, type DomainEvent, DomainEvents, LiveUpdates } from '@app/events';
import { canReadProposal, type ProposalRecord, ProposalsService } from '@app/proposals';
import type { FollowTarget, NotificationRecord, NotificationType } from './notifications.schema';
import { NotificationsRepository } from './notifications.repository';
import { NotificationMailer } from './mail/notification-mailer';

/** Something a user follows, as their profile page lists it. */
export interface FollowedTarget {
  targetType: FollowTarget;
  targetId: string;
  proposal: ProposalRecord | null;
  list: ListView | null;
}

/** The LiveUpdates topic with each new notification. */
export const NOTIFICATION_ADDED = 'notificationAdded';

interface Fanout {
  type: NotificationType;
  targetType: FollowTarget;
  targetId: string;
  targetSlug: string | null;
  params: NotificationRecord['params'];
  /** What the authors of `proposalIds` are told instead of `params`, if it differs. */
  authorParams?: NotificationRecord['params'];
  /** Whose followers hear about it. */
  followedIds: string[];
  /** Whose authors hear about it even if they unfollowed. */
  proposalIds: string[];
  actorId: string | null;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly events: DomainEvents,
    private readonly live: LiveUpdates,
    private readonly proposals: ProposalsService,
    private readonly lists: CuratedListsService,
    private readonly mail: NotificationMailer,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.handle(event));
  }

  async follow(user: User, targetId: string, active: boolean): Promise<void> {
    const targetType = await this.targetType(user, targetId, active);
    await this.repository.setFollowing(targetId, targetType, user._id, active);
  }

  isFollowing(user: User, targetId: string): Promise<boolean> {
    return this.repository.isFollowing(targetId, user._id);
  }

  /**
   * What the user follows, newest target first: each with its suggestion (null when they may no
   * longer read it) or its list (null while it has no published version).
   */
  async followedBy(user: User, request: PageRequest): Promise<Connection<FollowedTarget>> {
    const page = resolvePageRequest(request);
    const follows = await this.repository.activeFollowsOf(user._id);
    const start =
      page.after === null ? 0 : follows.findIndex((follow) => follow.targetId === page.after?.id) + 1;
    const shown = follows.slice(start, start + page.limit + 1);
    const proposals = await this.proposals.findMany(
      shown.filter((follow) => follow.targetType === 'PROPOSAL').map((follow) => follow.targetId),
    );
    const readable = new Map(
      proposals
        .filter((proposal) => canReadProposal(user, proposal))
        .map((proposal) => [proposal._id.toHexString(), proposal]),
    );
    const targets = await Promise.all(
      shown.map(async (follow): Promise<FollowedTarget> => ({
        targetType: follow.targetType,
        targetId: follow.targetId,
        proposal: readable.get(follow.targetId) ?? null,
        list: follow.targetType === 'LIST' ? await this.lists.findById(user, follow.targetId) : null,
      })),
    );
    return buildConnection(targets, page, follows.length, (target) => ({
      key: target.targetId,
      id: target.targetId,
    }));
  }

  async list(
    user: User,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<Connection<NotificationRecord>> {
    const page = resolvePageRequest(args);
    const { notifications, totalCount } = await this.repository.page(
      user._id,
      args.unreadOnly ?? false,
      page.after,
      page.limit + 1,
    );
    return buildConnection(notifications, page, totalCount, (notification) => ({
      key: notification.createdAt.getTime(),
      id: notification._id.toHexString(),
    }));
  }

  unreadCount(user: User): Promise<number> {
    return this.repository.countUnread(user._id);
  }

  markRead(user: User, ids: readonly string[]): Promise<number> {
    const invalid = ids.find((id) => !Types.ObjectId.isValid(id));
    if (invalid !== undefined) {
      throw new InvalidInputError(`ids: ${invalid} is not a notification id`, 'ids', 'INVALID_ID');
    }
    return this.repository.markRead(
      user._id,
      ids.map((id) => new Types.ObjectId(id)),
    );
  }

  /** Runs off the request path for every stored domain event; safe to run twice for one event. */
  private async handle(event: DeliveredEvent): Promise<void> {
    switch (event.type) {
      case 'PROPOSAL_SUBMITTED':
        await this.repository.followIfNew(event.proposalId, 'PROPOSAL', new Types.ObjectId(event.authorId));
        return;
      case 'VOTE_CAST':
        await this.repository.followIfNew(event.proposalId, 'PROPOSAL', new Types.ObjectId(event.userId));
        return;
      case 'PROPOSAL_HIDDEN':
        // Its title is no longer public: only its author reads it in the message.
        await this.fanOut(event.eventId, {
          type: event.type,
          targetType: 'PROPOSAL',
          targetId: event.proposalId,
          targetSlug: null,
          params: {},
          authorParams: { title: event.title },
          followedIds: [event.proposalId],
          proposalIds: [event.proposalId],
          actorId: event.actorId,
        });
        return;
      case 'PROPOSAL_MERGED':
        await this.fanOut(event.eventId, {
          type: event.type,
          targetType: 'PROPOSAL',
          targetId: event.proposalId,
          targetSlug: null,
          params: { title: event.title },
          followedIds: [event.proposalId],
          proposalIds: [event.proposalId],
          actorId: event.actorId,
        });
        return;
      case 'LIST_PUBLISHED':
        await this.fanOut(event.eventId, {
          type: 'LIST_PUBLISHED',
          targetType: 'LIST',
          targetId: event.listId,
          targetSlug: event.slug,
          params: { title: event.title, version: event.version },
          followedIds: [event.listId, ...event.proposalIds],
          proposalIds: event.proposalIds,
          actorId: event.actorId,
        });
        return;
      case 'FOLLOW_UP_RECORDED':
        await this.fanOut(event.eventId, {
          type: 'FOLLOW_UP_RECORDED',
          targetType: 'LIST',
          targetId: event.listId,
          targetSlug: event.slug,
          params: { itemTitle: event.itemTitle, statusNl: event.statusNl, statusEn: event.statusEn },
          followedIds: [event.listId, ...event.proposalIds],
          proposalIds: event.proposalIds,
          actorId: event.actorId,
        });
        return;
      case 'COMMENT_ADDED':
        await this.commentAdded(event);
        return;
    }
  }

  /**
   * The commenter follows what they discussed (for a list item: the list) unless they unfollowed
   * it; the thread's author hears of a reply even if they unfollowed, and the target's followers
   * of new comments, at most once per target and hour (the batch is the notification's unique
   * key). Only while the target is public: the title is in the message, the body never is.
   */
  private async commentAdded(event: Extract<DeliveredEvent, { type: 'COMMENT_ADDED' }>): Promise<void> {
    const onList = event.targetType === 'LIST_ITEM';
    const followed = onList ? event.listId : event.targetId;
    if (followed === null) {
      return;
    }
    const targetType: FollowTarget = onList ? 'LIST' : 'PROPOSAL';
    const authorId = new Types.ObjectId(event.authorId);
    await this.repository.followIfNew(followed, targetType, authorId);
    if (!(await this.isPublicTarget(event))) {
      return;
    }
    const common = {
      targetType,
      targetId: followed,
      targetSlug: onList ? event.slug : null,
      params: { title: event.targetTitle },
    };
    const skipped = new Set([event.authorId, REMOVED_MEMBER_ID.toHexString()]);
    const replyTo = event.parentAuthorId;
    if (replyTo !== null && !skipped.has(replyTo)) {
      await this.deliver('COMMENT_REPLY', [new Types.ObjectId(replyTo)], (userId) => ({
        ...common,
        key: `${event.eventId}:${userId}`,
      }));
      // Told of the reply instead: no second notification for the same comment.
      skipped.add(replyTo);
    }
    const followers = (await this.repository.followers([followed])).filter(
      (id) => !skipped.has(id.toHexString()),
    );
    // The comment's own creation hour (its id's time), so a retried event lands in the same batch.
    const hour = new Types.ObjectId(event.commentId).getTimestamp().toISOString().slice(0, 13);
    await this.deliver('COMMENT_ADDED', followers, (userId) => ({
      ...common,
      key: `comment:${event.targetId}:${hour}:${userId}`,
    }));
  }

  /** A suggestion anyone may read, or an item of a list's latest published version. */
  private async isPublicTarget(event: Extract<DomainEvent, { type: 'COMMENT_ADDED' }>): Promise<boolean> {
    if (event.targetType === 'PROPOSAL') {
      const [proposal] = await this.proposals.findMany([event.targetId]);
      return proposal !== undefined && canReadProposal(null, proposal);
    }
    const view = event.listId === null ? null : await this.lists.findById(null, event.listId);
    return view?.content.items.some((item) => item.id === event.targetId) ?? false;
  }

  private async fanOut(eventId: string, fanout: Fanout): Promise<void> {
    const [followers, proposals] = await Promise.all([
      this.repository.followers(fanout.followedIds),
      this.proposals.findMany(fanout.proposalIds),
    ]);
    const recipients = new Map(
      [...followers, ...proposals.map((p) => p.authorId)].map((id) => [id.toHexString(), id]),
    );
    const authors = new Set(proposals.map((p) => p.authorId.toHexString()));
    if (fanout.actorId !== null) {
      recipients.delete(fanout.actorId);
    }
    // The author of a deleted account's suggestions: nobody to tell.
    recipients.delete(REMOVED_MEMBER_ID.toHexString());
    await this.deliver(fanout.type, [...recipients.values()], (key) => ({
      key: `${eventId}:${key}`,
      targetType: fanout.targetType,
      targetId: fanout.targetId,
      targetSlug: fanout.targetSlug,
      params: (authors.has(key) ? fanout.authorParams : undefined) ?? fanout.params,
    }));
  }

  /**
   * Stores one notification of `type` per recipient under its key (an existing key adds nothing),
   * tells live subscribers of each new one, and mails it to those who want this kind at once.
   */
  private async deliver(
    type: NotificationType,
    recipients: readonly Types.ObjectId[],
    notificationFor: (
      userId: string,
    ) => Pick<NotificationRecord, 'key' | 'targetType' | 'targetId' | 'targetSlug' | 'params'>,
  ): Promise<void> {
    const mailNow = await this.mail.immediateRecipients(recipients, type);
    for (const userId of recipients) {
      const hex = userId.toHexString();
      const notification = {
        ...notificationFor(hex),
        userId,
        type,
        createdAt: new Date(),
        readAt: null,
        mailedAt: null,
        digestDay: null,
      };
      const stored = await this.repository.insert(notification);
      if (stored !== null) {
        await this.live.publish(NOTIFICATION_ADDED, stored);
      }
      const user = mailNow.get(hex);
      if (user !== undefined) {
        // A retried event finds the notification it stored, and mails it if that was cut short.
        const toMail = stored ?? (await this.repository.findByKey(notification.key));
        if (toMail !== null) {
          await this.mail.sendNow(user, toMail);
        }
      }
    }
  }

  /**
   * A suggestion hidden from the user is NOT_FOUND, as if it did not exist, except to unfollow
   * one they follow.
   */
  private async targetType(user: User, targetId: string, active: boolean): Promise<FollowTarget> {
    const [proposal] = await this.proposals.findMany([targetId]);
    if (
      proposal !== undefined &&
      (canReadProposal(user, proposal) ||
        (!active && (await this.repository.isFollowing(targetId, user._id))))
    ) {
      return 'PROPOSAL';
    }
    if (proposal !== undefined) {
      throw new NotFoundError('Suggestion or list', targetId);
    }
    if (await this.lists.exists(targetId)) {
      return 'LIST';
    }
    throw new NotFoundError('Suggestion or list', targetId);
  }
}
