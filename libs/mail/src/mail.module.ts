import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import type { AppConfig } from '@app/core';
import { Metrics, MetricsModule } from '@app/metrics';
import { MailServer } from './mail-server';
import { Mailer } from './mailer';
import { MAIL_OUTBOX_MODEL, mailOutboxSchema } from './outbox/mail-outbox.schema';
import { MailOutboxRepository } from './outbox/mail-outbox.repository';
import { MailSender } from './outbox/mail-sender';

/** Mail: the outbox, its delivery over SMTP, and the embedded Mailpit outside production. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: MAIL_OUTBOX_MODEL, schema: mailOutboxSchema }]),
    MetricsModule,
  ],
  providers: [
    {
      provide: MailServer,
      inject: [ConfigService, Metrics],
      useFactory: (config: ConfigService<AppConfig, true>, metrics: Metrics) =>
        MailServer.resolve(
          {
            SMTP_URL: config.get('SMTP_URL', { infer: true }),
            NODE_ENV: config.get('NODE_ENV', { infer: true }),
            DATA_DIR: config.get('DATA_DIR', { infer: true }),
          },
          () => metrics.countEmbeddedServerRestart('mail'),
        ),
    },
    MailOutboxRepository,
    MailSender,
    Mailer,
  ],
  exports: [Mailer],
})
export class MailModule {}
