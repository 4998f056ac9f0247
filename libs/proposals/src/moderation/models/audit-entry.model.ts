import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { AuditActionEnum } from '../../proposals/models/enums';
import type { AuditAction, AuditRecord } from '../moderation.schema';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => AuditActionEnum)
  action!: AuditActionEnum;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  record!: AuditRecord;
}

const ACTIONS = {
  HIDE: AuditActionEnum.HIDE,
  UNHIDE: AuditActionEnum.UNHIDE,
  AUTO_HIDE: AuditActionEnum.AUTO_HIDE,
  MERGE: AuditActionEnum.MERGE,
  CLEAR_FLAGS: AuditActionEnum.CLEAR_FLAGS,
  HIDE_COMMENT: AuditActionEnum.HIDE_COMMENT,
  UNHIDE_COMMENT: AuditActionEnum.UNHIDE_COMMENT,
  AUTO_HIDE_COMMENT: AuditActionEnum.AUTO_HIDE_COMMENT,
  DELETE_COMMENT: AuditActionEnum.DELETE_COMMENT,
} as const satisfies Record<AuditAction, AuditActionEnum>;

export function toAuditEntryModel(record: AuditRecord): AuditEntryModel {
  return {
    id: record._id.toHexString(),
    at: record.at,
    action: ACTIONS[record.action],
    reason: record.reason,
    record,
  };
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionType(AuditEntryModel, 'AuditEntry') {}
