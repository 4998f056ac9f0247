import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, type QueryFilter, trusted, Types } from 'mongoose';
import { type CursorPosition, DEFAULT_LANGUAGE } from '@app/core';
import { DocumentCaches, findEachById, findNewestPage } from '@app/database';
import { Role } from '../roles';
import { type User, USER_MODEL, type UserRecord } from './user.schema';

const WITHOUT_HASH = { passwordHash: 0 } as const;
const USER_CACHE_SIZE = 20_000;

export type NewUser = Pick<
  UserRecord,
  'email' | 'displayName' | 'organization' | 'sector' | 'roles' | 'passwordHash'
> &
  Partial<Pick<UserRecord, 'language' | 'emailVerifiedAt'>>;

/** The fields a user changes on their profile. */
export type ProfileChanges = Partial<
  Pick<UserRecord, 'displayName' | 'organization' | 'sector' | 'language'>
>;

/**
 * Lean reads skip the schema's defaults, and users stored before a field existed lack it: they
 * read as Dutch, unverified and with every access token valid.
 */
function withDefaults<
  T extends Partial<Pick<UserRecord, 'language' | 'emailVerifiedAt' | 'sessionsValidAfter'>>,
>(user: T): T & Pick<UserRecord, 'language' | 'emailVerifiedAt' | 'sessionsValidAfter'> {
  return {
    ...user,
    language: user.language ?? DEFAULT_LANGUAGE,
    emailVerifiedAt: user.emailVerifiedAt ?? null,
    sessionsValidAfter: user.sessionsValidAfter ?? null,
  };
}

