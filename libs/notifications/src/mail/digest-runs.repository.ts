import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DIGEST_RUN_MODEL, type DigestRunRecord } from './digest-runs.schema';

const runId = (day: string): string => `digest:${day}`;

@Injectable()
export class DigestRunsRepository {
  constructor(@InjectModel(DIGEST_RUN_MODEL) private readonly runs: Model<DigestRunRecord>) {}

  async isFinished(day: string): Promise<boolean> {
    const run = await this.runs.findById(runId(day)).lean<DigestRunRecord>().exec();
    // Lean reads apply no defaults: a run that never finished may lack the field.
    return (run?.finishedAt ?? null) !== null;
  }

  async started(day: string, at: Date): Promise<void> {
    await this.runs
      .updateOne({ _id: runId(day) }, { $setOnInsert: { startedAt: at, finishedAt: null } }, { upsert: true })
      .exec();
  }

  async finished(day: string, at: Date): Promise<void> {
    await this.runs.updateOne({ _id: runId(day) }, { $set: { finishedAt: at } }).exec();
  }
}
