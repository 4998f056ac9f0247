import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/core';
import { CuratedListModel } from '@app/curation';
import { ProposalModel } from '@app/proposals';
import { FollowTargetEnum } from '../models/notification.model';

/** Something the signed-in user follows: a suggestion or a list (the other field is null). */
@ObjectType('FollowedTarget')
export class FollowedTargetModel {
  @Field(() => FollowTargetEnum)
  targetType!: FollowTargetEnum;

  @Field(() => ProposalModel, {
    nullable: true,
    description: 'Null for a list, or a suggestion no longer readable.',
  })
  proposal!: ProposalModel | null;

  @Field(() => CuratedListModel, { nullable: true })
  list!: CuratedListModel | null;
}

@ObjectType('FollowedTargetConnection')
export class FollowedTargetConnection extends ConnectionType(FollowedTargetModel, 'FollowedTarget') {}
