import type { Language } from '@app/core';
import type { NotificationRecord, NotificationType } from './notifications.schema';

type Params = NotificationRecord['params'];

const TEMPLATES: Record<NotificationType, Record<Language, (p: Params) => string>> = {
  FOLLOW_UP_RECORDED: {
    nl: (p) => `Nieuwe opvolging bij „${p.itemTitle}”: ${p.statusNl}`,
    en: (p) => `New follow-up on “${p.itemTitle}”: ${p.statusEn}`,
  },
  LIST_PUBLISHED: {
    nl: (p) => `„${p.title}” is gepubliceerd (versie ${p.version})`,
    en: (p) => `“${p.title}” was published (version ${p.version})`,
  },
  PROPOSAL_MERGED: {
    nl: (p) => `„${p.title}” is samengevoegd met een vergelijkbare suggestie`,
    en: (p) => `“${p.title}” was merged into a similar suggestion`,
  },
  PROPOSAL_HIDDEN: {
    nl: (p) =>
      p.title === undefined
        ? 'Een suggestie die je volgt is verborgen door de moderatie'
        : `„${p.title}” is verborgen door de moderatie`,
    en: (p) =>
      p.title === undefined
        ? 'A suggestion you follow was hidden by moderation'
        : `“${p.title}” was hidden by moderation`,
  },
  // Batched per hour: the first comment's notification stands for the later ones.
  COMMENT_ADDED: {
    nl: (p) => `Nieuwe reacties op „${p.title}”`,
    en: (p) => `New comments on “${p.title}”`,
  },
  COMMENT_REPLY: {
    nl: (p) => `Iemand heeft gereageerd op je reactie bij „${p.title}”`,
    en: (p) => `Someone replied to your comment on “${p.title}”`,
  },
};

export function notificationMessage(notification: NotificationRecord, language: Language): string {
  return TEMPLATES[notification.type][language](notification.params);
}

/** Each kind of notification named as a kind, for "why you get this mail". */
const KIND_NAMES: Record<NotificationType, Record<Language, string>> = {
  FOLLOW_UP_RECORDED: { nl: 'opvolging van wat je volgt', en: 'follow-up on what you follow' },
  LIST_PUBLISHED: { nl: 'gepubliceerde lijsten', en: 'published lists' },
  PROPOSAL_MERGED: { nl: 'samengevoegde suggesties', en: 'merged suggestions' },
  PROPOSAL_HIDDEN: { nl: 'verborgen suggesties', en: 'hidden suggestions' },
  COMMENT_ADDED: { nl: 'nieuwe reacties op wat je volgt', en: 'new comments on what you follow' },
  COMMENT_REPLY: { nl: 'antwoorden op je reacties', en: 'replies to your comments' },
};

/** The sentence under the message in a mail about one notification. */
const MAIL_SENTENCES: Record<NotificationType, Record<Language, string>> = {
  FOLLOW_UP_RECORDED: {
    nl: 'Er is een nieuwe stap gezet in de opvolging van een lijst die je volgt.',
    en: 'There is a new step in the follow-up of a list you follow.',
  },
  LIST_PUBLISHED: {
    nl: 'Een lijst met een suggestie die je volgt is gepubliceerd.',
    en: 'A list with a suggestion you follow was published.',
  },
  PROPOSAL_MERGED: {
    nl: 'Een suggestie die je volgt gaat verder samen met een vergelijkbare suggestie.',
    en: 'A suggestion you follow continues together with a similar one.',
  },
  PROPOSAL_HIDDEN: {
    nl: 'De moderatie heeft een suggestie die je volgt verborgen.',
    en: 'Moderation hid a suggestion you follow.',
  },
  COMMENT_ADDED: {
    nl: 'Er zijn nieuwe reacties geplaatst bij iets wat je volgt.',
    en: 'New comments were posted on something you follow.',
  },
  COMMENT_REPLY: {
    nl: 'Er is een antwoord geplaatst onder een reactie van jou.',
    en: 'Someone answered a comment of yours.',
  },
};

export function notificationKindName(type: NotificationType, language: Language): string {
  return KIND_NAMES[type][language];
}

export function notificationMailSentence(type: NotificationType, language: Language): string {
  return MAIL_SENTENCES[type][language];
}
