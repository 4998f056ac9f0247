import { UnitOfWork } from '@app/database';
import { Injectable } from '@nestjs/common';
import type { Types } from 'mongoose';
import { z } from 'zod';
import {
  buildConnection,
  DEFAULT_LANGUAGE,
  type Connection,
  ConflictError,
  ForbiddenError,
  isDuplicateKeyError,
  LANGUAGES,
  lineText,
  NotFoundError,
  parseInput,
  resolvePageRequest,
  searchText,
} from '@app/core';
import { PasswordHasher } from '../passwords/password-hasher';
import { SectorsService } from '../sectors/sectors.service';
import { passwordSchema, requireStrongPassword } from '../passwords/password-policy';
import { Role } from '../roles';
import type { User } from './user.schema';
import { UsersRepository } from './users.repository';

const optionalText = (max: number) =>
  lineText({ max })
    .nullish()
    .transform((value) => value || null);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'));

export const displayNameSchema = lineText({ min: 2, max: 80 });
export const ORGANIZATION_MAX = 120;
export const SECTOR_MAX = 80;

const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  organization: optionalText(ORGANIZATION_MAX),
  /** A slug of the sector list (checked against it in `create`). */
  sector: optionalText(SECTOR_MAX),
  /** The language of mail; Dutch when not given. */
  language: z.enum(LANGUAGES).nullish(),
});

export type NewUserInput = z.input<typeof newUserSchema>;

const blockReasonSchema = z.string().trim().min(3, 'must be at least 3 characters').max(500);

/** The block reason of an account whose deletion has begun. */
export const DELETION_REASON = 'Account deletion requested by its owner.';

/** The unit-of-work key of every change that could remove an admin (UsersService.changeAccess). */
const ADMINS_KEY = 'admins';

function isActiveAdmin(user: User): boolean {
  return user.roles.includes(Role.ADMIN) && user.blockedAt === null;
}

