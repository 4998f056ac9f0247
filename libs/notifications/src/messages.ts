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
};

export function notificationMessage(notification: NotificationRecord, language: Language): string {
  return TEMPLATES[notification.type][language](notification.params);
}
