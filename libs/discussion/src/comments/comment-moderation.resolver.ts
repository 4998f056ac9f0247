import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, Role, Roles, type User } from '@app/accounts';
import { UnavailableError } from '@app/core';
import { CommentConnection, CommentModel } from './models/comment.model';

function notBuilt(): never {
  throw new UnavailableError('Not built yet.');
}

/** Votes on comments, reports, and what moderators do with them. */
@Resolver(() => CommentModel)
export class CommentModerationResolver {
  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description: 'One vote per member, not on your own comment; the other value changes it.',
  })
  voteComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
    @Args('up') _up: boolean,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, { description: 'Takes your vote on a comment back.' })
  retractCommentVote(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, {
    description: 'Once per member; five reports hide it until a moderator decides.',
  })
  flagComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
    @Args('reason') _reason: string,
  ): Promise<boolean> {
    return notBuilt();
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CommentModel, { description: 'In the audit log.' })
  hideComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
    @Args('reason') _reason: string,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CommentModel, {
    description: 'In the audit log; from then on reports no longer hide it by themselves.',
  })
  unhideComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MODERATOR)
  @Query(() => CommentConnection, {
    description:
      'Reported comments a moderator has not decided on yet (published with reports, or hidden automatically), most reports first.',
  })
  flaggedComments(
    @Args('first', { type: () => Int, nullable: true }) _first: number | null,
    @Args('after', { type: () => String, nullable: true }) _after: string | null,
  ): Promise<CommentConnection> {
    return notBuilt();
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Your vote: true up, false down, null none (or not signed in).',
  })
  myVote(
    @Parent() _comment: CommentModel,
    @CurrentUser() _viewer: User | null,
    @Context('req') _request: AuthenticatedRequest,
  ): Promise<boolean | null> {
    return notBuilt();
  }

  @ResolveField(() => Int, { nullable: true, description: 'Moderators only; null for others.' })
  flagCount(@Parent() _comment: CommentModel, @CurrentUser() _viewer: User | null): number | null {
    return notBuilt();
  }

  @ResolveField(() => [String], {
    nullable: true,
    description: 'The reasons members gave, newest first; moderators only, null for others.',
  })
  flagReasons(
    @Parent() _comment: CommentModel,
    @CurrentUser() _viewer: User | null,
    @Context('req') _request: AuthenticatedRequest,
  ): Promise<string[] | null> {
    return notBuilt();
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether you reported it; null when not signed in.',
  })
  myFlag(
    @Parent() _comment: CommentModel,
    @CurrentUser() _viewer: User | null,
    @Context('req') _request: AuthenticatedRequest,
  ): Promise<boolean | null> {
    return notBuilt();
  }
}
