import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, hasAnyRole, Role, Roles, type User } from '@app/accounts';
import type { Connection } from '@app/core';
import type { CommentRecord } from './comment.schema';
import { CommentModerationService } from './comment-moderation.service';
import { CommentVotesService } from './comment-votes.service';
import { commentVoteId } from './comment-votes.repository';
import { CommentsService } from './comments.service';
import { CommentConnection, CommentModel, toCommentModel } from './models/comment.model';

function isModerator(viewer: User | null): viewer is User {
  return viewer !== null && hasAnyRole(viewer.roles, [Role.MODERATOR]);
}

/** Votes on comments, reports, and what moderators do with them. */
@Resolver(() => CommentModel)
export class CommentModerationResolver {
  constructor(
    private readonly votes: CommentVotesService,
    private readonly moderation: CommentModerationService,
    private readonly comments: CommentsService,
  ) {}

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, {
    description: 'One vote per member, not on your own comment; the other value changes it.',
  })
  async voteComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('up') up: boolean,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<CommentModel> {
    const outcome = await this.votes.cast(user, id, up);
    this.votes.primeViewerVote(request, user, outcome);
    return this.model(outcome.comment, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => CommentModel, { description: 'Takes your vote on a comment back.' })
  async retractCommentVote(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<CommentModel> {
    const outcome = await this.votes.retract(user, id);
    this.votes.primeViewerVote(request, user, outcome);
    return this.model(outcome.comment, user);
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, {
    description: 'Once per member; five reports hide it until a moderator decides.',
  })
  async flagComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    await this.moderation.flag(user, id, reason);
    return true;
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CommentModel, { description: 'In the audit log.' })
  async hideComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<CommentModel> {
    return this.model(await this.moderation.hide(user, id, reason), user);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CommentModel, {
    description: 'In the audit log; from then on reports no longer hide it by themselves.',
  })
  async unhideComment(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommentModel> {
    return this.model(await this.moderation.unhide(user, id), user);
  }

  @Roles(Role.MODERATOR)
  @Query(() => CommentConnection, {
    description:
      'Reported comments a moderator has not decided on yet (published with reports, or hidden automatically), most reports first.',
  })
  async flaggedComments(
    @CurrentUser() viewer: User,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CommentModel>> {
    const page = await this.moderation.flagged({ first, after });
    // Each comment may discuss an item of another list.
    const edges = await Promise.all(
      page.edges.map(async (edge) => ({ cursor: edge.cursor, node: await this.model(edge.node, viewer) })),
    );
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, edges };
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Your vote: true up, false down, null none (or not signed in).',
  })
  async myVote(
    @Parent() comment: CommentModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<boolean | null> {
    if (viewer === null) {
      return null;
    }
    const vote = await this.votes.voteLoader.for(request).load(commentVoteId(comment.record._id, viewer._id));
    return vote === null ? null : vote.value === 1;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Moderators only; null for others.' })
  flagCount(@Parent() comment: CommentModel, @CurrentUser() viewer: User | null): number | null {
    return isModerator(viewer) ? comment.record.flagCount : null;
  }

  @ResolveField(() => [String], {
    nullable: true,
    description: 'The reasons members gave, newest first; moderators only, null for others.',
  })
  async flagReasons(
    @Parent() comment: CommentModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<string[] | null> {
    if (!isModerator(viewer)) {
      return null;
    }
    return this.moderation.reasonsLoader.for(request).load(comment.record._id.toHexString());
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether you reported it; null when not signed in.',
  })
  async myFlag(
    @Parent() comment: CommentModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<boolean | null> {
    if (viewer === null) {
      return null;
    }
    const flag = await this.moderation.flagLoader
      .for(request)
      .load(commentVoteId(comment.record._id, viewer._id));
    return flag !== null;
  }

  /** A comment with its list's slug (for a list item). */
  private async model(record: CommentRecord, viewer: User): Promise<CommentModel> {
    return toCommentModel(record, viewer, await this.comments.listSlugOf(record));
  }
}
