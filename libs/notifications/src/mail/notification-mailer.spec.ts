import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import type { User } from '@app/accounts';
import { DomainEvents } from '@app/events';
import { Mailer, type OutgoingMail } from '@app/mail';
import { setMailState } from '../../../../test/support/mail-state';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { NotificationsModule } from '../notifications.module';
import { NotificationsRepository } from '../notifications.repository';
import { NotificationsService } from '../notifications.service';
import { PreferencesService } from '../preferences/preferences.service';

describe('NotificationMailer (mail at once, from the fan-out)', () => {
  let moduleRef: TestingModule;
  let events: DomainEvents;
  let notifications: NotificationsService;
  let sent: OutgoingMail[];
  let send: jest.SpyInstance;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-notification-mailer', [NotificationsModule]);
    events = moduleRef.get(DomainEvents);
    notifications = moduleRef.get(NotificationsService);
    send = jest.spyOn(moduleRef.get(Mailer), 'send');
  });

  beforeEach(() => {
    sent = [];
    send.mockReset().mockImplementation((mail: OutgoingMail) => {
      sent.push(mail);
      return Promise.resolve();
    });
  });

  afterAll(() => moduleRef.close());

  async function followerOf(listId: string, state: Parameters<typeof setMailState>[2]): Promise<User> {
    const user = await createUser(moduleRef);
    await moduleRef.get(NotificationsRepository).followIfNew(listId, 'LIST', user._id);
    await setMailState(moduleRef, user._id, state);
    return user;
  }

  function followUp(listId: string, itemTitle = 'Punt <één> & meer') {
    return {
      type: 'FOLLOW_UP_RECORDED' as const,
      listId,
      slug: 'lijst-met-opvolging',
      itemId: 'item',
      itemTitle,
      statusKey: 'IN_PROGRESS',
      statusNl: 'In behandeling',
      statusEn: 'In progress',
      proposalIds: [],
      actorId: new Types.ObjectId().toHexString(),
    };
  }

  it('mails a verified follower whose choice is IMMEDIATE, in their language, and nobody else', async () => {
    const listId = new Types.ObjectId().toHexString();
    const verified = await followerOf(listId, { verified: true, language: 'en' });
    const unverified = await followerOf(listId, {});
    const blocked = await followerOf(listId, { verified: true, blocked: true });
    const daily = await followerOf(listId, { verified: true });
    await moduleRef.get(PreferencesService).update(daily, [{ type: 'FOLLOW_UP_RECORDED', email: 'DAILY' }]);
    await events.publish(followUp(listId));
    await events.drain();

    const [notification] = (await notifications.list(verified, { first: 1 })).edges;
    expect(sent).toHaveLength(1);
    const [mail] = sent;
    expect(mail).toMatchObject({
      key: `notification:${notification!.node._id.toHexString()}`,
      to: verified.email,
      subject: 'New follow-up on “Punt <één> & meer”: In progress',
    });
    expect(mail!.text).toContain('http://localhost:3000/lijsten/lijst-met-opvolging');
    expect(mail!.text).toContain('http://localhost:3000/profiel#meldingen');
    expect(mail!.text).toMatch(/http:\/\/localhost:3000\/afmelden\/[0-9a-f]{24}\.FOLLOW_UP_RECORDED\./);
    expect(mail!.unsubscribeUrl).toMatch(/^http:\/\/localhost:3000\/mail\/unsubscribe\/[0-9a-f]{24}\./);
    expect(mail!.html).toContain('Punt &lt;één&gt; &amp; meer');
    expect(mail!.html).not.toContain('<één>');
    expect(notification!.node.mailedAt).toBeInstanceOf(Date);
    for (const user of [unverified, blocked, daily]) {
      expect(await notifications.unreadCount(user)).toBe(1);
    }
  });

  it('mails once when the event is delivered again, and mails when a retry follows a failed send', async () => {
    const listId = new Types.ObjectId().toHexString();
    const follower = await followerOf(listId, { verified: true });
    send.mockImplementationOnce(() => Promise.reject(new Error('The outbox is down')));
    await events.publish(followUp(listId, 'Eerst mislukt'), `retry-${listId}`);
    await events.drain();
    expect(sent).toHaveLength(0);
    await events.drain();
    expect(sent.map((mail) => mail.subject)).toEqual([
      'Nieuwe opvolging bij „Eerst mislukt”: In behandeling',
    ]);
    // Published again under the same key after delivery: the same event id reaches the fan-out.
    await events.publish(followUp(listId, 'Eerst mislukt'), `retry-${listId}`);
    await events.drain();
    expect(sent).toHaveLength(1);
    expect(await notifications.unreadCount(follower)).toBe(1);
  });
});
