import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, trusted, type Types } from 'mongoose';
import { unlessDuplicate } from '@app/core';
import { PAIRWISE_ANSWER_MODEL, pairwiseAnswerId, type PairwiseAnswerRecord } from './pairwise-answer.schema';

export interface NewPairwiseAnswer {
  memberId: Types.ObjectId;
  /** The pair, in any order. */
  pair: readonly [Types.ObjectId, Types.ObjectId];
  /** Null for a skip. */
  winnerId: Types.ObjectId | null;
}

@Injectable()
export class PairwiseRepository {
  constructor(@InjectModel(PAIRWISE_ANSWER_MODEL) private readonly answers: Model<PairwiseAnswerRecord>) {}

  /** True when this call stored the answer; false when the member had answered this pair already. */
  async insert(answer: NewPairwiseAnswer): Promise<boolean> {
    const [first, second] = answer.pair;
    const winnerId = answer.winnerId;
    const record: PairwiseAnswerRecord = {
      _id: pairwiseAnswerId(answer.memberId, first, second),
      memberId: answer.memberId,
      winnerId,
      loserId: winnerId === null ? null : winnerId.equals(first) ? second : first,
      // A skip moves no strength: nothing is left to apply.
      applied: winnerId === null,
      createdAt: new Date(),
    };
    return (await unlessDuplicate(this.answers.insertMany([record], { lean: true }))) !== null;
  }

  findById(id: string): Promise<PairwiseAnswerRecord | null> {
    return this.answers.findById(id).lean<PairwiseAnswerRecord>().exec();
  }

  /** Whether the member answered this pair (in either order); by primary key. */
  async answered(memberId: Types.ObjectId, a: Types.ObjectId, b: Types.ObjectId): Promise<boolean> {
    return (await this.answers.exists({ _id: pairwiseAnswerId(memberId, a, b) }).exec()) !== null;
  }

  async markApplied(id: string): Promise<void> {
    await this.answers.updateOne({ _id: id }, { $set: { applied: true } }).exec();
  }

  /** The `<lowerId>:<higherId>` of every pair the member answered. */
  async answeredPairs(memberId: Types.ObjectId): Promise<Set<string>> {
    const found = await this.answers.find({ memberId }, { _id: 1 }).lean<{ _id: string }[]>().exec();
    return new Set(found.map(({ _id }) => _id.slice(_id.indexOf(':') + 1)));
  }

  /** Removes every answer of the member; answers how many. */
  async deleteOfMember(memberId: Types.ObjectId): Promise<number> {
    return (await this.answers.deleteMany({ memberId }).exec()).deletedCount;
  }

  /** Every answer that chose a suggestion (skips left out), for a refit. */
  outcomes(): AsyncIterable<Pick<PairwiseAnswerRecord, '_id' | 'winnerId' | 'loserId' | 'applied'>> {
    return this.answers
      .find({ winnerId: trusted({ $ne: null }) }, { winnerId: 1, loserId: 1, applied: 1 })
      .lean<Pick<PairwiseAnswerRecord, '_id' | 'winnerId' | 'loserId' | 'applied'>[]>()
      .cursor({ batchSize: 500 });
  }
}