function orNull<T extends object>(user: T | null): (T & ReturnType<typeof withDefaults>) | null {
  return user === null ? null : withDefaults(user);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

@Injectable()
export class UsersRepository implements OnModuleInit {
  /** Every signed-in request reads its user, and every list its authors. */
  private readonly cache;

  constructor(
    @InjectModel(USER_MODEL) private readonly users: Model<UserRecord>,
    caches: DocumentCaches,
  ) {
    this.cache = caches.create<User>('users', USER_CACHE_SIZE);
  }

  /** The unique email index must exist before the first registration. */
  async onModuleInit(): Promise<void> {
    await this.users.init();
  }

  /** Throws a duplicate-key error when the email is taken. */
  async insert(user: NewUser): Promise<User> {
    const { passwordHash, ...created } = (await this.users.create(user)).toObject();
    return created;
  }

  async findById(id: string): Promise<User | null> {
    if (!isValidObjectId(id)) {
      return null;
    }
    // One key per user: writes invalidate the lower-case hex, while ids arrive in any accepted form.
    const key = new Types.ObjectId(id).toHexString();
    return this.cache.read(key, async () =>
      orNull(await this.users.findById(key, WITHOUT_HASH).lean<User>().exec()),
    );
  }

  /** By `_id` one at a time: FerretDB scans the whole collection for `_id: { $in }` (findEachById). */
  async findByIds(ids: readonly Types.ObjectId[]): Promise<User[]> {
    const users = await findEachById<UserRecord, User>(this.users, ids, {
      projection: WITHOUT_HASH,
      readOne: (id) => this.findById(id),
    });
    return users.map(withDefaults);
  }

  async findByEmail(email: string): Promise<User | null> {
    return orNull(await this.users.findOne({ email }, WITHOUT_HASH).lean<User>().exec());
  }

  async passwordHashOf(id: Types.ObjectId): Promise<string | null> {
    const record = await this.users
      .findById(id, { passwordHash: 1 })
      .lean<Pick<UserRecord, 'passwordHash'>>()
      .exec();
    return record?.passwordHash ?? null;
  }

  async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
    return this.credentialsOf(await this.users.findOne({ email }).lean<UserRecord>().exec());
  }

  /** For confirming a change with the current password. */
  async findCredentialsById(id: Types.ObjectId): Promise<{ user: User; passwordHash: string } | null> {
    return this.credentialsOf(await this.users.findById(id).lean<UserRecord>().exec());
  }

  /** Answers the user as stored after the change. */
  setRoles(id: Types.ObjectId, roles: Role[]): Promise<User | null> {
    return this.update(id, { roles });
  }

  /** Answers the user as stored after the change. */
  setBlocked(id: Types.ObjectId, blocked: { at: Date; reason: string } | null): Promise<User | null> {
    return this.update(id, { blockedAt: blocked?.at ?? null, blockedReason: blocked?.reason ?? null });
  }

  /** Callers run it in the user's unit of work; answers the user as stored after the change. */
  updateProfile(id: Types.ObjectId, changes: ProfileChanges): Promise<User | null> {
    return this.update(id, changes);
  }

  /** Callers run it in the user's unit of work; answers the user as stored after the change. */
  setEmailVerified(id: Types.ObjectId, at: Date): Promise<User | null> {
    return this.update(id, { emailVerifiedAt: at });
  }

  /**
   * A confirmed new address. Callers run it in the user's unit of work; the unique index refuses
   * an address another account has (a duplicate-key error on MongoDB, an internal one on
   * FerretDB v1).
   */
  setVerifiedEmail(id: Types.ObjectId, email: string, at: Date): Promise<User | null> {
    return this.update(id, { email, emailVerifiedAt: at });
  }

  /**
   * A new password, which also ends the access tokens issued before `sessionsValidAfter`, and
   * optionally marks the address verified. Callers run it in the user's unit of work.
   */
  setPassword(
    id: Types.ObjectId,
    passwordHash: string,
    sessionsValidAfter: Date,
    emailVerifiedAt?: Date,
  ): Promise<User | null> {
    return this.update(id, { passwordHash, sessionsValidAfter, ...(emailVerifiedAt && { emailVerifiedAt }) });
  }

  /** Through the cache, so that no request reads the user as it was before the write. */
  private async update(id: Types.ObjectId, set: Partial<UserRecord>): Promise<User | null> {
    await this.cache.write(id.toHexString(), () => this.users.updateOne({ _id: id }, { $set: set }).exec());
    return this.findById(id.toHexString());
  }

  private credentialsOf(record: UserRecord | null): { user: User; passwordHash: string } | null {
    if (record === null) {
      return null;
    }
    const { passwordHash, ...user } = withDefaults(record);
    return { user, passwordHash };
  }

  /** Callers run it in the user's unit of work. */
  async setSector(id: Types.ObjectId, sector: string | null): Promise<void> {
    await this.update(id, { sector });
  }

  /** Removes the record; the email becomes free. True when this call removed it. */
  async delete(id: Types.ObjectId): Promise<boolean> {
    const result = await this.cache.write(id.toHexString(), () => this.users.deleteOne({ _id: id }).exec());
    return result.deletedCount === 1;
  }

  /** Users with a sector that is none of these slugs. */
  withSectorOutside(slugs: readonly string[]): Promise<{ _id: Types.ObjectId; sector: string }[]> {
    return this.users
      .find({ sector: trusted({ $nin: [...slugs, null] }) }, { sector: 1 })
      .lean<{ _id: Types.ObjectId; sector: string }[]>()
      .exec();
  }

  /** Users with the ADMIN role who are not blocked. */
  countActiveAdmins(): Promise<number> {
    return this.users.countDocuments({ roles: Role.ADMIN, blockedAt: null }).exec();
  }

  /** Users newest first, optionally matching `search` in email or display name. */
  async page(
    search: string | null,
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ users: User[]; totalCount: number }> {
    const filter: QueryFilter<UserRecord> = {};
    if (search) {
      const pattern = new RegExp(escapeRegExp(search), 'i');
      filter.$or = [{ email: pattern }, { displayName: pattern }];
    }
    const { items, totalCount } = await findNewestPage(
      this.users,
      filter,
      'createdAt',
      after,
      limit,
      WITHOUT_HASH,
    );
    return { users: items.map(withDefaults), totalCount };
  }
}
