import { Injectable } from '@nestjs/common';
import { MailOutboxRepository } from './outbox/mail-outbox.repository';
import { MailSender } from './outbox/mail-sender';
import type { OutgoingMail } from './outgoing-mail';

/** Sends mail through the database outbox: stored before `send` returns, delivered off the request path. */
@Injectable()
export class Mailer {
  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly sender: MailSender,
  ) {}

  /**
   * Stores the message and returns; MailSender delivers it. A key already stored (waiting or sent
   * in the last 30 days) stores nothing and is no error: the first message stands.
   */
  async send(mail: OutgoingMail): Promise<void> {
    if (await this.outbox.insert(mail, new Date())) {
      this.sender.wake();
    }
  }
}
