import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { CurationModule } from '@app/curation';
import { MailModule } from '@app/mail';
import { ProposalsModule } from '@app/proposals';
import { FOLLOW_MODEL, followSchema, NOTIFICATION_MODEL, notificationSchema } from './notifications.schema';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { DailyDigest } from './mail/daily-digest';
import { DIGEST_RUN_MODEL, digestRunSchema } from './mail/digest-runs.schema';
import { DigestRunsRepository } from './mail/digest-runs.repository';
import {
  DEFAULT_DIGEST_SCHEDULE,
  DIGEST_CLOCK,
  DIGEST_SCHEDULE,
  systemDigestClock,
} from './mail/digest-schedule';
import { NotificationMailer } from './mail/notification-mailer';
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
 * Notification mail: at once or in a daily digest, as each user chose, with unsubscribe links.
 */
@Module({
  imports: [
    AccountsModule,
    ProposalsModule,
    CurationModule,
    MailModule,
    MongooseModule.forFeature([
      { name: FOLLOW_MODEL, schema: followSchema },
      { name: NOTIFICATION_MODEL, schema: notificationSchema },
      { name: NOTIFICATION_PREFERENCES_MODEL, schema: notificationPreferencesSchema },
      { name: DIGEST_RUN_MODEL, schema: digestRunSchema },
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
    NotificationMailer,
    DigestRunsRepository,
    DailyDigest,
    { provide: DIGEST_SCHEDULE, useValue: DEFAULT_DIGEST_SCHEDULE },
    { provide: DIGEST_CLOCK, useValue: systemDigestClock },
    MyActivityResolver,
  ],
  exports: [DailyDigest, UnsubscribeTokens],
})
export class NotificationsModule {}
