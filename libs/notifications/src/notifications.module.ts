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
import {
  NOTIFICATION_PREFERENCES_MODEL,
  notificationPreferencesSchema,
} from './preferences/preferences.schema';
import { PreferencesRepository } from './preferences/preferences.repository';
import { PreferencesResolver } from './preferences/preferences.resolver';
import { PreferencesService } from './preferences/preferences.service';
import { UnsubscribeController } from './preferences/unsubscribe.controller';
import { UnsubscribeTokens } from './preferences/unsubscribe-tokens';

/**
 * Follows, the inbox, and its live subscription; fed by domain events off the request path.
 * Mail preferences and unsubscribe links.
 */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    CurationModule,
    MongooseModule.forFeature([
      { name: FOLLOW_MODEL, schema: followSchema },
      { name: NOTIFICATION_MODEL, schema: notificationSchema },
      { name: NOTIFICATION_PREFERENCES_MODEL, schema: notificationPreferencesSchema },
    ]),
  ],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsRepository,
    NotificationsResolver,
    NotificationsService,
    PreferencesRepository,
    PreferencesService,
    PreferencesResolver,
    UnsubscribeTokens,
    MyActivityResolver,
  ],
  exports: [UnsubscribeTokens],
})
export class NotificationsModule {}
