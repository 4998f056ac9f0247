import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { startMediumModule } from '../../../../test/support/medium';
import type { OutgoingMail } from '../outgoing-mail';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MAIL_OUTBOX_MODEL, mailOutboxSchema } from './mail-outbox.schema';

/** The repository without MailSender, which would deliver (and so change) the messages under test. */
@Module({
  imports: [MongooseModule.forFeature([{ name: MAIL_OUTBOX_MODEL, schema: mailOutboxSchema }])],
  providers: [MailOutboxRepository],
})
class OutboxOnlyModule {}

describe('MailOutboxRepository', () => {
  let moduleRef: TestingModule;
  let outbox: MailOutboxRepository;

  function mail(key: string): OutgoingMail {
    return {
      key,
      to: `${key}@example.test`,
      subject: `Onderwerp ${key}`,
      text: 'tekst',
      html: '<p>tekst</p>',
    };
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-mail-outbox', [OutboxOnlyModule]);
    outbox = moduleRef.get(MailOutboxRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores a key once: a second insert, even with other content, changes nothing', async () => {
    const now = new Date();
    expect(await outbox.insert(mail('once'), now)).toBe(true);
    expect(await outbox.insert({ ...mail('once'), subject: 'Anders' }, now)).toBe(false);
    expect(await outbox.findByKey('once')).toMatchObject({ subject: 'Onderwerp once', sentAt: null });
  });

  it('answers due messages only, and forgets the bodies of sent ones but not their keys', async () => {
    const now = new Date();
    await outbox.insert(mail('due'), now);
    await outbox.insert(mail('later'), now);
    await outbox.claim('later', new Date(now.getTime() + 60_000));
    const due = (await outbox.findDue(new Date(now.getTime() + 1), 100)).map((record) => record._id);
    expect(due).toContain('due');
    expect(due).not.toContain('later');

    await outbox.markSent('due', new Date());
    const sent = await outbox.findByKey('due');
    expect(sent?.sentAt).toBeInstanceOf(Date);
    expect(sent).not.toHaveProperty('html');
    expect(await outbox.insert(mail('due'), new Date())).toBe(false);
    expect((await outbox.findDue(new Date(), 100)).map((record) => record._id)).not.toContain('due');
  });

  it('schedules a retry, and removes only sent messages older than the cut-off', async () => {
    const now = new Date();
    await outbox.insert(mail('retry'), now);
    const retryAt = new Date(now.getTime() + 4_000);
    await outbox.scheduleRetry('retry', 3, retryAt, 'connect ECONNREFUSED');
    expect(await outbox.findByKey('retry')).toMatchObject({ failures: 3, dueAt: retryAt });

    await outbox.insert(mail('old'), now);
    await outbox.markSent('old', new Date(now.getTime() - 31 * 24 * 60 * 60_000));
    expect(await outbox.deleteSentBefore(new Date(now.getTime() - 30 * 24 * 60 * 60_000))).toBe(1);
    expect(await outbox.findByKey('old')).toBeNull();
    expect(await outbox.findByKey('retry')).not.toBeNull();
    expect(await outbox.countPending()).toBeGreaterThanOrEqual(2);
  });
});
