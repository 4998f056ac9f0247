import request from 'supertest';
import { Role } from '@app/accounts';
import { UnsubscribeTokens } from '@app/notifications';
import { createSignedInUser, type SignedInUser } from './support/accounts';
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
    expect(Object.values(await preferencesOf(member))).toEqual(['NEVER', 'NEVER', 'NEVER', 'NEVER']);
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
