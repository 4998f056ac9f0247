import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { type AuthenticatedRequest, Public } from '@app/accounts';
import { CommentFeed } from './comment-feed';
import type { CommentRecord } from './comment.schema';
import { CommentModel, toCommentModel } from './models/comment.model';

interface CommentAddedVariables {
  targetId: string;
}

/** Live comments for readers of a public suggestion or list item. */
@Resolver(() => CommentModel)
export class CommentSubscriptionsResolver {
  constructor(private readonly feed: CommentFeed) {}

  @Public()
  @Subscription(() => CommentModel, {
    description:
      'Each new published comment (thread or reply) on a public suggestion or list item; hidden comments are never sent.',
    // Nest calls the filter and resolve with the resolver as `this`.
    async filter(
      this: CommentSubscriptionsResolver,
      payload: CommentRecord,
      variables: CommentAddedVariables,
    ): Promise<boolean> {
      return (await this.feed.deliverable(payload, variables.targetId)) !== undefined;
    },
    async resolve(
      this: CommentSubscriptionsResolver,
      payload: CommentRecord,
      variables: CommentAddedVariables,
      context: { req: AuthenticatedRequest },
    ): Promise<CommentModel> {
      const target = await this.feed.deliverable(payload, variables.targetId);
      return toCommentModel(payload, context.req.user ?? null, target?.listSlug ?? null);
    },
  })
  commentAdded(
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<AsyncIterableIterator<CommentRecord>> {
    return this.feed.subscribe(targetId);
  }
}
