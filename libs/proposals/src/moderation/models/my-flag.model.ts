import { Field, ObjectType } from '@nestjs/graphql';
import type { FlagRecord } from '../moderation.schema';

@ObjectType('MyFlag', { description: 'Your own report of a suggestion.' })
export class MyFlagModel {
  @Field({ description: 'The reason you gave.' })
  reason!: string;

  @Field({ description: 'When you reported it.' })
  at!: Date;
}

export function toMyFlagModel(record: Pick<FlagRecord, 'reason' | 'createdAt'>): MyFlagModel {
  return { reason: record.reason, at: record.createdAt };
}
