import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { REMOVED_MEMBER_ID, Role, type User } from '@app/accounts';
import { InvalidInputError, NotFoundError } from '@app/core';
import { type DomainEvent, DomainEvents } from '@app/events';
import { ModerationService, type ProposalRecord } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../test/support/medium';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

describe('NotificationsService', () => {
  let moduleRef: TestingModule;
  let notifications: NotificationsService;
  let events: DomainEvents;
  let author: User;
  let follower: User;
  let editor: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-notifications-service', [NotificationsModule]);
    notifications = moduleRef.get(NotificationsService);
    events = moduleRef.get(DomainEvents);
    [author, follower, editor] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef),
      createUser(moduleRef, [Role.EDITOR]),
    ]);
  });

  afterAll(() => moduleRef.close());

  it('tells the followers of a published suggestion and its author, but not the editor who published', async () => {
    const proposal = await submitProposal(moduleRef, author);
    await events.drain();
    expect(await notifications.isFollowing(author, proposal._id.toHexString())).toBe(true);
    await notifications.follow(follower, proposal._id.toHexString(), true);
    await notifications.follow(editor, proposal._id.toHexString(), true);
    await publishList(moduleRef, editor, [[proposal]], 'Lijst met meldingen');
    await events.drain();
    for (const user of [author, follower]) {
      const inbox = await notifications.list(user, { first: 10 });
      expect(inbox.edges.map((edge) => [edge.node.type, edge.node.params])).toEqual([
        ['LIST_PUBLISHED', { title: 'Lijst met meldingen', version: 1 }],
      ]);
    }
    expect(await notifications.unreadCount(editor)).toBe(0);
  });

  it('tells a member who unfollowed nothing more', async () => {
    const proposal = await submitProposal(moduleRef, author);
    await notifications.follow(follower, proposal._id.toHexString(), true);
    await notifications.follow(follower, proposal._id.toHexString(), false);
    const before = await notifications.unreadCount(follower);
    await publishList(moduleRef, editor, [[proposal]], 'Lijst zonder volger');
    await events.drain();
    expect(await notifications.unreadCount(follower)).toBe(before);
    expect(await notifications.isFollowing(follower, proposal._id.toHexString())).toBe(false);
  });

  it('tells only the author the title of a suggestion that was hidden', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Voorstel dat verborgen wordt');
    await notifications.follow(follower, proposal._id.toHexString(), true);
    await events.publish({
      type: 'PROPOSAL_HIDDEN',
      proposalId: proposal._id.toHexString(),
      title: proposal.title,
      actorId: null,
    });
    await events.drain();
    const [toAuthor] = (await notifications.list(author, { first: 1 })).edges;
    const [toFollower] = (await notifications.list(follower, { first: 1 })).edges;
    expect(toAuthor?.node).toMatchObject({
      type: 'PROPOSAL_HIDDEN',
      params: { title: 'Voorstel dat verborgen wordt' },
    });
    expect(toFollower?.node).toMatchObject({ type: 'PROPOSAL_HIDDEN', params: {} });
  });

  it('marks notifications read for their owner only', async () => {
    const ids = (await notifications.list(follower, { first: 50, unreadOnly: true })).edges.map((edge) =>
      edge.node._id.toHexString(),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(await notifications.markRead(author, ids)).toBe(0);
    expect(await notifications.markRead(follower, ids)).toBe(ids.length);
    expect(await notifications.unreadCount(follower)).toBe(0);
    expect(() => notifications.markRead(follower, ['geen-id'])).toThrow(InvalidInputError);
  });

  describe('comments', () => {
    /** A COMMENT_ADDED event as CommentsService publishes it, for a comment written now. */
    function commented(
      proposal: ProposalRecord,
      by: User,
      parentAuthor: User | null = null,
    ): Extract<DomainEvent, { type: 'COMMENT_ADDED' }> {
      return {
        type: 'COMMENT_ADDED',
        commentId: new Types.ObjectId().toHexString(),
        targetType: 'PROPOSAL',
        targetId: proposal._id.toHexString(),
        listId: null,
        slug: null,
        targetTitle: proposal.title,
        authorId: by._id.toHexString(),
        parentAuthorId: parentAuthor?._id.toHexString() ?? null,
      };
    }

    async function inboxOf(user: User): Promise<[string, unknown][]> {
      return (await notifications.list(user, { first: 50 })).edges.map((edge) => [
        edge.node.type,
        edge.node.params,
      ]);
    }

    it('tells each follower once per hour however many comments arrive, never the commenter', async () => {
      const proposal = await submitProposal(moduleRef, author, 'Voorstel met veel reacties');
      const commenters = await Promise.all(Array.from({ length: 5 }, () => createUser(moduleRef)));
      await notifications.follow(follower, proposal._id.toHexString(), true);
      await events.drain();
      for (const commenter of commenters) {
        await events.publish(commented(proposal, commenter));
      }
      await events.drain();
      const readers = [author, follower];
      for (const reader of readers) {
        const inbox = await notifications.list(reader, { first: 50 });
        const about = inbox.edges.filter(
          (edge) => edge.node.type === 'COMMENT_ADDED' && edge.node.targetId === proposal._id.toHexString(),
        );
        expect(about.map((edge) => edge.node.params)).toEqual([{ title: 'Voorstel met veel reacties' }]);
      }
      // Each commenter follows it from their comment on: the first hears of the later ones (once),
      // the last of nothing (their own comment).
      for (const commenter of commenters) {
        expect(await notifications.isFollowing(commenter, proposal._id.toHexString())).toBe(true);
      }
      expect(await inboxOf(commenters[0]!)).toEqual([
        ['COMMENT_ADDED', { title: 'Voorstel met veel reacties' }],
      ]);
      expect(await inboxOf(commenters[4]!)).toEqual([]);
    });

    it('tells the thread author of a reply instead, even after unfollowing; never the removed member', async () => {
      const proposal = await submitProposal(moduleRef, author, 'Voorstel met een antwoord');
      const threadAuthor = await createUser(moduleRef);
      const replier = await createUser(moduleRef);
      await events.publish(commented(proposal, threadAuthor));
      await events.drain();
      await notifications.follow(threadAuthor, proposal._id.toHexString(), false);
      await events.publish(commented(proposal, replier, threadAuthor));
      await events.publish({
        ...commented(proposal, replier),
        parentAuthorId: REMOVED_MEMBER_ID.toHexString(),
      });
      await events.drain();
      expect(await inboxOf(threadAuthor)).toEqual([
        ['COMMENT_REPLY', { title: 'Voorstel met een antwoord' }],
      ]);
      // The unfollow stays: a later comment does not make them follow again.
      await events.publish(commented(proposal, threadAuthor));
      await events.drain();
      expect(await notifications.isFollowing(threadAuthor, proposal._id.toHexString())).toBe(false);
    });

    it('tells nobody of comments on a suggestion hidden since, but still makes the commenter follow', async () => {
      const proposal = await submitProposal(moduleRef, author, 'Voorstel dat verdwijnt');
      const moderator = await createUser(moduleRef, [Role.MODERATOR]);
      const commenter = await createUser(moduleRef);
      await notifications.follow(follower, proposal._id.toHexString(), true);
      await moduleRef.get(ModerationService).hide(moderator, proposal._id.toHexString(), 'Spam');
      await events.drain();
      const before = await notifications.unreadCount(follower);
      await events.publish(commented(proposal, commenter, author));
      await events.drain();
      expect(await notifications.unreadCount(follower)).toBe(before);
      expect(await inboxOf(author)).not.toContainEqual([
        'COMMENT_REPLY',
        { title: 'Voorstel dat verdwijnt' },
      ]);
      expect(await inboxOf(author)).not.toContainEqual([
        'COMMENT_ADDED',
        { title: 'Voorstel dat verdwijnt' },
      ]);
      expect(await notifications.isFollowing(commenter, proposal._id.toHexString())).toBe(true);
    });

    it('tells the followers of a list of comments on its items, linking to the list', async () => {
      const proposal = await submitProposal(moduleRef, author, 'Voorstel op een lijst');
      const view = await publishList(moduleRef, editor, [[proposal]], 'Lijst met reacties');
      const listId = view.list._id.toHexString();
      const listFollower = await createUser(moduleRef);
      await notifications.follow(listFollower, listId, true);
      const commenter = await createUser(moduleRef);
      const item = view.content.items[0]!;
      await events.publish({
        ...commented(proposal, commenter),
        targetType: 'LIST_ITEM',
        targetId: item.id,
        listId,
        slug: view.list.slug,
        targetTitle: item.title,
      });
      await events.drain();
      const [notification] = (await notifications.list(listFollower, { first: 1 })).edges;
      expect(notification?.node).toMatchObject({
        type: 'COMMENT_ADDED',
        targetType: 'LIST',
        targetId: listId,
        targetSlug: view.list.slug,
        params: { title: item.title },
      });
      expect(await notifications.isFollowing(commenter, listId)).toBe(true);
    });
  });

  it('refuses to follow what does not exist', async () => {
    await expect(
      notifications.follow(follower, new Types.ObjectId().toHexString(), true),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
