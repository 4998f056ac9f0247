import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Types } from 'mongoose';
import { z } from 'zod';
import {
  type AppConfig,
  ConflictError,
  InvalidInputError,
  isDuplicateKeyError,
  type Language,
  LANGUAGES,
  lineText,
  NotAuthenticatedError,
  NotFoundError,
  parseInput,
} from '@app/core';
import { UnitOfWork } from '@app/database';
import { type MailContent, Mailer } from '@app/mail';
import { AuthService, type Session } from '../auth/auth.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordSchema, requireStrongPassword } from '../passwords/password-policy';
import { SectorsService } from '../sectors/sectors.service';
import { hashToken, randomToken, TokenService } from '../tokens/token.service';
import type { User } from '../users/user.schema';
import { type ProfileChanges, UsersRepository } from '../users/users.repository';
import {
  displayNameSchema,
  emailSchema,
  type NewUserInput,
  ORGANIZATION_MAX,
  SECTOR_MAX,
} from '../users/users.service';
import {
  changeEmailMail,
  emailChangeNoticeMail,
  passwordResetMail,
  toOutgoingMail,
  verificationMail,
} from './account-mails';
import { AccountTokenPurpose, type AccountTokenRecord } from './account-token.schema';
import { AccountTokensRepository } from './account-tokens.repository';

const HOUR_MS = 60 * 60 * 1000;
/** How long a link in a mail works. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VERIFY_EMAIL]: 48 * HOUR_MS,
  [AccountTokenPurpose.CHANGE_EMAIL]: 48 * HOUR_MS,
  [AccountTokenPurpose.RESET_PASSWORD]: HOUR_MS,
};

/** A field left out (or null) stays as it is; an empty organisation or sector clears it. */
const profileSchema = z.object({
  displayName: displayNameSchema.nullish(),
  organization: lineText({ max: ORGANIZATION_MAX }).nullish(),
  sector: lineText({ max: SECTOR_MAX }).nullish(),
  language: z.enum(LANGUAGES).nullish(),
});

export type ProfileInput = z.input<typeof profileSchema>;

function invalidToken(): InvalidInputError {
  return new InvalidInputError(
    'This link is unknown, was used already or has expired; ask for a new one.',
    'token',
    'INVALID_TOKEN',
  );
}

/** The unit-of-work key of a user (the same as UsersService's). */
function userKey(id: Types.ObjectId | string): string {
  return `user:${String(id)}`;
}

/**
 * What a user does with their own account: confirming the address, recovering and changing the
 * password, changing the address and the profile; and the admin's resending of those mails.
 */
