import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { CurationModule } from '@app/curation';
import { ProposalsModule } from '@app/proposals';
import { FOLLOW_MODEL, followSchema, NOTIFICATION_MODEL, notificationSchema } from './notifications.schema';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { MyActivityResolver } from './my-activity/my-activity.resolver';
import { PreferencesResolver } from './preferences/preferences.resolver';

/** Follows, the inbox, and its live subscription; fed by domain events off the request path. */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    CurationModule,
    MongooseModule.forFeature([
      { name: FOLLOW_MODEL, schema: followSchema },
      { name: NOTIFICATION_MODEL, schema: notificationSchema },
    ]),
  ],
  providers: [
    NotificationsRepository,
    NotificationsResolver,
    NotificationsService,
    PreferencesResolver,
    MyActivityResolver,
  ],
})
export class NotificationsModule {}
