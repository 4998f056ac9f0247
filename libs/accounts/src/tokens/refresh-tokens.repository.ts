import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import {
  REFRESH_TOKEN_MODEL,
  type RefreshTokenRecord,
  REVOKED_FAMILY_MODEL,
  type RevokedFamilyRecord,
} from './refresh-token.schema';

@Injectable()
export class RefreshTokensRepository implements OnModuleInit {
  constructor(
    @InjectModel(REFRESH_TOKEN_MODEL) private readonly tokens: Model<RefreshTokenRecord>,
    @InjectModel(REVOKED_FAMILY_MODEL) private readonly revokedFamilies: Model<RevokedFamilyRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await Promise.all([this.tokens.init(), this.revokedFamilies.init()]);
  }

  /** False when a token with the same `rotatedFrom` exists already (the parent was used). */
  async insert(token: Omit<RefreshTokenRecord, 'createdAt'>): Promise<boolean> {
    return (await unlessDuplicate(this.tokens.create(token))) !== null;
  }

  findByHash(hash: string): Promise<RefreshTokenRecord | null> {
    return this.tokens.findById(hash).lean<RefreshTokenRecord>().exec();
  }

  findSuccessor(hash: string): Promise<RefreshTokenRecord | null> {
    return this.tokens
      .findOne({ rotatedFrom: `token:${hash}` })
      .lean<RefreshTokenRecord>()
      .exec();
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return (await this.revokedFamilies.exists({ _id: familyId }).exec()) !== null;
  }

  /** Idempotent: revoking a revoked family changes nothing. */
  async revokeFamily(family: Omit<RevokedFamilyRecord, 'revokedAt'>): Promise<void> {
    await unlessDuplicate(this.revokedFamilies.create({ ...family, revokedAt: new Date() }));
  }

  async familiesOf(userId: Types.ObjectId): Promise<string[]> {
    const families = await this.tokens.distinct('familyId', { userId }).exec();
    return families.map(String);
  }

  /** Every token and revoked family of the user: tokens first, so none is ever usable meanwhile. */
  async deleteAllOf(userId: Types.ObjectId): Promise<void> {
    await this.tokens.deleteMany({ userId }).exec();
    await this.revokedFamilies.deleteMany({ userId }).exec();
  }
}
