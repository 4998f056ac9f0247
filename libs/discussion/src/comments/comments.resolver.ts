import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedRequest,
  CurrentUser,
  Public,
  Role,
  Roles,
  type User,
  UserModel,
} from '@app/accounts';
import { UnavailableError } from '@app/core';
import { AddCommentInput, CommentsArgs } from './dto/comment.inputs';
import { CommentConnection, CommentModel } from './models/comment.model';

function notBuilt(): never {
  throw new UnavailableError('Not built yet.');
}

@Resolver(() => CommentModel)
export class CommentsResolver {
  @Public()
  @Query(() => CommentConnection, {
    description:
      'The threads on a suggestion or on an item of a published list (replies under each). Hidden comments only for moderators, admins and their author.',
  })
  comments(@Args() _args: CommentsArgs, @CurrentUser() _viewer: User | null): Promise<CommentConnection> {
    return notBuilt();
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description:
      'Comment on a suggestion or on an item of a published list; you follow it from then on unless you unfollowed it.',
  })
  addComment(@CurrentUser() _user: User, @Args('input') _input: AddCommentInput): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, { description: 'Author only, within 15 minutes of writing it.' })
  editComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
    @Args('body') _body: string,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description: 'Author or moderator. The text goes; a comment with replies keeps its place as DELETED.',
  })
  deleteComment(
    @CurrentUser() _user: User,
    @Args('id', { type: () => ID }) _id: string,
  ): Promise<CommentModel> {
    return notBuilt();
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null for a deleted comment.' })
  author(
    @Parent() _comment: CommentModel,
    @Context('req') _request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    return notBuilt();
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first; empty for a reply.' })
  replies(
    @Parent() _comment: CommentModel,
    @CurrentUser() _viewer: User | null,
    @Args('first', { type: () => Int, nullable: true }) _first: number | null,
    @Args('after', { type: () => String, nullable: true }) _after: string | null,
  ): Promise<CommentConnection> {
    return notBuilt();
  }
}
