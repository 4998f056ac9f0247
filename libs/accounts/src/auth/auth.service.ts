import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import { NotAuthenticatedError } from '@app/core';
import { PasswordHasher } from '../passwords/password-hasher';
import { TokenService } from '../tokens/token.service';
import type { User } from '../users/user.schema';
import { UsersRepository } from '../users/users.repository';
import { emailSchema, type NewUserInput, UsersService } from '../users/users.service';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const WRONG_CREDENTIALS = 'Wrong email address or password.';
const BLOCKED = 'This account is blocked.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async register(input: NewUserInput): Promise<Session> {
    return this.startSession(await this.users.create(input));
  }

  /**
   * Unknown email and wrong password give the same answer after the same work (one argon2
   * verification), so the response does not tell whether an account exists.
   */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const normalised = emailSchema.safeParse(email);
    const credentials = normalised.success
      ? await this.usersRepository.findCredentials(normalised.data)
      : null;
    const valid =
      credentials === null
        ? await this.hasher.verifyDecoy(password)
        : await this.hasher.verify(credentials.passwordHash, password);
    if (!valid || credentials === null) {
      throw new NotAuthenticatedError(WRONG_CREDENTIALS, 'INVALID_CREDENTIALS');
    }
    if (credentials.user.blockedAt !== null) {
      throw new NotAuthenticatedError(BLOCKED, 'ACCOUNT_BLOCKED');
    }
    return credentials.user;
  }

  async startSession(user: User): Promise<Session> {
    return {
      accessToken: this.tokens.issueAccessToken(user._id),
      refreshToken: await this.tokens.startFamily(user._id),
      user,
    };
  }

  async refresh(refreshToken: string): Promise<Session> {
    const { userId, refreshToken: next } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId.toHexString());
    if (user === null || user.blockedAt !== null) {
      await this.tokens.revokeAllOf(userId);
      throw user === null
        ? new NotAuthenticatedError(WRONG_CREDENTIALS, 'INVALID_CREDENTIALS')
        : new NotAuthenticatedError(BLOCKED, 'ACCOUNT_BLOCKED');
    }
    return { accessToken: this.tokens.issueAccessToken(user._id), refreshToken: next, user };
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revoke(refreshToken);
  }

  /** Whether `password` is the user's password (argon2 verification). */
  async checkPassword(user: User, password: string): Promise<boolean> {
    const hash = await this.usersRepository.passwordHashOf(user._id);
    return hash === null ? this.hasher.verifyDecoy(password) : this.hasher.verify(hash, password);
  }

  /**
   * The first step of deleting an account: blocks it and ends all its sign-ins, so its access and
   * refresh tokens fail at once. Safe to run again.
   */
  async closeForDeletion(userId: Types.ObjectId): Promise<void> {
    await this.users.blockForDeletion(userId);
    await this.tokens.revokeAllOf(userId);
  }

  /** The last step of deleting an account: its tokens and then its record. Safe to run again. */
  async eraseAccount(userId: Types.ObjectId): Promise<void> {
    await this.tokens.deleteAllOf(userId);
    await this.users.deleteRecord(userId);
  }

  /** Blocks a user and ends all their sign-ins; their access tokens stop working at once. */
  async block(actor: User, userId: string, reason: string): Promise<User> {
    const user = await this.users.setBlocked(actor, userId, reason);
    await this.tokens.revokeAllOf(user._id);
    return user;
  }
}
