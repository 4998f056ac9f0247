import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestingModule } from '@nestjs/testing';
import { freePort } from '@app/embedded';
import { mailsTo, waitForMail } from '../../../../test/support/mailpit';
import { startMediumModule } from '../../../../test/support/medium';
import { MailModule } from '../mail.module';
import { Mailer } from '../mailer';
import type { OutgoingMail } from '../outgoing-mail';
import { messageIdFor } from './mail-message';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSender } from './mail-sender';

const FROM = 'Kabinet <noreply@kabinet.example>';

function mail(subject: string, extra: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    key: `test:${randomUUID()}`,
    to: `${randomUUID()}@example.test`,
    subject,
    text: `${subject} in tekst`,
    html: `<p>${subject} in HTML</p>`,
    ...extra,
  };
}

describe('MailSender', () => {
  let moduleRef: TestingModule;
  let mailer: Mailer;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-mail-sender', [MailModule], { MAIL_FROM: FROM });
    mailer = moduleRef.get(Mailer);
  });

  afterAll(() => moduleRef.close());

  it('delivers a stored message once, as text and HTML, with its Message-ID and unsubscribe headers', async () => {
    const message = mail('Welkom', { unsubscribeUrl: 'https://kabinet.example/mail/unsubscribe/abc' });
    await mailer.send(message);
    await mailer.send({ ...message, subject: 'Tweede keer' });

    const captured = await waitForMail(message.to);
    expect(captured).toMatchObject({
      subject: 'Welkom',
      text: 'Welkom in tekst',
      html: '<p>Welkom in HTML</p>',
      to: [message.to],
    });
    expect(captured.headers).toMatchObject({
      From: [FROM],
      'Message-Id': [messageIdFor(message.key, FROM)],
      'List-Unsubscribe': ['<https://kabinet.example/mail/unsubscribe/abc>'],
      'List-Unsubscribe-Post': ['List-Unsubscribe=One-Click'],
    });
    expect(captured.headers['Content-Type']?.[0]).toMatch(/^multipart\/alternative/);
    await moduleRef.get(MailSender).idle();
    expect((await moduleRef.get(MailOutboxRepository).findByKey(message.key))?.sentAt).toBeInstanceOf(Date);

    await sleep(500);
    expect(await mailsTo(message.to)).toHaveLength(1);
  });

  it('leaves out the unsubscribe headers of a message without an unsubscribe URL', async () => {
    const message = mail('Zonder afmelden');
    await mailer.send(message);
    const captured = await waitForMail(message.to);
    expect(captured.headers).not.toHaveProperty('List-Unsubscribe');
    expect(captured.headers).not.toHaveProperty('List-Unsubscribe-Post');
  });

  it('takes a message again once the claim a crashed sender left behind has run out', async () => {
    const message = mail('Na een crash');
    const outbox = moduleRef.get(MailOutboxRepository);
    await outbox.insert(message, new Date());
    await outbox.claim(message.key, new Date(Date.now() + 1_500));
    moduleRef.get(MailSender).wake();

    await sleep(700);
    expect(await mailsTo(message.to)).toEqual([]);
    expect((await waitForMail(message.to, { timeoutMs: 5_000 })).subject).toBe('Na een crash');
  });

  it('keeps a message it cannot deliver and schedules a retry', async () => {
    const unreachable = await startMediumModule('medium-mail-sender-down', [MailModule], {
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
    });
    try {
      const message = mail('Later');
      await unreachable.get(Mailer).send(message);
      const outbox = unreachable.get(MailOutboxRepository);
      let record = await outbox.findByKey(message.key);
      for (let waited = 0; record?.failures === 0 && waited < 5_000; waited += 100) {
        await sleep(100);
        record = await outbox.findByKey(message.key);
      }
      expect(record).toMatchObject({ sentAt: null, failures: 1, text: 'Later in tekst' });
      expect(record?.lastError).toMatch(/ECONNREFUSED/);
      expect(record!.dueAt.getTime()).toBeGreaterThan(Date.now() - 1_000);
    } finally {
      await unreachable.close();
    }
  });
});
