import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import { type CursorPosition, unlessDuplicate } from '@app/core';
import { findNewestPage } from '@app/database';
import { voteId } from '../votes/vote.schema';
import { AUDIT_MODEL, type AuditRecord, FLAG_MODEL, type FlagRecord } from './moderation.schema';

@Injectable()
export class ModerationRepository {
  constructor(
    @InjectModel(FLAG_MODEL) private readonly flags: Model<FlagRecord>,
    @InjectModel(AUDIT_MODEL) private readonly audit: Model<AuditRecord>,
  ) {}

  /** False when this user flagged the proposal before. */
  async insertFlag(proposalId: Types.ObjectId, userId: Types.ObjectId, reason: string): Promise<boolean> {
    return (
      (await unlessDuplicate(
        this.flags.create({ _id: voteId(proposalId, userId), proposalId, userId, reason }),
      )) !== null
    );
  }

  countFlags(proposalId: Types.ObjectId): Promise<number> {
    return this.flags.countDocuments({ proposalId }).exec();
  }

  async record(entry: Omit<AuditRecord, '_id' | 'at'>): Promise<void> {
    await this.audit.create({ ...entry, at: new Date() });
  }

  async page(
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ entries: AuditRecord[]; totalCount: number }> {
    const { items, totalCount } = await findNewestPage(this.audit, {}, 'at', after, limit);
    return { entries: items, totalCount };
  }
}
