import type { NotificationType } from '../notifications.schema';

export const MAIL_FREQUENCIES = ['NEVER', 'IMMEDIATE', 'DAILY'] as const;
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number];

/**
 * How each kind of notification reaches a user who never chose: follow-up on what they follow and
 * replies to their comments at once, everything else in the daily digest. One line per kind; a new kind fails to compile
 * until it has one.
 */
export const DEFAULT_MAIL_FREQUENCY: Readonly<Record<NotificationType, MailFrequency>> = {
  FOLLOW_UP_RECORDED: 'IMMEDIATE',
  LIST_PUBLISHED: 'DAILY',
  PROPOSAL_MERGED: 'DAILY',
  PROPOSAL_HIDDEN: 'DAILY',
  COMMENT_ADDED: 'DAILY',
  COMMENT_REPLY: 'IMMEDIATE',
};

export type MailPreferences = Record<NotificationType, MailFrequency>;
