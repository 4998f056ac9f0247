import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedRequest,
  CurrentUser,
  Public,
  Role,
  Roles,
  toUserModel,
  type User,
  UserLoader,
  UserModel,
} from '@app/accounts';
import { type Connection, mapConnection } from '@app/core';
import type { CommentRecord } from './comment.schema';
import { CommentsService } from './comments.service';
import { AddCommentInput, CommentsArgs } from './dto/comment.inputs';
import { CommentConnection, CommentModel, toCommentModel } from './models/comment.model';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly users: UserLoader,
  ) {}

  @Public()
  @Query(() => CommentConnection, {
    description:
      'The threads on a suggestion or on an item of a published list (replies under each). Hidden comments only for moderators, admins and their author.',
  })
  async comments(
    @Args() args: CommentsArgs,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<Connection<CommentModel>> {
    const connection = await this.service.list(viewer, args, request);
    const first = connection.edges[0]?.node;
    const listSlug = first === undefined ? null : await this.service.listSlugOf(first);
    return mapConnection(connection, (record) => toCommentModel(record, viewer, listSlug));
  }

  @Public()
  @Query(() => CommentModel, {
    nullable: true,
    description:
      'One comment (a thread with its replies). Null when it does not exist or is hidden from you; a hidden thread with replies you see keeps its place without text or author, as in `comments`.',
  })
  async comment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<CommentModel | null> {
    const record = await this.service.findReadable(viewer, id, request);
    return record === null ? null : this.model(record, viewer);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description:
      'Comment on a suggestion or on an item of a published list; you follow it from then on unless you unfollowed it.',
  })
  async addComment(@CurrentUser() user: User, @Args('input') input: AddCommentInput): Promise<CommentModel> {
    return this.model(await this.service.add(user, input), user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, { description: 'Author only, within 15 minutes of writing it.' })
  async editComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<CommentModel> {
    return this.model(await this.service.edit(user, id, body), user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description: 'Author or moderator. The text goes; a comment with replies keeps its place as DELETED.',
  })
  async deleteComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommentModel> {
    return this.model(await this.service.delete(user, id), user);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null for a deleted comment.' })
  async author(
    @Parent() comment: CommentModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    if (!this.service.showsAuthor(viewer, comment.record)) {
      return null;
    }
    const author = await this.users.for(request).load(comment.record.authorId.toHexString());
    return author === null ? null : toUserModel(author);
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first; empty for a reply.' })
  async replies(
    @Parent() comment: CommentModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CommentModel>> {
    const replies = await this.service.replies(viewer, comment.record, { first, after }, request);
    return mapConnection(replies, (record) => toCommentModel(record, viewer, comment.listSlug));
  }

  /** A comment with its list's slug (for a list item). */
  private async model(record: CommentRecord, viewer: User | null): Promise<CommentModel> {
    return toCommentModel(record, viewer, await this.service.listSlugOf(record));
  }
}
