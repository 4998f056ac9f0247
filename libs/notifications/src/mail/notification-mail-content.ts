import type { Language } from '@app/core';
import type { MailContent } from '@app/mail';
import { notificationKindName, notificationMailSentence, notificationMessage } from '../messages';
import type { NotificationRecord } from '../notifications.schema';

/** The web client's paths a mail links to (apps/web routes). */
export interface MailLinks {
  publicUrl: string;
  unsubscribeToken: string;
}

const WORDS = {
  nl: {
    viewProposal: 'Bekijk de suggestie',
    viewList: 'Bekijk de lijst',
    viewInbox: 'Bekijk je meldingen',
    digestSubject: (count: number) => `Je meldingen van vandaag (${count})`,
    digestIntro: 'Dit is er gebeurd met wat je volgt:',
    whyImmediate: (kind: string) =>
      `Je krijgt deze e-mail omdat je meldingen over ${kind} direct per e-mail wilt ontvangen.`,
    whyDigest: 'Je krijgt dit overzicht omdat je meldingen één keer per dag per e-mail wilt ontvangen.',
    settings: (url: string) => `Kies zelf wat je per e-mail krijgt: ${url}`,
    stopKind: (kind: string, url: string) => `Geen e-mail meer over ${kind}: ${url}`,
    stopAll: (url: string) => `Geen e-mail meer over meldingen: ${url}`,
  },
  en: {
    viewProposal: 'View the suggestion',
    viewList: 'View the list',
    viewInbox: 'View your notifications',
    digestSubject: (count: number) => `Your notifications of today (${count})`,
    digestIntro: 'This is what happened to what you follow:',
    whyImmediate: (kind: string) =>
      `You get this mail because you chose to receive notifications about ${kind} by mail at once.`,
    whyDigest: 'You get this summary because you chose to receive notifications by mail once a day.',
    settings: (url: string) => `Choose what you get by mail: ${url}`,
    stopKind: (kind: string, url: string) => `No more mail about ${kind}: ${url}`,
    stopAll: (url: string) => `No more mail about notifications: ${url}`,
  },
} as const;

/** `/voorstel/<id>` or `/lijsten/<slug>` on the web client. */
export function targetUrl(publicUrl: string, notification: NotificationRecord): string {
  return notification.targetType === 'LIST'
    ? `${publicUrl}/lijsten/${encodeURIComponent(notification.targetSlug ?? notification.targetId)}`
    : `${publicUrl}/voorstel/${encodeURIComponent(notification.targetId)}`;
}

export function unsubscribePageUrl(links: MailLinks): string {
  return `${links.publicUrl}/afmelden/${links.unsubscribeToken}`;
}

/** The address of the one-click unsubscribe (RFC 8058) for the List-Unsubscribe header. */
export function oneClickUnsubscribeUrl(links: MailLinks): string {
  return `${links.publicUrl}/mail/unsubscribe/${links.unsubscribeToken}`;
}

const settingsUrl = (publicUrl: string): string => `${publicUrl}/profiel#meldingen`;

/**
 * One notification by mail: the inbox's own message (the same params, so a hidden suggestion's
 * title reaches its author only) as the subject.
 */
export function immediateMail(
  notification: NotificationRecord,
  language: Language,
  links: MailLinks,
): MailContent {
  const words = WORDS[language];
  const kind = notificationKindName(notification.type, language);
  const message = notificationMessage(notification, language);
  return {
    subject: message,
    paragraphs: [message, notificationMailSentence(notification.type, language)],
    action: {
      label: notification.targetType === 'LIST' ? words.viewList : words.viewProposal,
      url: targetUrl(links.publicUrl, notification),
    },
    footer: [
      words.whyImmediate(kind),
      words.settings(settingsUrl(links.publicUrl)),
      words.stopKind(kind, unsubscribePageUrl(links)),
    ],
  };
}

/** The daily digest: a paragraph per notification (its message and link), oldest first. */
export function digestMail(
  notifications: readonly NotificationRecord[],
  language: Language,
  links: MailLinks,
): MailContent {
  const words = WORDS[language];
  return {
    subject: words.digestSubject(notifications.length),
    paragraphs: [
      words.digestIntro,
      ...notifications.map(
        (notification) =>
          `${notificationMessage(notification, language)}\n${targetUrl(links.publicUrl, notification)}`,
      ),
    ],
    action: { label: words.viewInbox, url: `${links.publicUrl}/meldingen` },
    footer: [
      words.whyDigest,
      words.settings(settingsUrl(links.publicUrl)),
      words.stopAll(unsubscribePageUrl(links)),
    ],
  };
}
