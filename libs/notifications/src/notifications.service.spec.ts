import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { InvalidInputError, NotFoundError } from '@app/core';
import { DomainEvents } from '@app/events';
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

  it('refuses to follow what does not exist', async () => {
    await expect(
      notifications.follow(follower, new Types.ObjectId().toHexString(), true),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
