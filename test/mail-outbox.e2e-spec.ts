import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { EmbeddedMailServer, ensureEmbeddedMailBinary, Mailer, type OutgoingMail } from '@app/mail';
import { FollowUpScene } from './support/follow-up';
import { type CapturedMail, mailsTo } from './support/mailpit';
import { waitFor } from './support/processes';
import { startTestApp, type TestApp } from './support/test-app';

const OUTAGE_MS = 30_000;

/**
 * The outbox against a mail server that goes away: this spec's own Mailpit (the run's is shared),
 * stopped for 30 s while the app keeps sending, then started again on the same ports.
 */
describe('mail outbox (e2e)', () => {
  const to = `outbox-${randomUUID()}@example.test`;
  let binaryPath: string;
  let options: { binaryPath: string; databaseFile: string; maxMessages: number };
  let mailpit: EmbeddedMailServer;
  let t: TestApp;
  let mailer: Mailer;
  let scene: FollowUpScene;

  function mail(key: string): OutgoingMail {
    return { key: `e2e:${key}`, to, subject: `Bericht ${key}`, text: `Tekst ${key}`, html: `<p>${key}</p>` };
  }

  async function captured(): Promise<CapturedMail[]> {
    return mailsTo(to, mailpit.webUrl);
  }

  function subjects(mails: readonly CapturedMail[]): string[] {
    return mails.map((message) => message.subject).sort();
  }

  beforeAll(async () => {
    binaryPath = await ensureEmbeddedMailBinary();
    // A file, not Mailpit's temporary database: what arrived before the outage must stay countable.
    options = {
      binaryPath,
      databaseFile: join(mkdtempSync(join(tmpdir(), 'mail-outbox-')), 'mailpit.db'),
      maxMessages: 0,
    };
    mailpit = await EmbeddedMailServer.start(options);
    t = await startTestApp('e2e_mail_outbox', { SMTP_URL: mailpit.smtpUrl });
    mailer = t.app.get(Mailer);
    scene = await FollowUpScene.start(t);
  });

  afterAll(async () => {
    await t.close();
    await mailpit.stop();
  });

  it('delivers every message, notifications included, exactly once across a 30 s outage of the mail server', async () => {
    const before = ['a', 'b', 'c'].map(mail);
    for (const message of before) await mailer.send(message);
    await waitFor('the first messages arrive', async () => (await captured()).length === 3, 10_000);

    // Followers of a list, mailed at once about its follow-up (the default for verified members).
    const list = await scene.publishedList('Lijst tijdens de storing');
    const followers = [
      await scene.follower(list.id, { verified: true }),
      await scene.follower(list.id, { verified: true, language: 'en' }),
    ];

    await mailpit.stop();
    const outageEnds = Date.now() + OUTAGE_MS;
    const during = Array.from({ length: 24 }, (_, index) => mail(`outage-${index}`));
    let followUps = 0;
    for (const [index, message] of during.entries()) {
      await mailer.send(message);
      // Some keys twice: the second send stores nothing.
      if (index % 6 === 0) await mailer.send({ ...message, subject: 'Dubbel' });
      // And notifications, produced the way members cause them.
      if (index % 6 === 3) {
        followUps += 1;
        await scene.recordFollowUp(list.itemId, `Gesprek ${followUps} tijdens de storing`);
      }
      await sleep(500);
      expect((await request(t.http).get('/health')).status).toBe(200);
    }
    // And a replay of a key delivered before the outage.
    await mailer.send(before[0]!);
    while (Date.now() < outageEnds) {
      expect((await request(t.http).get('/health')).status).toBe(200);
      await sleep(1_000);
    }

    mailpit = await EmbeddedMailServer.start({
      ...options,
      smtpPort: mailpit.smtpPort,
      webPort: mailpit.webPort,
    });
    const expected = subjects(
      [...before, ...during].map((message) => ({ subject: message.subject }) as CapturedMail),
    );
    // The retry delay of the oldest message has grown to about 30 s by now.
    await waitFor('every message arrives', async () => (await captured()).length >= expected.length, 60_000);
    // Give a duplicate the time to show up, if one were coming.
    await sleep(3_000);
    const arrived = await captured();
    expect(subjects(arrived)).toEqual(expected);
    expect(new Set(arrived.map((message) => message.headers['Message-Id']?.[0])).size).toBe(expected.length);
    // Every follower has one mail per follow-up recorded during the outage: none lost, none twice.
    for (const follower of followers) {
      await waitFor(
        'the follow-up mail arrives',
        async () => (await mailsTo(follower.user.email, mailpit.webUrl)).length >= followUps,
        30_000,
      );
      const followUpMail = await mailsTo(follower.user.email, mailpit.webUrl);
      expect(followUpMail).toHaveLength(followUps);
      expect(new Set(followUpMail.map((message) => message.headers['Message-Id']?.[0])).size).toBe(followUps);
    }
  }, 180_000);
});
