import { randomUUID } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import { JwtService } from '@nestjs/jwt';
import type { TestingModule } from '@nestjs/testing';
import type { Model } from 'mongoose';
import { Mailer, type OutgoingMail } from '@app/mail';
import { createUser, startMediumModule, TEST_PASSWORD } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { AuthService } from '../auth/auth.service';
import { JwtStrategy } from '../auth/strategies/jwt.strategy';
import type { User } from '../users/user.schema';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { ACCOUNT_TOKEN_MODEL, type AccountTokenRecord } from './account-token.schema';
import { AccountService } from './account.service';

const NEW_PASSWORD = 'Nieuw-Wachtwoord-2026!';

describe('AccountService', () => {
  let moduleRef: TestingModule;
  let account: AccountService;
  let auth: AuthService;
  let sent: OutgoingMail[];

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-account-service', [AccountsModule]);
    account = moduleRef.get(AccountService);
    auth = moduleRef.get(AuthService);
    jest.spyOn(moduleRef.get(Mailer), 'send').mockImplementation((mail) => {
      sent.push(mail);
      return Promise.resolve();
    });
  });

  beforeEach(() => {
    sent = [];
  });

  afterAll(() => moduleRef.close());

  /** The mail to `to` whose link has `path`, waited for (reset mails are written off the request path). */
  async function mailTo(to: string, path: string): Promise<{ mail: OutgoingMail; token: string }> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const mail = sent.find((candidate) => candidate.to === to && candidate.text.includes(`/${path}/`));
      const token = mail && new RegExp(`/${path}/([\\w-]+)`).exec(mail.text)?.[1];
      if (mail && token) {
        return { mail, token };
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`No mail to ${to} with a link to /${path}/`);
  }

  const registerInput = (extra: Record<string, unknown> = {}) => ({
    email: `${randomUUID()}@example.nl`,
    password: TEST_PASSWORD,
    displayName: 'Jan <Bakker>',
    ...extra,
  });

  /** Whether JwtStrategy, which guards every signed-in request, accepts the access token. */
  async function accepts(accessToken: string): Promise<boolean> {
    const payload = moduleRef.get(JwtService).verify<object>(accessToken);
    return moduleRef
      .get(JwtStrategy)
      .validate(payload)
      .then(
        () => true,
        () => false,
      );
  }

  it('registers in the negotiated language unless one is given, and sends the verification mail', async () => {
    const dutch = await account.register(registerInput(), 'nl');
    const english = await account.register(registerInput({ language: 'en' }), 'nl');
    expect([dutch.user.language, english.user.language]).toEqual(['nl', 'en']);
    expect(dutch.user.emailVerifiedAt).toBeNull();
    const { mail } = await mailTo(dutch.user.email, 'e-mail-bevestigen');
    expect(mail.subject).toBe('Bevestig je e-mailadres');
    expect(mail.key).toMatch(/^verify:[0-9a-f]{64}$/);
    expect(mail.text).toContain('Jan <Bakker>');
    expect(mail.html).toContain('Jan &lt;Bakker&gt;');
    expect(mail.html).not.toContain('<Bakker>');
    expect((await mailTo(english.user.email, 'e-mail-bevestigen')).mail.subject).toBe(
      'Confirm your email address',
    );
  });

  it('verifies an address with its token once, also under concurrent use', async () => {
    const { user } = await account.register(registerInput(), 'nl');
    const { token } = await mailTo(user.email, 'e-mail-bevestigen');
    const uses = await Promise.allSettled([account.verifyEmail(token), account.verifyEmail(token)]);
    expect(uses.map((use) => use.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = uses.find((use) => use.status === 'rejected');
    expect(refused?.reason).toMatchObject({ reason: 'INVALID_TOKEN' });
    const stored = await moduleRef.get(UsersService).findById(user._id.toHexString());
    expect(stored?.emailVerifiedAt).toBeInstanceOf(Date);
    await expect(account.verifyEmail('unknown')).rejects.toMatchObject({ reason: 'INVALID_TOKEN' });
  });

  it('sends no new verification mail to a verified address', async () => {
    const { user } = await account.register(registerInput(), 'nl');
    const { token } = await mailTo(user.email, 'e-mail-bevestigen');
    const verified = await account.verifyEmail(token);
    sent = [];
    expect(await account.requestEmailVerification(verified)).toBe(true);
    expect(await account.requestEmailVerification(user)).toBe(true);
    expect(sent.map((mail) => mail.to)).toEqual([user.email]);
  });

  it('refuses a reset token past its hour, and one of another purpose', async () => {
    const user = await createUser(moduleRef);
    await account.requestPasswordReset(user.email);
    const { token } = await mailTo(user.email, 'wachtwoord-herstellen');
    await expect(account.verifyEmail(token)).rejects.toMatchObject({ reason: 'INVALID_TOKEN' });
    const tokens = moduleRef.get<Model<AccountTokenRecord>>(getModelToken(ACCOUNT_TOKEN_MODEL));
    const record = await tokens.findOne({ userId: user._id }).lean<AccountTokenRecord>().exec();
    const lifetime = record!.expiresAt.getTime() - record!.createdAt.getTime();
    expect(Math.abs(lifetime - 60 * 60 * 1000)).toBeLessThan(1000);
    await tokens.updateOne({ _id: record!._id }, { $set: { expiresAt: new Date(Date.now() - 1) } }).exec();
    await expect(account.resetPassword(token, NEW_PASSWORD)).rejects.toMatchObject({
      reason: 'INVALID_TOKEN',
    });
    await expect(auth.verifyCredentials(user.email, TEST_PASSWORD)).resolves.toMatchObject({
      email: user.email,
    });
  });

  it('resets a password once, ends every sign-in and access token, and starts a working session', async () => {
    const user = await createUser(moduleRef);
    const before = await auth.startSession(user);
    expect(await accepts(before.accessToken)).toBe(true);
    await account.requestPasswordReset(` ${user.email.toUpperCase()} `);
    const { mail, token } = await mailTo(user.email, 'wachtwoord-herstellen');
    expect(mail.key).toMatch(/^reset:[0-9a-f]{64}$/);
    expect(mail.text).toContain('Negeer dan deze e-mail');

    // A password the policy refuses leaves the link usable.
    await expect(account.resetPassword(token, 'kort')).rejects.toMatchObject({ reason: 'TOO_SHORT' });
    const resets = await Promise.allSettled([
      account.resetPassword(token, NEW_PASSWORD),
      account.resetPassword(token, NEW_PASSWORD),
    ]);
    expect(resets.map((reset) => reset.status).sort()).toEqual(['fulfilled', 'rejected']);
    const session = resets.find((reset) => reset.status === 'fulfilled')!.value;

    await expect(auth.refresh(before.refreshToken)).rejects.toMatchObject({ reason: 'SESSION_EXPIRED' });
    expect(await accepts(before.accessToken)).toBe(false);
    expect(await accepts(session.accessToken)).toBe(true);
    await expect(auth.refresh(session.refreshToken)).resolves.toMatchObject({ user: { email: user.email } });
    await expect(auth.verifyCredentials(user.email, NEW_PASSWORD)).resolves.toMatchObject({
      email: user.email,
    });
    // The link went to the address, so following it proved the address.
    expect(session.user.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('answers a reset request for an unknown address the same, without mail', async () => {
    await expect(account.requestPasswordReset('niemand@example.nl')).resolves.toBe(true);
    await expect(account.requestPasswordReset('geen adres')).resolves.toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toEqual([]);
  });

  it('takes as long to answer a reset request for an unknown address as for a known one', async () => {
    const user = await createUser(moduleRef);
    const timings = { known: [] as number[], unknown: [] as number[] };
    const time = async (kind: keyof typeof timings, email: string) => {
      const started = performance.now();
      await account.requestPasswordReset(email);
      timings[kind].push(performance.now() - started);
    };
    for (let run = 0; run < 20; run += 1) {
      await time('known', user.email);
      await time('unknown', `${randomUUID()}@example.nl`);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const [known, unknown] = [median(timings.known), median(timings.unknown)];
    // Both are one lookup by address (a few milliseconds); awaiting an insert or a hash for only
    // one of them would add about as much again.
    expect(Math.abs(known - unknown)).toBeLessThan(Math.max(2, 0.5 * Math.max(known, unknown)));
    await mailTo(user.email, 'wachtwoord-herstellen');
  });

  it('changes the password with the current one and ends every sign-in', async () => {
    const user = await createUser(moduleRef);
    const before = await auth.startSession(user);
    await expect(account.changePassword(user, 'Verkeerd-Wachtwoord-1', NEW_PASSWORD)).rejects.toMatchObject({
      reason: 'WRONG_PASSWORD',
      field: 'currentPassword',
    });
    expect(await accepts(before.accessToken)).toBe(true);
    expect(await account.changePassword(user, TEST_PASSWORD, NEW_PASSWORD)).toBe(true);
    expect(await accepts(before.accessToken)).toBe(false);
    await expect(auth.refresh(before.refreshToken)).rejects.toMatchObject({ reason: 'SESSION_EXPIRED' });
    await expect(auth.verifyCredentials(user.email, NEW_PASSWORD)).resolves.toMatchObject({
      email: user.email,
    });
  });

  it('changes the address once the new one is confirmed, with a notice to the verified old one', async () => {
    const { user: registered } = await account.register(registerInput(), 'en');
    const user = await account.verifyEmail((await mailTo(registered.email, 'e-mail-bevestigen')).token);
    const other = await createUser(moduleRef);
    const newEmail = `${randomUUID()}@example.nl`;
    await expect(account.changeEmail(user, 'Verkeerd-Wachtwoord-1', newEmail)).rejects.toMatchObject({
      reason: 'WRONG_PASSWORD',
    });
    await expect(account.changeEmail(user, TEST_PASSWORD, other.email)).rejects.toMatchObject({
      reason: 'EMAIL_TAKEN',
    });
    sent = [];
    expect(await account.changeEmail(user, TEST_PASSWORD, ` ${newEmail.toUpperCase()}`)).toBe(true);
    const { mail, token } = await mailTo(newEmail, 'e-mail-bevestigen');
    expect(mail.subject).toBe('Confirm your new email address');
    const notice = sent.find((candidate) => candidate.to === user.email);
    expect(notice?.subject).toBe('Your email address is being changed');
    expect(notice?.text).toContain(newEmail);
    // Until confirmed, nothing changed.
    expect((await moduleRef.get(UsersService).findById(user._id.toHexString()))?.email).toBe(user.email);
    const changed = await account.verifyEmail(token);
    expect(changed.email).toBe(newEmail);
    expect(changed.emailVerifiedAt!.getTime()).toBeGreaterThan(user.emailVerifiedAt!.getTime());
    await expect(auth.verifyCredentials(newEmail, TEST_PASSWORD)).resolves.toMatchObject({ email: newEmail });
  });

  it('refuses a new address another account took after the request, and sends no notice to an unverified one', async () => {
    const user = await createUser(moduleRef);
    const newEmail = `${randomUUID()}@example.nl`;
    await account.changeEmail(user, TEST_PASSWORD, newEmail);
    expect(sent.map((mail) => mail.to)).toEqual([newEmail]);
    const { token } = await mailTo(newEmail, 'e-mail-bevestigen');
    await moduleRef
      .get(UsersService)
      .create({ email: newEmail, password: TEST_PASSWORD, displayName: 'Sneller' });
    await expect(account.verifyEmail(token)).rejects.toMatchObject({ reason: 'EMAIL_TAKEN' });
    expect((await moduleRef.get(UsersService).findById(user._id.toHexString()))?.email).toBe(user.email);
  });

  it('gives a confirmation that loses a race for the address a CONFLICT, never an internal error', async () => {
    const users = moduleRef.get(UsersService);
    const user = await createUser(moduleRef);
    const newEmail = `${randomUUID()}@example.nl`;
    await account.changeEmail(user, TEST_PASSWORD, newEmail);
    const { token } = await mailTo(newEmail, 'e-mail-bevestigen');
    await users.create({ email: newEmail, password: TEST_PASSWORD, displayName: 'Sneller' });
    // The registration lands between the confirmation's lookup and its write: the unique index
    // refuses the write (FerretDB v1: not as a duplicate key), and the answer is still CONFLICT.
    const lookup = jest.spyOn(UsersRepository.prototype, 'findByEmail').mockResolvedValueOnce(null);
    try {
      await expect(account.verifyEmail(token)).rejects.toMatchObject({
        kind: 'CONFLICT',
        reason: 'EMAIL_TAKEN',
      });
    } finally {
      lookup.mockRestore();
    }
    expect((await users.findById(user._id.toHexString()))?.email).toBe(user.email);
  });

  it('updates the profile: validated, empty clears, left out stays, read at once', async () => {
    const user: User = await moduleRef
      .get(UsersService)
      .create(registerInput({ organization: 'Bakkerij BV', sector: 'horeca' }));
    const users = moduleRef.get(UsersService);
    await users.findById(user._id.toHexString());
    await expect(account.updateProfile(user, { displayName: 'J' })).rejects.toMatchObject({
      reason: 'TOO_SHORT',
      field: 'input.displayName',
    });
    await expect(account.updateProfile(user, { displayName: 'x'.repeat(81) })).rejects.toMatchObject({
      reason: 'TOO_LONG',
    });
    await expect(account.updateProfile(user, { sector: 'Bakkerij' })).rejects.toMatchObject({
      reason: 'UNKNOWN_SECTOR',
      field: 'input.sector',
    });
    await expect(account.updateProfile(user, { displayName: 'Jan\u202eBakker' })).rejects.toMatchObject({
      reason: 'INVALID_TEXT',
    });
    const updated = await account.updateProfile(user, { displayName: '  Jan Bakker ', language: 'en' });
    expect(updated).toMatchObject({
      displayName: 'Jan Bakker',
      language: 'en',
      organization: 'Bakkerij BV',
      sector: 'horeca',
    });
    const cleared = await account.updateProfile(user, { organization: '', sector: '' });
    expect(cleared).toMatchObject({ organization: null, sector: null, displayName: 'Jan Bakker' });
    expect(await users.findById(user._id.toHexString())).toMatchObject({
      organization: null,
      sector: null,
      language: 'en',
    });
    expect((await account.updateProfile(user, { sector: 'Bouw' })).sector).toBe('bouw');
  });

  it("lets an admin resend verification and send a reset link for a user's id only", async () => {
    const user = await createUser(moduleRef);
    const unknown = '0123456789abcdef01234567';
    await expect(account.resendVerification(unknown)).rejects.toMatchObject({ reason: 'NOT_FOUND' });
    await expect(account.sendPasswordReset(unknown)).rejects.toMatchObject({ reason: 'NOT_FOUND' });
    expect(await account.resendVerification(user._id.toHexString())).toBe(true);
    expect(await account.sendPasswordReset(user._id.toHexString())).toBe(true);
    await mailTo(user.email, 'e-mail-bevestigen');
    const { token } = await mailTo(user.email, 'wachtwoord-herstellen');
    await expect(account.resetPassword(token, NEW_PASSWORD)).resolves.toMatchObject({
      user: { email: user.email },
    });
  });
});