@Injectable()
export class AccountService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AccountService.name);
  private readonly publicUrl: string;
  /** Reset mails written off the request path; shutting down waits for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    config: ConfigService<AppConfig, true>,
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly sessions: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly sectors: SectorsService,
    private readonly mailer: Mailer,
    /** A profile update and a confirmation of a new address could undo each other. */
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.publicUrl = config.get('PUBLIC_URL', { infer: true });
  }

  /** FerretDB v1 has no TTL indexes: expired tokens are removed at start-up, off its path. */
  onApplicationBootstrap(): void {
    this.track(
      this.tokens.deleteExpired(new Date()).then(
        () => undefined,
        (error: unknown) => this.logger.warn(`Removing expired account tokens failed: ${String(error)}`),
      ),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Registers in `language` and sends the verification mail. */
  async register(input: NewUserInput, language: Language): Promise<Session> {
    const session = await this.auth.register({ ...input, language: input.language ?? language });
    await this.sendVerification(session.user);
    return session;
  }

  /** Sends the verification mail again; nothing when the address is verified already. */
  async requestEmailVerification(user: User): Promise<true> {
    if (user.emailVerifiedAt === null) {
      await this.sendVerification(user);
    }
    return true;
  }

  /**
   * Confirms the address of a verification token, or switches to the new address of a
   * change-of-address token. The token is used up either way.
   */
  async verifyEmail(token: string): Promise<User> {
    const record = await this.claim(token, [
      AccountTokenPurpose.VERIFY_EMAIL,
      AccountTokenPurpose.CHANGE_EMAIL,
    ]);
    return this.unitOfWork.run(userKey(record.userId), async () => {
      const user = await this.users.findById(record.userId.toHexString());
      if (user === null) {
        throw invalidToken();
      }
      if (record.purpose === AccountTokenPurpose.CHANGE_EMAIL) {
        return this.switchEmail(user, record.email);
      }
      // A link to the address the account had before a change proves nothing about the current one.
      if (user.email !== record.email) {
        throw invalidToken();
      }
      return user.emailVerifiedAt === null
        ? ((await this.users.setEmailVerified(user._id, new Date())) ?? user)
        : user;
    });
  }

  /**
   * Always true, and the answer takes the same time whether or not the address has an account:
   * both answer after one lookup by address, and the token and the mail of an existing,
   * unblocked account are written off the request path, so that no insert is awaited for one
   * answer and not for the other.
   */
  async requestPasswordReset(email: string): Promise<true> {
    const address = emailSchema.safeParse(email);
    const user = address.success ? await this.users.findByEmail(address.data) : null;
    if (user !== null && user.blockedAt === null) {
      this.track(
        this.sendPasswordResetMail(user).catch((error: unknown) =>
          this.logger.error(`A password-reset mail could not be stored: ${String(error)}`),
        ),
      );
    }
    return true;
  }

  /**
   * Sets a new password with a reset token and starts a new session. Every other sign-in ends:
   * the refresh tokens are revoked, and the access tokens issued before now are refused.
   * Following the link proves the address too, so an unverified one becomes verified.
   */
  async resetPassword(token: string, newPassword: string): Promise<Session> {
    // The policy is checked first, so that a refused password does not use up the link.
    const password = parseInput(passwordSchema, newPassword, 'newPassword');
    const pending = await this.tokens.findByHash(hashToken(token));
    const owner = pending && (await this.users.findById(pending.userId.toHexString()));
    requireStrongPassword(password, owner ? [owner.email, owner.displayName] : [], 'newPassword');
    const record = await this.claim(token, [AccountTokenPurpose.RESET_PASSWORD]);
    const user = await this.unitOfWork.run(userKey(record.userId), async () => {
      const current = await this.users.findById(record.userId.toHexString());
      if (current === null) {
        throw invalidToken();
      }
      if (current.blockedAt !== null) {
        throw new NotAuthenticatedError('This account is blocked.', 'ACCOUNT_BLOCKED');
      }
      const now = new Date();
      const verifies = current.emailVerifiedAt === null && current.email === record.email;
      return (
        (await this.users.setPassword(
          current._id,
          await this.hasher.hash(password),
          now,
          verifies ? now : undefined,
        )) ?? current
      );
    });
    await this.sessions.revokeAllOf(user._id, 'password');
    return this.auth.startSession(user);
  }

  /**
   * Ends every sign-in, the caller's own included (its refresh family is not known here): the
   * client signs in again with the new password.
   */
  async changePassword(user: User, currentPassword: string, newPassword: string): Promise<true> {
    const password = parseInput(passwordSchema, newPassword, 'newPassword');
    requireStrongPassword(password, [user.email, user.displayName], 'newPassword');
    await this.unitOfWork.run(userKey(user._id), async () => {
      await this.requirePassword(user, currentPassword, 'currentPassword');
      await this.users.setPassword(user._id, await this.hasher.hash(password), new Date());
    });
    await this.sessions.revokeAllOf(user._id, 'password');
    return true;
  }

  /**
   * Sends a confirmation link to the new address, which takes effect when it is followed
   * (verifyEmail), and a notice to the current address if it is verified, so that someone who
   * took over the session is noticed.
   */
  async changeEmail(user: User, password: string, newEmail: string): Promise<true> {
    const email = parseInput(emailSchema, newEmail, 'newEmail');
    await this.requirePassword(user, password, 'password');
    if (email === user.email || (await this.users.findByEmail(email)) !== null) {
      throw new ConflictError('An account with this email address already exists.', 'EMAIL_TAKEN');
    }
    const { token, hash } = await this.issueToken(AccountTokenPurpose.CHANGE_EMAIL, user, email);
    await this.send(
      `verify:${hash}`,
      email,
      user.language,
      changeEmailMail(user.language, user.displayName, this.link('e-mail-bevestigen', token)),
    );
    if (user.emailVerifiedAt !== null) {
      await this.send(
        `email-change:${hash}`,
        user.email,
        user.language,
        emailChangeNoticeMail(user.language, user.displayName, email),
      );
    }
    return true;
  }

  async updateProfile(user: User, input: ProfileInput): Promise<User> {
    const data = parseInput(profileSchema, input, 'input');
    return this.unitOfWork.run(userKey(user._id), async () => {
      const changes: ProfileChanges = {};
      if (data.displayName != null) {
        changes.displayName = data.displayName;
      }
      if (data.organization != null) {
        changes.organization = data.organization || null;
      }
      if (data.sector != null) {
        changes.sector = await this.sectors.requireKnown(data.sector || null, 'input.sector');
      }
      if (data.language != null) {
        changes.language = data.language;
      }
      return (await this.users.updateProfile(user._id, changes)) ?? user;
    });
  }

  /** An admin's resend; nothing when the address is verified already. */
  async resendVerification(userId: string): Promise<true> {
    return this.requestEmailVerification(await this.require(userId));
  }

  /** An admin starts a reset: the user gets the link; the admin never sees or sets a password. */
  async sendPasswordReset(userId: string): Promise<true> {
    const user = await this.require(userId);
    if (user.blockedAt !== null) {
      throw new ConflictError('This account is blocked; unblock it before sending a reset link.');
    }
    await this.sendPasswordResetMail(user);
    return true;
  }

  private async sendVerification(user: User): Promise<void> {
    const { token, hash } = await this.issueToken(AccountTokenPurpose.VERIFY_EMAIL, user, user.email);
    await this.send(
      `verify:${hash}`,
      user.email,
      user.language,
      verificationMail(user.language, user.displayName, this.link('e-mail-bevestigen', token)),
    );
  }

  private async sendPasswordResetMail(user: User): Promise<void> {
    const { token, hash } = await this.issueToken(AccountTokenPurpose.RESET_PASSWORD, user, user.email);
    await this.send(
      `reset:${hash}`,
      user.email,
      user.language,
      passwordResetMail(user.language, user.displayName, this.link('wachtwoord-herstellen', token)),
    );
  }

  /**
   * Switches to a confirmed new address; runs in the user's unit of work. The unique index on
   * the address is what guarantees one account per address; the lookup before the write gives
   * the answer a reason, since FerretDB v1 reports a unique violation of an update as an
   * internal error, not as a duplicate key: when the write fails, a second lookup tells a
   * registration of the address in the same moment (CONFLICT) from a failing database.
   */
  private async switchEmail(user: User, email: string): Promise<User> {
    const taken = () =>
      new ConflictError('Another account has taken this email address meanwhile.', 'EMAIL_TAKEN');
    if ((await this.users.findByEmail(email)) !== null) {
      throw taken();
    }
    try {
      return (await this.users.setVerifiedEmail(user._id, email, new Date())) ?? user;
    } catch (error) {
      if (isDuplicateKeyError(error) || (await this.users.findByEmail(email).catch(() => null)) !== null) {
        throw taken();
      }
      throw error;
    }
  }

  private async issueToken(
    purpose: AccountTokenPurpose,
    user: User,
    email: string,
  ): Promise<{ token: string; hash: string }> {
    const token = randomToken();
    const hash = hashToken(token);
    await this.tokens.insert({
      _id: hash,
      purpose,
      userId: user._id,
      email,
      expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
    });
    return { token, hash };
  }

  /**
   * The token's record, used up: of concurrent uses of one token exactly one gets here (the
   * delete by `_id` decides). A token of another purpose or past its time is left alone.
   */
  private async claim(token: string, purposes: readonly AccountTokenPurpose[]): Promise<AccountTokenRecord> {
    const hash = hashToken(token);
    const record = await this.tokens.findByHash(hash);
    if (
      record === null ||
      !purposes.includes(record.purpose) ||
      record.expiresAt.getTime() <= Date.now() ||
      !(await this.tokens.consume(hash))
    ) {
      throw invalidToken();
    }
    return record;
  }

  private async requirePassword(user: User, password: string, field: string): Promise<void> {
    const credentials = await this.users.findCredentialsById(user._id);
    if (credentials === null || !(await this.hasher.verify(credentials.passwordHash, password))) {
      throw new InvalidInputError('The password is wrong.', field, 'WRONG_PASSWORD');
    }
  }

  private async require(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (user === null) {
      throw new NotFoundError('User', userId);
    }
    return user;
  }

  private link(path: string, token: string): string {
    return `${this.publicUrl}/${path}/${token}`;
  }

  private send(key: string, to: string, language: Language, content: MailContent): Promise<void> {
    return this.mailer.send(toOutgoingMail(key, to, language, content));
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }
}
