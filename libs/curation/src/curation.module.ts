import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { ProposalsModule } from '@app/proposals';
import {
  FOLLOW_UP_EVENT_MODEL,
  FOLLOW_UP_MODEL,
  FOLLOW_UP_STATUS_MODEL,
  followUpEventSchema,
  followUpSchema,
  followUpStatusSchema,
} from './follow-up/follow-up.schema';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { JourneyEventStatusResolver, ProposalJourneyResolver } from './journey/journey.resolver';
import { ListJourneyService } from './journey/list-journey.service';
import { FollowUpRepository } from './follow-up/follow-up.repository';
import { FollowUpEventResolver, FollowUpResolver } from './follow-up/follow-up.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import {
  CURATED_LIST_MODEL,
  curatedListSchema,
  LIST_VERSION_MODEL,
  listVersionSchema,
} from './lists/curated-list.schema';
import {
  LIST_ITEM_COMMENT_COUNT_MODEL,
  listItemCommentCountSchema,
} from './lists/list-item-comment-count.schema';
import { CuratedListsRepository } from './lists/curated-lists.repository';
import {
  CuratedListItemResolver,
  CuratedListsResolver,
  ProposalIncludedInResolver,
} from './lists/curated-lists.resolver';
import { CuratedListsService } from './lists/curated-lists.service';

/**
 * Curated lists ("ten commandments") in versions, and the ministry's follow-up of each item.
 * One library: a list shows its items' follow-up, and follow-up exists only for list items.
 */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    MongooseModule.forFeature([
      { name: CURATED_LIST_MODEL, schema: curatedListSchema },
      { name: LIST_VERSION_MODEL, schema: listVersionSchema },
      { name: LIST_ITEM_COMMENT_COUNT_MODEL, schema: listItemCommentCountSchema },
      { name: FOLLOW_UP_STATUS_MODEL, schema: followUpStatusSchema },
      { name: FOLLOW_UP_MODEL, schema: followUpSchema },
      { name: FOLLOW_UP_EVENT_MODEL, schema: followUpEventSchema },
    ]),
  ],
  controllers: [ExportController],
  providers: [
    ExportService,
    CuratedListItemResolver,
    CuratedListsRepository,
    CuratedListsResolver,
    CuratedListsService,
    FollowUpEventResolver,
    FollowUpRepository,
    FollowUpResolver,
    FollowUpService,
    JourneyEventStatusResolver,
    ListJourneyService,
    ProposalIncludedInResolver,
    ProposalJourneyResolver,
  ],
  exports: [CuratedListsService, FollowUpService],
})
export class CurationModule {}
