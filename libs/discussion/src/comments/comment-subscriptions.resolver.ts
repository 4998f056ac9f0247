import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@app/accounts';
import { UnavailableError } from '@app/core';
import { CommentModel } from './models/comment.model';

/** Live comments for readers of a public suggestion or list item. */
@Resolver(() => CommentModel)
export class CommentSubscriptionsResolver {
  @Public()
  @Subscription(() => CommentModel, {
    description:
      'Each new published comment (thread or reply) on a public suggestion or list item; hidden comments are never sent.',
  })
  commentAdded(@Args('targetId', { type: () => ID }) _targetId: string): AsyncIterableIterator<CommentModel> {
    throw new UnavailableError('Not built yet.');
  }
}
