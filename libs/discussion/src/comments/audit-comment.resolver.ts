import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, CurrentUser, type User } from '@app/accounts';
import { AuditEntryModel } from '@app/proposals';
import { CommentModerationService } from './comment-moderation.service';
import { CommentsService } from './comments.service';
import { CommentModel, toCommentModel } from './models/comment.model';

/** The comment an audit entry is about; the audit log lives in libs/proposals, below comments. */
@Resolver(() => AuditEntryModel)
export class AuditCommentResolver {
  constructor(
    private readonly moderation: CommentModerationService,
    private readonly comments: CommentsService,
  ) {}

  @ResolveField(() => CommentModel, {
    nullable: true,
    description: 'The comment concerned (the *_COMMENT actions); null for the others.',
  })
  async comment(
    @Parent() entry: AuditEntryModel,
    @CurrentUser() viewer: User | null,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<CommentModel | null> {
    const commentId = entry.record.commentId ?? null;
    if (commentId === null) {
      return null;
    }
    const comment = await this.moderation.commentLoader.for(request).load(commentId.toHexString());
    return comment === null ? null : toCommentModel(comment, viewer, await this.comments.listSlugOf(comment));
  }
}
