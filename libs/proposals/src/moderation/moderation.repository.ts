import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, Types } from 'mongoose';
import { type CursorPosition, unlessDuplicate } from '@app/core';
import { findEachById, findNewestPage } from '@app/database';
import { voteId } from '../votes/vote.schema';
import {
  type AuditAction,
  AUDIT_MODEL,
  type AuditRecord,
  FLAG_MODEL,
  type FlagRecord,
} from './moderation.schema';

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

  /** By `_id` (`<proposalId>:<userId>`) one at a time (findEachById): the `myFlag` of a page. */
  findByIds(ids: readonly string[]): Promise<FlagRecord[]> {
    return findEachById(this.flags, ids);
  }

  /** The reasons given for these proposals' flags, newest first. */
  reasonsFor(proposalIds: readonly Types.ObjectId[]): Promise<Pick<FlagRecord, 'proposalId' | 'reason'>[]> {
    return this.flags
      .find({ proposalId: trusted({ $in: [...proposalIds] }) }, { proposalId: 1, reason: 1 })
      .sort({ createdAt: -1, _id: -1 })
      .lean<Pick<FlagRecord, 'proposalId' | 'reason'>[]>()
      .exec();
  }

  async record(entry: Omit<AuditRecord, '_id' | 'at'>): Promise<void> {
    await this.audit.create({ ...entry, at: new Date() });
  }

  /** What moderation did to these proposals, or merged into them, oldest first. */
  about(proposalIds: readonly Types.ObjectId[], actions: readonly AuditAction[]): Promise<AuditRecord[]> {
    const ids = trusted({ $in: [...proposalIds] });
    return this.audit
      .find({
        $or: [{ proposalId: ids }, { targetId: ids }],
        action: trusted({ $in: [...actions] }),
      })
      .sort({ at: 1, _id: 1 })
      .lean<AuditRecord[]>()
      .exec();
  }

  async page(
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ entries: AuditRecord[]; totalCount: number }> {
    const { items, totalCount } = await findNewestPage(this.audit, {}, 'at', after, limit);
    return { entries: items, totalCount };
  }
}
