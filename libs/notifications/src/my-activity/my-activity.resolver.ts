import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type User } from '@app/accounts';
import { type Connection, mapConnection } from '@app/core';
import { toCuratedListModel } from '@app/curation';
import { ProposalConnection, type ProposalModel, toProposalModel, VotesService } from '@app/proposals';
import { FollowTargetEnum } from '../models/notification.model';
import { NotificationsService } from '../notifications.service';
import { FollowedTargetConnection, type FollowedTargetModel } from './my-activity.models';

/** The signed-in user's own activity, for their profile page. */
@Resolver()
export class MyActivityResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly notifications: NotificationsService,
  ) {}

  @Query(() => ProposalConnection, {
    description:
      'The suggestions the signed-in user voted on, most recent vote first (`myVote` tells which way).',
  })
  async myVotes(
    @CurrentUser() user: User,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ProposalModel>> {
    return mapConnection(await this.votes.votedBy(user, { first, after }), (proposal) =>
      toProposalModel(proposal),
    );
  }

  @Query(() => FollowedTargetConnection, { description: 'What the signed-in user follows.' })
  async myFollows(
    @CurrentUser() user: User,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<FollowedTargetModel>> {
    return mapConnection(await this.notifications.followedBy(user, { first, after }), (target) => ({
      targetType: FollowTargetEnum[target.targetType],
      proposal: target.proposal === null ? null : toProposalModel(target.proposal),
      list: target.list === null ? null : toCuratedListModel(target.list),
    }));
  }
}
