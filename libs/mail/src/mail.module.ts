import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Mail: the outbox, its delivery over SMTP, and the embedded Mailpit outside production. */
@Module({
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}
