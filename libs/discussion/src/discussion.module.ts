import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { CurationModule } from '@app/curation';
import { ProposalsModule } from '@app/proposals';
import {
  COMMENT_FLAG_MODEL,
  COMMENT_MODEL,
  COMMENT_REQUEST_MODEL,
  COMMENT_VOTE_MODEL,
  commentFlagSchema,
  commentRequestSchema,
  commentSchema,
  commentVoteSchema,
} from './comments/comment.schema';
import { CommentFeed } from './comments/comment-feed';
import { AuditCommentResolver } from './comments/audit-comment.resolver';
import { CommentFlagsRepository } from './comments/comment-flags.repository';
import { COMMENT_CLOCK, systemCommentClock } from './comments/comment-clock';
import { CommentModerationResolver } from './comments/comment-moderation.resolver';
import { CommentModerationService } from './comments/comment-moderation.service';
import { CommentVotesRepository } from './comments/comment-votes.repository';
import { CommentVotesService } from './comments/comment-votes.service';
import { CommentSubscriptionsResolver } from './comments/comment-subscriptions.resolver';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsRepository } from './comments/comments.repository';
import { CommentsService } from './comments/comments.service';
import { PersonalCommentsService } from './comments/personal-comments.service';

/** Comments on suggestions and on list items, their votes, reports and moderation. */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    CurationModule,
    MongooseModule.forFeature([
      { name: COMMENT_MODEL, schema: commentSchema },
      { name: COMMENT_VOTE_MODEL, schema: commentVoteSchema },
      { name: COMMENT_FLAG_MODEL, schema: commentFlagSchema },
      { name: COMMENT_REQUEST_MODEL, schema: commentRequestSchema },
    ]),
  ],
  providers: [
    { provide: COMMENT_CLOCK, useValue: systemCommentClock },
    CommentsRepository,
    CommentsService,
    CommentsResolver,
    CommentModerationResolver,
    CommentVotesRepository,
    CommentVotesService,
    CommentFlagsRepository,
    CommentModerationService,
    AuditCommentResolver,
    CommentSubscriptionsResolver,
    CommentFeed,
    PersonalCommentsService,
  ],
  // CommentVotesService also for the demo seed, which votes on its comments as members would.
  exports: [CommentsService, CommentVotesService, PersonalCommentsService],
})
export class DiscussionModule {}
