import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, type QueryFilter, trusted, Types } from 'mongoose';
import type { CursorPosition } from '@app/core';
import { DocumentCaches, findEachById, findNewestPage } from '@app/database';
import { Role } from '../roles';
import { type User, USER_MODEL, type UserRecord } from './user.schema';

const WITHOUT_HASH = { passwordHash: 0 } as const;
const USER_CACHE_SIZE = 20_000;

export type NewUser = Pick<
  UserRecord,
  'email' | 'displayName' | 'organization' | 'sector' | 'roles' | 'passwordHash'
>;

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
    this.cache = caches.create<User>(USER_CACHE_SIZE);
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
    return this.cache.read(key, () => this.users.findById(key, WITHOUT_HASH).lean<User>().exec());
  }

  /** By `_id` one at a time: FerretDB scans the whole collection for `_id: { $in }` (findEachById). */
  findByIds(ids: readonly Types.ObjectId[]): Promise<User[]> {
    return findEachById(this.users, ids, { projection: WITHOUT_HASH, readOne: (id) => this.findById(id) });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({ email }, WITHOUT_HASH).lean<User>().exec();
  }

  async passwordHashOf(id: Types.ObjectId): Promise<string | null> {
    const record = await this.users
      .findById(id, { passwordHash: 1 })
      .lean<Pick<UserRecord, 'passwordHash'>>()
      .exec();
    return record?.passwordHash ?? null;
  }

  async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null> {
    const record = await this.users.findOne({ email }).lean<UserRecord>().exec();
    if (record === null) {
      return null;
    }
    const { passwordHash, ...user } = record;
    return { user, passwordHash };
  }

  /** Answers the user as stored after the change. */
  async setRoles(id: Types.ObjectId, roles: Role[]): Promise<User | null> {
    await this.cache.write(id.toHexString(), () =>
      this.users.updateOne({ _id: id }, { $set: { roles } }).exec(),
    );
    return this.findById(id.toHexString());
  }

  /** Answers the user as stored after the change. */
  async setBlocked(id: Types.ObjectId, blocked: { at: Date; reason: string } | null): Promise<User | null> {
    await this.cache.write(id.toHexString(), () =>
      this.users
        .updateOne(
          { _id: id },
          { $set: { blockedAt: blocked?.at ?? null, blockedReason: blocked?.reason ?? null } },
        )
        .exec(),
    );
    return this.findById(id.toHexString());
  }

  /** Callers run it in the user's unit of work. */
  async setSector(id: Types.ObjectId, sector: string | null): Promise<void> {
    await this.cache.write(id.toHexString(), () =>
      this.users.updateOne({ _id: id }, { $set: { sector } }).exec(),
    );
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
    return { users: items, totalCount };
  }
}
