import { upsertOrderedEntry } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { findEachById } from '@app/database';
import {
  FOLLOW_UP_EVENT_MODEL,
  FOLLOW_UP_MODEL,
  FOLLOW_UP_STATUS_MODEL,
  type FollowUpEventRecord,
  type FollowUpRecord,
  type FollowUpStatusRecord,
} from './follow-up.schema';

@Injectable()
export class FollowUpRepository {
  constructor(
    @InjectModel(FOLLOW_UP_STATUS_MODEL) private readonly statuses: Model<FollowUpStatusRecord>,
    @InjectModel(FOLLOW_UP_MODEL) private readonly followUps: Model<FollowUpRecord>,
    @InjectModel(FOLLOW_UP_EVENT_MODEL) private readonly events: Model<FollowUpEventRecord>,
  ) {}

  async init(): Promise<void> {
    await Promise.all([this.statuses.init(), this.followUps.init(), this.events.init()]);
  }

  allStatuses(): Promise<FollowUpStatusRecord[]> {
    return this.statuses.find().sort({ position: 1, _id: 1 }).lean<FollowUpStatusRecord[]>().exec();
  }

  findStatus(key: string): Promise<FollowUpStatusRecord | null> {
    return this.statuses.findOne({ key }).lean<FollowUpStatusRecord>().exec();
  }

  async insertStatusIfMissing(status: Omit<FollowUpStatusRecord, '_id'>): Promise<boolean> {
    return (await unlessDuplicate(this.statuses.create(status))) !== null;
  }

  /** Creates the status at the end of the list, or changes the status with this key. */
  upsertStatus(
    key: string,
    changes: Pick<FollowUpStatusRecord, 'name' | 'kind' | 'color'>,
  ): Promise<FollowUpStatusRecord> {
    return upsertOrderedEntry(this.statuses, { key }, changes);
  }

  /** Creates the follow-up of an item unless it has one (re-publishing keeps it). */
  async insertFollowUpIfMissing(followUp: FollowUpRecord): Promise<boolean> {
    return (await unlessDuplicate(this.followUps.create(followUp))) !== null;
  }

  findFollowUp(itemId: string): Promise<FollowUpRecord | null> {
    return this.followUps.findById(itemId).lean<FollowUpRecord>().exec();
  }

  /** By `_id` one at a time: FerretDB scans the whole collection for `_id: { $in }` (findEachById). */
  findFollowUps(itemIds: readonly string[]): Promise<FollowUpRecord[]> {
    return findEachById(this.followUps, itemIds);
  }

  async setCurrent(itemId: string, changes: Omit<FollowUpRecord, '_id' | 'listId'>): Promise<void> {
    await this.followUps.updateOne({ _id: itemId }, { $set: changes }).exec();
  }

  async appendEvent(event: Omit<FollowUpEventRecord, '_id'>): Promise<FollowUpEventRecord> {
    return (await this.events.create(event)).toObject();
  }

  eventsOf(itemIds: readonly string[]): Promise<FollowUpEventRecord[]> {
    return this.events
      .find({ itemId: trusted({ $in: [...itemIds] }) })
      .sort({ at: 1, recordedAt: 1, _id: 1 })
      .lean<FollowUpEventRecord[]>()
      .exec();
  }
}