/** MEMBER is every registered user; the list is stored sorted and without repeats. */
function normaliseRoles(roles: readonly Role[]): Role[] {
  const order = Object.values(Role);
  return [...new Set([Role.MEMBER, ...roles])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    /** Two concurrent updates of one user could undo each other (see UnitOfWork). */
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly sectors: SectorsService,
  ) {}

  /** Validates and stores a new user; CONFLICT when the email is taken. */
  async create(input: NewUserInput, roles: readonly Role[] = [], fieldPrefix = 'input'): Promise<User> {
    const data = parseInput(newUserSchema, input, fieldPrefix);
    requireStrongPassword(data.password, [data.email, data.displayName], `${fieldPrefix}.password`);
    const sector = await this.sectors.requireKnown(data.sector, `${fieldPrefix}.sector`);
    try {
      return await this.users.insert({
        email: data.email,
        displayName: data.displayName,
        organization: data.organization,
        sector,
        language: data.language ?? DEFAULT_LANGUAGE,
        roles: normaliseRoles(roles),
        passwordHash: await this.hasher.hash(data.password),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new ConflictError('An account with this email address already exists.', 'EMAIL_TAKEN');
      }
      throw error;
    }
  }

  /**
   * Accounts that share one password, such as the demo's published one: the password is checked
   * and hashed once rather than per account, since hashing is slow by design. An account whose
   * email exists is kept as it is; the result is in the order of `inputs`. `verified` stores
   * the addresses as confirmed (the demo's, so that its mail is sent).
   */
  async importWithSharedPassword(
    inputs: readonly Omit<NewUserInput, 'password'>[],
    password: string,
    {
      roles = [],
      verified = false,
      onEach = () => undefined,
    }: { roles?: readonly Role[]; verified?: boolean; onEach?: () => void } = {},
  ): Promise<User[]> {
    requireStrongPassword(parseInput(passwordSchema, password, 'password'), [], 'password');
    const passwordHash = await this.hasher.hash(password);
    const users: User[] = [];
    for (const input of inputs) {
      const data = parseInput(newUserSchema, { ...input, password }, 'input');
      const sector = await this.sectors.requireKnown(data.sector, 'input.sector');
      users.push(
        (await this.users.findByEmail(data.email)) ??
          (await this.users.insert({
            email: data.email,
            displayName: data.displayName,
            organization: data.organization,
            sector,
            language: data.language ?? DEFAULT_LANGUAGE,
            emailVerifiedAt: verified ? new Date() : null,
            roles: normaliseRoles(roles),
            passwordHash,
          })),
      );
      onEach();
    }
    return users;
  }

  findById(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  findByIds(ids: readonly Types.ObjectId[]): Promise<User[]> {
    return this.users.findByIds(ids);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(parseInput(emailSchema, email, 'email'));
  }

  async list(args: {
    first?: number | null;
    after?: string | null;
    search?: string | null;
  }): Promise<Connection<User>> {
    const page = resolvePageRequest(args);
    const search = parseInput(searchText(100).nullish(), args.search, 'search');
    const { users, totalCount } = await this.users.page(search ?? null, page.after, page.limit + 1);
    return buildConnection(users, page, totalCount, (user) => ({
      key: user.createdAt.getTime(),
      id: user._id.toHexString(),
    }));
  }

  async setRoles(actor: User, userId: string, roles: readonly Role[]): Promise<User> {
    const next = normaliseRoles(roles);
    return this.changeAccess(userId, (user) => {
      if (user._id.equals(actor._id) && !next.includes(Role.ADMIN)) {
        throw new ForbiddenError('You cannot remove your own ADMIN role; ask another admin.', 'OWN_ACCOUNT');
      }
      return {
        staysAdmin: next.includes(Role.ADMIN) && user.blockedAt === null,
        write: () => this.users.setRoles(user._id, next),
      };
    });
  }

  async setBlocked(actor: User, userId: string, reason: string | null): Promise<User> {
    const blocked =
      reason === null ? null : { at: new Date(), reason: parseInput(blockReasonSchema, reason, 'reason') };
    return this.changeAccess(userId, (user) => {
      if (user._id.equals(actor._id)) {
        throw new ForbiddenError('You cannot block or unblock yourself.', 'OWN_ACCOUNT');
      }
      return {
        staysAdmin: blocked === null && user.roles.includes(Role.ADMIN),
        write: () => this.users.setBlocked(user._id, blocked),
      };
    });
  }

  /**
   * Blocks a user who asked to delete their account, so they can sign in no more (docs/PRIVACY.md).
   * Under the `admins` key like every block: the last unblocked admin cannot leave. Does nothing
   * for a user deleted already, so a resumed deletion can call it again.
   */
  async blockForDeletion(userId: Types.ObjectId): Promise<void> {
    const id = userId.toHexString();
    await this.unitOfWork.run([ADMINS_KEY, `user:${id}`], async () => {
      const user = await this.users.findById(id);
      if (user === null || user.blockedReason === DELETION_REASON) return;
      if (isActiveAdmin(user) && (await this.users.countActiveAdmins()) <= 1) {
        throw new ConflictError(
          'You are the only admin; give another user the ADMIN role before deleting your account.',
        );
      }
      await this.users.setBlocked(user._id, { at: new Date(), reason: DELETION_REASON });
    });
  }

  /** Removes the user record (the last step of a deletion); the email can register again. */
  deleteRecord(userId: Types.ObjectId): Promise<boolean> {
    return this.unitOfWork.run([ADMINS_KEY, `user:${userId.toHexString()}`], () => this.users.delete(userId));
  }

  /** True when the platform has an admin who can sign in. */
  async hasActiveAdmin(): Promise<boolean> {
    return (await this.users.countActiveAdmins()) > 0;
  }

  /**
   * Every change of roles or blocks runs under one common key (`admins`) besides the user's
   * own, and counts under it the unblocked admins that remain. Two admins removing each other at
   * once are thus applied one after the other, and the second sees the first's change: it would
   * remove the last admin and is refused.
   */
  private changeAccess(
    userId: string,
    plan: (user: User) => { staysAdmin: boolean; write: () => Promise<User | null> },
  ): Promise<User> {
    return this.unitOfWork.run([ADMINS_KEY, `user:${userId}`], async () => {
      const user = await this.require(userId);
      const { staysAdmin, write } = plan(user);
      if (isActiveAdmin(user) && !staysAdmin && (await this.users.countActiveAdmins()) <= 1) {
        throw new ConflictError(
          'This would leave no unblocked admin; give another user the ADMIN role first.',
        );
      }
      return (await write()) ?? user;
    });
  }

  private async require(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (user === null) {
      throw new NotFoundError('User', userId);
    }
    return user;
  }
}
