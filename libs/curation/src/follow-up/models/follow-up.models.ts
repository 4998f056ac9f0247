import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Language } from '@app/core';
import {
  type FollowUpEventRecord,
  type FollowUpKind,
  type FollowUpRecord,
  type FollowUpStatusRecord,
  handoverOf,
  publicNote,
} from '../follow-up.schema';

export enum FollowUpKindEnum {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DECLINED = 'DECLINED',
}
registerEnumType(FollowUpKindEnum, { name: 'FollowUpKind' });

const KINDS = {
  OPEN: FollowUpKindEnum.OPEN,
  IN_PROGRESS: FollowUpKindEnum.IN_PROGRESS,
  DONE: FollowUpKindEnum.DONE,
  DECLINED: FollowUpKindEnum.DECLINED,
} as const satisfies Record<FollowUpKind, FollowUpKindEnum>;

@ObjectType('FollowUpStatus')
export class FollowUpStatusModel {
  @Field()
  key!: string;

  @Field({ description: "In the request's language." })
  name!: string;

  @Field(() => FollowUpKindEnum)
  kind!: FollowUpKindEnum;

  @Field({ description: 'CSS colour, like #16a34a.' })
  color!: string;
}

export function toFollowUpStatusModel(status: FollowUpStatusRecord, language: Language): FollowUpStatusModel {
  return { key: status.key, name: status.name[language], kind: KINDS[status.kind], color: status.color };
}

@ObjectType('FollowUpEvent')
export class FollowUpEventModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field({ description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => Int)
  progress!: number;

  @Field({ description: 'Markdown; empty on the first event (see handedOverTo).' })
  note!: string;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first event: to whom the item was handed over (the client writes the text).',
  })
  handedOverTo!: string | null;

  @Field(() => Int, { nullable: true, description: 'The first event: the version handed over.' })
  handedOverInVersion!: number | null;

  record!: FollowUpEventRecord;
}

export function toFollowUpEventModel(event: FollowUpEventRecord): FollowUpEventModel {
  const handover = handoverOf(event);
  return {
    id: event._id.toHexString(),
    at: event.at,
    recordedAt: event.recordedAt,
    progress: event.progress,
    note: publicNote(event),
    link: event.link,
    handedOverTo: handover?.addressee ?? null,
    handedOverInVersion: handover?.version ?? null,
    record: event,
  };
}

@ObjectType('FollowUp')
export class FollowUpModel {
  @Field(() => Int, { description: '0 to 100.' })
  progress!: number;

  @Field(() => Date, { nullable: true })
  nextReviewAt!: Date | null;

  @Field({ description: 'When the latest event happened.' })
  lastUpdatedAt!: Date;

  record!: FollowUpRecord;
}

export function toFollowUpModel(followUp: FollowUpRecord): FollowUpModel {
  return {
    progress: followUp.progress,
    nextReviewAt: followUp.nextReviewAt,
    lastUpdatedAt: followUp.lastUpdatedAt,
    record: followUp,
  };
}

@ObjectType('FollowUpSummary')
export class FollowUpSummaryModel {
  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int, { description: 'Items not done or declined whose next review date has passed.' })
  overdueReviews!: number;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID)
  itemId!: string;

  @Field()
  statusKey!: string;

  @Field(() => Int, { nullable: true, description: '0 to 100; unchanged when omitted.' })
  progress?: number | null;

  @Field({ description: 'Public note: what happened.' })
  note!: string;

  @Field(() => String, { nullable: true })
  link?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened; now when omitted; never in the future.',
  })
  occurredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  nextReviewAt?: Date | null;
}

@InputType()
export class UpsertFollowUpStatusInput {
  @Field({ description: 'Identifies the status: an existing key renames that status.' })
  key!: string;

  @Field()
  nameNl!: string;

  @Field()
  nameEn!: string;

  @Field(() => FollowUpKindEnum)
  kind!: FollowUpKindEnum;

  @Field()
  color!: string;
}
