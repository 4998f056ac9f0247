import request from 'supertest';
import { Role } from '@app/accounts';
import { DailyDigest, UnsubscribeTokens } from '@app/notifications';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { FollowUpScene } from './support/follow-up';
import { setMailState } from './support/mail-state';
import { linkIn, mailsTo, waitForMail } from './support/mailpit';
import { submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const PREFERENCES = '{ me { id notificationPreferences { type email } } }';

interface Preference {
  type: string;
  email: string;
}

describe('notification mail: preferences and unsubscribe', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_notification_mail');
  });

  afterAll(() => t.close());

  async function preferencesOf(user: SignedInUser): Promise<Record<string, string>> {
    const response = await t.gql<{ me: { notificationPreferences: Preference[] } }>(
      PREFERENCES,
      {},
      { token: user.accessToken },
    );
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(
      response.data!.me.notificationPreferences.map((each) => [each.type, each.email]),
    );
  }

  const tokenFor = (user: SignedInUser, scope: 'ALL' | 'LIST_PUBLISHED' | 'FOLLOW_UP_RECORDED') =>
    t.app.get(UnsubscribeTokens).sign({ userId: user.user._id.toHexString(), scope });

  it('shows every kind with its default to the user, and to nobody else, admins included', async () => {
    const member = await createSignedInUser(t);
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    expect(await preferencesOf(member)).toEqual({
      FOLLOW_UP_RECORDED: 'IMMEDIATE',
      LIST_PUBLISHED: 'DAILY',
      PROPOSAL_MERGED: 'DAILY',
      PROPOSAL_HIDDEN: 'DAILY',
      COMMENT_ADDED: 'DAILY',
      COMMENT_REPLY: 'IMMEDIATE',
    });
    const seenByAdmin = await t.gql<{
      users: { edges: { node: { id: string; notificationPreferences: unknown } }[] };
    }>(
      '{ users(first: 100) { edges { node { id notificationPreferences { type } } } } }',
      {},
      { token: admin.accessToken },
    );
    expect(seenByAdmin.errors).toBeUndefined();
    const row = seenByAdmin.data!.users.edges.find((edge) => edge.node.id === member.user._id.toHexString());
    expect(row?.node.notificationPreferences).toBeNull();
  });

  it('changes only the kinds given, and refuses a kind given twice', async () => {
    const member = await createSignedInUser(t);
    const changed = await t.gql<{ updateNotificationPreferences: { notificationPreferences: Preference[] } }>(
      'mutation { updateNotificationPreferences(input: { preferences: [{ type: PROPOSAL_MERGED, email: NEVER }, { type: FOLLOW_UP_RECORDED, email: DAILY }] }) { notificationPreferences { type email } } }',
      {},
      { token: member.accessToken },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateNotificationPreferences.notificationPreferences).toEqual([
      { type: 'FOLLOW_UP_RECORDED', email: 'DAILY' },
      { type: 'LIST_PUBLISHED', email: 'DAILY' },
      { type: 'PROPOSAL_MERGED', email: 'NEVER' },
      { type: 'PROPOSAL_HIDDEN', email: 'DAILY' },
    ]);
    const twice = await t.gql(
      'mutation { updateNotificationPreferences(input: { preferences: [{ type: LIST_PUBLISHED, email: NEVER }, { type: LIST_PUBLISHED, email: IMMEDIATE }] }) { id } }',
      {},
      { token: member.accessToken },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await preferencesOf(member)).LIST_PUBLISHED).toBe('DAILY');
  });

  it('unsubscribes with one POST (form-encoded, multipart or empty), without signing in', async () => {
    const member = await createSignedInUser(t);
    const form = await request(t.http)
      .post(`/mail/unsubscribe/${tokenFor(member, 'FOLLOW_UP_RECORDED')}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(form.status).toBe(200);
    expect(form.type).toBe('text/plain');
    expect(await preferencesOf(member)).toMatchObject({
      FOLLOW_UP_RECORDED: 'NEVER',
      LIST_PUBLISHED: 'DAILY',
    });

    const multipart = await request(t.http)
      .post(`/mail/unsubscribe/${tokenFor(member, 'LIST_PUBLISHED')}`)
      .field('List-Unsubscribe', 'One-Click');
    expect(multipart.status).toBe(200);
    expect((await preferencesOf(member)).LIST_PUBLISHED).toBe('NEVER');

    const empty = await request(t.http).post(`/mail/unsubscribe/${tokenFor(member, 'ALL')}`);
    expect(empty.status).toBe(200);
    expect(new Set(Object.values(await preferencesOf(member)))).toEqual(new Set(['NEVER']));
  });

  it('refuses a tampered link, and a GET only redirects to the page', async () => {
    const member = await createSignedInUser(t);
    const token = tokenFor(member, 'ALL');
    const other = await createSignedInUser(t);
    const forged = `${other.user._id.toHexString()}${token.slice(24)}`;
    const refused = await request(t.http)
      .post(`/mail/unsubscribe/${forged}`)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(refused.status).toBe(400);
    const viaGraphql = await t.gql('mutation ($token: String!) { unsubscribe(token: $token) }', {
      token: forged,
    });
    expect(viaGraphql.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_TOKEN',
    });
    expect((await preferencesOf(other)).LIST_PUBLISHED).toBe('DAILY');

    const page = await request(t.http).get(`/mail/unsubscribe/${token}`);
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe(`http://localhost:3000/afmelden/${token}`);
    expect((await preferencesOf(member)).LIST_PUBLISHED).toBe('DAILY');
    const viaPage = await t.gql<{ unsubscribe: boolean }>(
      'mutation ($token: String!) { unsubscribe(token: $token) }',
      {
        token,
      },
    );
    expect(viaPage.data?.unsubscribe).toBe(true);
    expect((await preferencesOf(member)).LIST_PUBLISHED).toBe('NEVER');
  });

  it('counts one-click unsubscribes per IP address with the other public writes', async () => {
    const strict = await startTestApp('e2e_notification_mail_throttle', { THROTTLE_MUTATIONS_PER_IP: '2' });
    try {
      const member = await createSignedInUser(strict);
      const token = strict.app
        .get(UnsubscribeTokens)
        .sign({ userId: member.user._id.toHexString(), scope: 'ALL' });
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        statuses.push((await request(strict.http).post(`/mail/unsubscribe/${token}`)).status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      const afterPosts = await strict.gql('mutation ($token: String!) { unsubscribe(token: $token) }', {
        token,
      });
      expect(afterPosts.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await strict.close();
    }
  });
});

describe('notification mail through the mail server', () => {
  let t: TestApp;
  let scene: FollowUpScene;
  let themeId: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_notification_mail_delivery');
    scene = await FollowUpScene.start(t);
    themeId = Object.values(await themeIds(t))[0]!;
  });

  afterAll(() => t.close());

  const publishedList = (title: string, proposalIds?: string[]) => scene.publishedList(title, proposalIds);
  const recordFollowUp = (itemId: string, note: string) => scene.recordFollowUp(itemId, note);
  const follower = (listId: string, state: Parameters<typeof setMailState>[2]) =>
    scene.follower(listId, state);

  async function inboxCount(user: SignedInUser): Promise<number> {
    const response = await t.gql<{ notifications: { totalCount: number } }>(
      '{ notifications { totalCount } }',
      {},
      { token: user.accessToken },
    );
    return response.data!.notifications.totalCount;
  }

  it('mails follow-up at once in the reader’s language; after a one-click unsubscribe only the inbox hears of it', async () => {
    const list = await publishedList('Lijst met opvolging');
    const reader = await follower(list.id, { verified: true, language: 'en' });
    const unverified = await follower(list.id, {});
    await recordFollowUp(list.itemId, 'Eerste gesprek');

    const mail = await waitForMail(reader.user.email, { subject: /^New follow-up on/ });
    expect(mail.subject).toBe('New follow-up on “Lijst met opvolging: punt”: In talks');
    expect(linkIn(mail, `/lijsten/${list.slug}`)).toBe(`http://localhost:3000/lijsten/${list.slug}`);
    expect(mail.text).toContain('http://localhost:3000/profiel#meldingen');
    const [listUnsubscribe] = mail.headers['List-Unsubscribe'] ?? [];
    expect(mail.headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    const oneClick = /<http:\/\/localhost:3000(\/mail\/unsubscribe\/[^>]+)>/.exec(listUnsubscribe ?? '')?.[1];
    expect(oneClick).toBeDefined();
    expect(linkIn(mail, '/afmelden/')).toBe(`http://localhost:3000/afmelden/${oneClick!.split('/').pop()}`);

    const unsubscribed = await request(t.http)
      .post(oneClick!)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(unsubscribed.status).toBe(200);
    await recordFollowUp(list.itemId, 'Tweede gesprek');
    expect(await inboxCount(reader)).toBe(2);
    expect(await inboxCount(unverified)).toBe(2);
    // A verified follower who kept the default is mailed this time; by then the others' mail would be there too.
    const witness = await follower(list.id, { verified: true });
    await recordFollowUp(list.itemId, 'Derde gesprek');
    await waitForMail(witness.user.email, { subject: /^Nieuwe opvolging/ });
    expect(await mailsTo(reader.user.email)).toHaveLength(1);
    expect(await mailsTo(unverified.user.email)).toHaveLength(0);
  });

  it('sends DAILY kinds as one digest with every item, and a second run sends nothing', async () => {
    const reader = await createSignedInUser(t);
    await setMailState(t.app, reader.user._id, { verified: true });
    const unverified = await createSignedInUser(t);
    const [mine, theirs] = [
      await submitProposal(t, reader, { title: 'Eerste suggestie voor het overzicht', themeId }),
      await submitProposal(t, unverified, { title: 'Suggestie van iemand zonder bevestiging', themeId }),
    ];
    await publishedList('Eerste lijst van de dag', [mine.id, theirs.id]);
    await publishedList('Tweede lijst van de dag', [mine.id, theirs.id]);
    expect(await inboxCount(reader)).toBe(2);

    const digest = t.app.get(DailyDigest);
    const at = new Date(Date.now() + 24 * 60 * 60 * 1000);
    expect(await digest.runDue(at)).toMatchObject({ mailed: 1, notifications: 2 });
    const mail = await waitForMail(reader.user.email, { subject: /^Je meldingen van vandaag \(2\)$/ });
    expect(mail.text).toContain('„Eerste lijst van de dag” is gepubliceerd (versie 1)');
    expect(mail.text).toContain('„Tweede lijst van de dag” is gepubliceerd (versie 1)');
    expect(mail.headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
    expect(await digest.runDue(at)).toMatchObject({ mailed: 0 });
    expect(await mailsTo(reader.user.email)).toHaveLength(1);
    expect(await inboxCount(unverified)).toBe(2);
    expect(await mailsTo(unverified.user.email)).toHaveLength(0);
  });
});
