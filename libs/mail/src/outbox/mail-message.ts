import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { MailOutboxRecord } from './mail-outbox.schema';

/** The domain of the sender's address, for Message-IDs. */
function senderDomain(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'kabinet.localhost';
}

/**
 * The Message-ID of the message stored under `key`: the same for every attempt, so that a
 * receiving server that dedupes by Message-ID drops a second copy.
 */
export function messageIdFor(key: string, from: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 40);
  return `<${digest}@${senderDomain(from)}>`;
}

/** What nodemailer sends for a stored message: text and HTML as multipart/alternative. */
export function mailMessage(record: MailOutboxRecord, from: string): SendMailOptions {
  return {
    from,
    to: record.to,
    subject: record.subject,
    text: record.text,
    html: record.html,
    messageId: messageIdFor(record._id, from),
    ...(record.unsubscribeUrl === undefined
      ? {}
      : {
          // RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` to the URL.
          headers: {
            'List-Unsubscribe': `<${record.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        }),
  };
}
