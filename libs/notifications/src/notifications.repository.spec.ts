import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../test/support/medium';
import { NotificationsModule } from './notifications.module';
import type { NotificationRecord } from './notifications.schema';
import { NotificationsRepository } from './notifications.repository';

describe('NotificationsRepository', () => {
  let moduleRef: TestingModule;
  let repository: NotificationsRepository;

  function notification(key: string, userId: Types.ObjectId): Omit<NotificationRecord, '_id'> {
    return {
      key,
      userId,
      type: 'LIST_PUBLISHED',
      targetType: 'LIST',
      targetId: 'list',
      targetSlug: 'lijst',
      params: { title: key },
      createdAt: new Date(),
      readAt: null,
      mailedAt: null,
      digestDay: null,
    };
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-notifications-repository', [NotificationsModule]);
    repository = moduleRef.get(NotificationsRepository);
  });

  afterAll(() => moduleRef.close());

  it('follows a target on the first event only: an unfollow stays', async () => {
    const [a, b] = [new Types.ObjectId(), new Types.ObjectId()];
    await repository.followIfNew('target', 'PROPOSAL', a);
    await repository.followIfNew('target', 'PROPOSAL', b);
    await repository.setFollowing('target', 'PROPOSAL', b, false);
    await repository.followIfNew('target', 'PROPOSAL', b);
    expect(await repository.isFollowing('target', a)).toBe(true);
    expect(await repository.isFollowing('target', b)).toBe(false);
    expect((await repository.followers(['target', 'other'])).map(String)).toEqual([String(a)]);
  });

  it('stores a notification once per key, and marks it read once', async () => {
    const user = new Types.ObjectId();
    const first = await repository.insert(notification('event-1:user', user));
    expect(first).not.toBeNull();
    expect(await repository.insert(notification('event-1:user', user))).toBeNull();
    await repository.insert(notification('event-2:user', user));
    expect(await repository.countUnread(user)).toBe(2);
    expect(await repository.markRead(new Types.ObjectId(), [first!._id])).toBe(0);
    expect(await repository.markRead(user, [first!._id])).toBe(1);
    expect(await repository.markRead(user, [first!._id])).toBe(0);
    const unread = await repository.page(user, true, null, 10);
    expect(unread.notifications.map((each) => each.key)).toEqual(['event-2:user']);
    const all = await repository.page(user, false, null, 10);
    expect(all.notifications.map((each) => each.key)).toEqual(['event-2:user', 'event-1:user']);
  });

  it('finds a notification by its key, and hands each to one digest', async () => {
    const user = new Types.ObjectId();
    const stored = await repository.insert(notification('event-3:user', user));
    expect(await repository.findByKey('event-3:user')).toMatchObject({ _id: stored!._id, digestDay: null });
    const cutoff = new Date(Date.now() + 1000);
    const undigested = (await repository.undigested(cutoff)).map((each) => each.key);
    expect(undigested).toContain('event-3:user');
    expect(await repository.undigested(stored!.createdAt)).not.toContainEqual(
      expect.objectContaining({ key: 'event-3:user' }),
    );
    const mailedAt = new Date();
    await repository.markDigested([stored!._id], '2026-12-01', mailedAt);
    expect(await repository.findByKey('event-3:user')).toMatchObject({ digestDay: '2026-12-01', mailedAt });
    expect((await repository.undigested(cutoff)).map((each) => each.key)).not.toContain('event-3:user');
  });
});
