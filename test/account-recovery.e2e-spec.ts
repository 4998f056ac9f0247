import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Role } from '@app/accounts';
import { AUTH_LIMIT_PER_EMAIL } from '../apps/api/src/throttling/throttler-options';
import { createSignedInUser, mailedToken, TEST_PASSWORD } from './support/accounts';
import { linkIn, mailsTo, waitForMail } from './support/mailpit';
import { startTestApp, type TestApp } from './support/test-app';

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id language emailVerifiedAt } }
}`;
const VERIFY = 'mutation ($token: String!) { verifyEmail(token: $token) { id email emailVerifiedAt } }';
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { accessToken refreshToken user { id emailVerifiedAt } }
}`;
const REFRESH = 'mutation ($token: String!) { refresh(refreshToken: $token) { accessToken } }';
const ME = '{ me { id email emailVerifiedAt } }';
const NEW_PASSWORD = 'Nieuw-Wachtwoord-2026!';

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; language: string; emailVerifiedAt: string | null };
}

describe('account recovery through real mail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_account_recovery');
  });

  afterAll(async () => {
    await t.close();
  });

  const newEmail = () => `${randomUUID()}@example.test`;

  async function register(email: string, language?: 'nl' | 'en'): Promise<Session> {
    const response = await t.gql<{ register: Session }>(REGISTER, {
      input: {
        email,
        password: TEST_PASSWORD,
        displayName: 'Els <Ondernemer>',
        ...(language && { language }),
      },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.register;
  }

  it('registers, mails a verification link in the member’s language, and verifies with it once', async () => {
    const dutch = newEmail();
    const session = await register(dutch);
    expect(session.user).toMatchObject({ language: 'nl', emailVerifiedAt: null });
    const mail = await waitForMail(dutch);
    expect(mail.subject).toBe('Bevestig je e-mailadres');
    expect(mail.to).toEqual([dutch]);
    const link = linkIn(mail, '/e-mail-bevestigen/');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link);
    expect(mail.text).toContain('Els <Ondernemer>');
    expect(mail.html).toContain('Els &lt;Ondernemer&gt;');
    expect(mail.html).not.toContain('<Ondernemer>');

    const token = new URL(link).pathname.slice('/e-mail-bevestigen/'.length);
    const verified = await t.gql<{ verifyEmail: { id: string; email: string; emailVerifiedAt: string } }>(
      VERIFY,
      { token },
    );
    expect(verified.data?.verifyEmail).toMatchObject({ id: session.user.id, email: dutch });
    const me = await t.gql<{ me: { emailVerifiedAt: string | null } }>(
      ME,
      {},
      { token: session.accessToken },
    );
    expect(me.data?.me.emailVerifiedAt).not.toBeNull();

    const again = await t.gql(VERIFY, { token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TOKEN' });
  });

  it('writes the verification mail in English when asked, or when the request negotiated it', async () => {
    const chosen = newEmail();
    expect((await register(chosen, 'en')).user.language).toBe('en');
    const negotiated = newEmail();
    const response = await request(t.http)
      .post('/graphql')
      .set('accept-language', 'en-GB,en;q=0.9,nl;q=0.5')
      .send({
        query: REGISTER,
        variables: { input: { email: negotiated, password: TEST_PASSWORD, displayName: 'Ann' } },
      });
    expect((response.body as { data: { register: Session } }).data.register.user.language).toBe('en');
    for (const email of [chosen, negotiated]) {
      const mail = await waitForMail(email);
      expect(mail.subject).toBe('Confirm your email address');
      expect(mail.text).toContain('Confirm email address');
      expect(mail.html).toContain('Confirm email address');
    }
  });

  it('resets a forgotten password: the old sign-ins end, the new session works', async () => {
    const email = newEmail();
    const old = await register(email);
    expect((await t.gql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { email })).data).toEqual({
      requestPasswordReset: true,
    });
    const mail = await waitForMail(email, { subject: /wachtwoord/ });
    expect(mail.text).toContain('Negeer dan deze e-mail');
    const token = new URL(linkIn(mail, '/wachtwoord-herstellen/')).pathname.slice(
      '/wachtwoord-herstellen/'.length,
    );

    const reset = await t.gql<{ resetPassword: Session }>(RESET, { token, password: NEW_PASSWORD });
    expect(reset.errors).toBeUndefined();
    const session = reset.data!.resetPassword;
    expect(session.user.emailVerifiedAt).not.toBeNull();

    const oldRefresh = await t.gql(REFRESH, { token: old.refreshToken });
    expect(oldRefresh.errors?.[0]?.extensions?.reason).toBe('SESSION_EXPIRED');
    const oldAccess = await t.gql('mutation { requestEmailVerification }', {}, { token: old.accessToken });
    expect(oldAccess.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_EXPIRED',
    });
    const me = await t.gql<{ me: { id: string } | null }>(ME, {}, { token: session.accessToken });
    expect(me.data?.me?.id).toBe(old.user.id);
    expect((await t.gql(REFRESH, { token: session.refreshToken })).errors).toBeUndefined();
    const login = await t.gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email, password: NEW_PASSWORD },
    });
    expect(login.errors).toBeUndefined();

    const reused = await t.gql(RESET, { token, password: `${NEW_PASSWORD}-2` });
    expect(reused.errors?.[0]?.extensions?.reason).toBe('INVALID_TOKEN');
  });

  it('answers a reset request for an unknown address with true and sends nothing', async () => {
    const email = newEmail();
    expect((await t.gql(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailsTo(email)).toEqual([]);
  });

  it('changes the address after the new one confirms it, with a notice to the old one', async () => {
    const email = newEmail();
    const session = await register(email, 'en');
    await t.gql(VERIFY, { token: await mailedToken(email, '/e-mail-bevestigen/') });
    const next = newEmail();
    const wrong = await t.gql(
      'mutation ($email: String!) { changeEmail(password: "Verkeerd-Wachtwoord-1", newEmail: $email) }',
      { email: next },
      { token: session.accessToken },
    );
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('WRONG_PASSWORD');
    const changed = await t.gql(
      'mutation ($password: String!, $email: String!) { changeEmail(password: $password, newEmail: $email) }',
      { password: TEST_PASSWORD, email: next },
      { token: session.accessToken },
    );
    expect(changed.data).toEqual({ changeEmail: true });
    const notice = await waitForMail(email, { subject: /being changed/ });
    expect(notice.text).toContain(next);
    const token = await mailedToken(next, '/e-mail-bevestigen/', /new email address/);
    const verified = await t.gql<{ verifyEmail: { email: string } }>(VERIFY, { token });
    expect(verified.data?.verifyEmail.email).toBe(next);
    const me = await t.gql<{ me: { email: string } }>(ME, {}, { token: session.accessToken });
    expect(me.data?.me.email).toBe(next);
  });

  it('lets an admin send a reset link, never a password', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const { user } = await createSignedInUser(t);
    const sent = await t.gql(
      'mutation ($id: ID!) { sendPasswordReset(userId: $id) }',
      { id: user._id.toHexString() },
      { token: admin.accessToken },
    );
    expect(sent.data).toEqual({ sendPasswordReset: true });
    const token = await mailedToken(user.email, '/wachtwoord-herstellen/');
    const reset = await t.gql<{ resetPassword: Session }>(RESET, { token, password: NEW_PASSWORD });
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword.user.id).toBe(user._id.toHexString());
    const unknown = await t.gql(
      'mutation { sendPasswordReset(userId: "0123456789abcdef01234567") }',
      {},
      { token: admin.accessToken },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it(`throttles reset requests to ${AUTH_LIMIT_PER_EMAIL} a minute per address`, async () => {
    const email = newEmail();
    for (let attempt = 0; attempt < AUTH_LIMIT_PER_EMAIL; attempt += 1) {
      expect((await t.gql(REQUEST_RESET, { email })).errors).toBeUndefined();
    }
    const limited = await t.gql(REQUEST_RESET, { email: email.toUpperCase() });
    expect(limited.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Another address from the same IP is not affected.
    expect((await t.gql(REQUEST_RESET, { email: newEmail() })).errors).toBeUndefined();
  });
});
