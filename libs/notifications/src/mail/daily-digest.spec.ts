import type { TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import type { User } from '@app/accounts';
import { Mailer, type OutgoingMail } from '@app/mail';
import { setMailState } from '../../../../test/support/mail-state';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { NotificationsModule } from '../notifications.module';
import type { NotificationRecord, NotificationType } from '../notifications.schema';
import { NotificationsRepository } from '../notifications.repository';
import { PreferencesService } from '../preferences/preferences.service';
import { DailyDigest } from './daily-digest';
import { DigestRunsRepository } from './digest-runs.repository';
import { DIGEST_CLOCK, type DigestClock, dueDigest, DEFAULT_DIGEST_SCHEDULE } from './digest-schedule';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('DailyDigest', () => {
  let moduleRef: TestingModule;
  let digest: DailyDigest;
  let repository: NotificationsRepository;
  let calls: OutgoingMail[];
  /** What the outbox holds: one message per key, as the real Mailer keeps it. */
  let delivered: Map<string, OutgoingMail>;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-daily-digest', [NotificationsModule]);
    digest = moduleRef.get(DailyDigest);
    repository = moduleRef.get(NotificationsRepository);
    jest.spyOn(moduleRef.get(Mailer), 'send').mockImplementation((mail: OutgoingMail) => {
      calls.push(mail);
      if (!delivered.has(mail.key)) delivered.set(mail.key, mail);
      return Promise.resolve();
    });
  });

  beforeEach(() => {
    calls = [];
    delivered = new Map();
  });

  afterAll(() => moduleRef.close());

  /** A moment whose due digest is after everything created so far. */
  const tomorrow = (): Date => new Date(Date.now() + DAY_MS);

  async function member(state: Parameters<typeof setMailState>[2] = { verified: true }): Promise<User> {
    const user = await createUser(moduleRef);
    await setMailState(moduleRef, user._id, state);
    return user;
  }

  async function notify(user: User, type: NotificationType, title: string): Promise<NotificationRecord> {
    const stored = await repository.insert({
      key: `${randomUUID()}:${user._id.toHexString()}`,
      userId: user._id,
      type,
      targetType: 'LIST',
      targetId: 'list',
      targetSlug: 'een-lijst',
      params: { title, version: 1, itemTitle: title, statusNl: 'Klaar', statusEn: 'Done' },
      createdAt: new Date(),
      readAt: null,
      mailedAt: null,
      digestDay: null,
    });
    return stored!;
  }

  it('mails each verified user one digest of their DAILY notifications, and nothing on a second run', async () => {
    const [several, one, unverified, declined] = [
      await member(),
      await member({ verified: true, language: 'en' }),
      await member({}),
      await member(),
    ];
    await moduleRef.get(PreferencesService).update(declined, [{ type: 'LIST_PUBLISHED', email: 'NEVER' }]);
    await notify(several, 'LIST_PUBLISHED', 'Eerste lijst');
    await notify(several, 'PROPOSAL_MERGED', 'Samengevoegd');
    const immediate = await notify(several, 'FOLLOW_UP_RECORDED', 'Al per mail verstuurd');
    await notify(one, 'LIST_PUBLISHED', 'English list');
    await notify(unverified, 'LIST_PUBLISHED', 'Niet bevestigd');
    await notify(declined, 'LIST_PUBLISHED', 'Niet gewild');

    const at = tomorrow();
    const { day } = dueDigest(at, DEFAULT_DIGEST_SCHEDULE);
    expect(await digest.runDue(at)).toEqual({ day, mailed: 2, notifications: 3 });
    expect(calls.map((mail) => [mail.key, mail.to]).sort()).toEqual(
      [
        [`digest:${several._id.toHexString()}:${day}`, several.email],
        [`digest:${one._id.toHexString()}:${day}`, one.email],
      ].sort(),
    );
    const toSeveral = delivered.get(`digest:${several._id.toHexString()}:${day}`)!;
    expect(toSeveral.subject).toBe('Je meldingen van vandaag (2)');
    expect(toSeveral.text).toContain('„Eerste lijst” is gepubliceerd (versie 1)');
    expect(toSeveral.text).toContain('„Samengevoegd” is samengevoegd met een vergelijkbare suggestie');
    expect(toSeveral.text).not.toContain('Al per mail verstuurd');
    expect(toSeveral.unsubscribeUrl).toMatch(/\/mail\/unsubscribe\/[0-9a-f]{24}\.ALL\./);
    expect(delivered.get(`digest:${one._id.toHexString()}:${day}`)!.subject).toBe(
      'Your notifications of today (1)',
    );

    // Each notification is considered once: the FOLLOW_UP one (IMMEDIATE) is not mailed later either.
    expect(await repository.findByKey(immediate.key)).toMatchObject({ digestDay: day, mailedAt: null });
    calls = [];
    expect(await digest.runDue(at)).toEqual({ day, mailed: 0, notifications: 0 });
    expect(await digest.runDue(new Date(at.getTime() + DAY_MS))).toMatchObject({ mailed: 0 });
    expect(calls).toEqual([]);
    expect(await moduleRef.get(DigestRunsRepository).isFinished(day)).toBe(true);
  });

  it('mails nobody twice when a run cut short runs again', async () => {
    const [first, second] = [await member(), await member()];
    await notify(first, 'LIST_PUBLISHED', 'Voor de eerste');
    await notify(second, 'LIST_PUBLISHED', 'Voor de tweede');
    const at = tomorrow();
    const { day } = dueDigest(at, DEFAULT_DIGEST_SCHEDULE);
    const mark = jest
      .spyOn(repository, 'markDigested')
      .mockImplementationOnce(() => Promise.reject(new Error('The database went away')));
    await expect(digest.runDue(at)).rejects.toThrow('The database went away');
    mark.mockRestore();
    expect(calls).toHaveLength(1);
    await digest.runDue(at);
    expect([...delivered.keys()].sort()).toEqual(
      [`digest:${first._id.toHexString()}:${day}`, `digest:${second._id.toHexString()}:${day}`].sort(),
    );
    // The repeated message is the same one, which the outbox stores once under its key.
    const [cutShort] = calls;
    expect(calls.filter((mail) => mail.key === cutShort!.key).map((mail) => mail.text)).toEqual([
      cutShort!.text,
      cutShort!.text,
    ]);
    expect(calls).toHaveLength(3);
  });

  it('catches up on a due digest whose run is not recorded as finished, once', async () => {
    const user = await member();
    await notify(user, 'PROPOSAL_HIDDEN', 'Verborgen');
    const clock = moduleRef.get<DigestClock>(DIGEST_CLOCK);
    const now = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 3 * DAY_MS));
    await digest.catchUp();
    await digest.catchUp();
    now.mockRestore();
    expect(calls.map((mail) => mail.to)).toEqual([user.email]);
  });
});
