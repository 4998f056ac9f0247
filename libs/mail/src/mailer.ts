import { Injectable } from '@nestjs/common';
import { UnavailableError } from '@app/core';
import type { OutgoingMail } from './outgoing-mail';

// Contract stub for issue #16: the names and types are final, the body is not built yet.

/** Sends mail through the database outbox: stored before `send` returns, delivered off the request path. */
@Injectable()
export class Mailer {
  send(_mail: OutgoingMail): Promise<void> {
    return Promise.reject(new UnavailableError('Not built yet.'));
  }
}
