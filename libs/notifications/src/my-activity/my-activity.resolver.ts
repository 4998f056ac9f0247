import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type User } from '@app/accounts';
import { type Connection, UnavailableError } from '@app/core';
import { ProposalConnection, type ProposalModel } from '@app/proposals';
import { FollowedTargetConnection, type FollowedTargetModel } from './my-activity.models';

// Contract stub for issue #16: the names and types are final, the bodies are not built yet.
const notYet = (): never => {
  throw new UnavailableError('Not built yet.');
};

/** The signed-in user's own activity, for their profile page. */
@Resolver()
export class MyActivityResolver {
  @Query(() => ProposalConnection, {
    description:
      'The suggestions the signed-in user voted on, most recent vote first (`myVote` tells which way).',
  })
  myVotes(
    @CurrentUser() _user: User,
    @Args('first', { type: () => Int, nullable: true }) _first?: number | null,
    @Args('after', { type: () => String, nullable: true }) _after?: string | null,
  ): Connection<ProposalModel> {
    return notYet();
  }

  @Query(() => FollowedTargetConnection, { description: 'What the signed-in user follows.' })
  myFollows(
    @CurrentUser() _user: User,
    @Args('first', { type: () => Int, nullable: true }) _first?: number | null,
    @Args('after', { type: () => String, nullable: true }) _after?: string | null,
  ): Connection<FollowedTargetModel> {
    return notYet();
  }
}
