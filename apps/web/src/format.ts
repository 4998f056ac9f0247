import type { Language } from './i18n';
import { formatMoment, formatQuantity } from '../../../libs/core/src/web/display-format';

export { readableTextColor } from '../../../libs/core/src/web/readable-text-color';

/** A day, such as "27 november 2026", in the platform's time zone. */
export function formatDate(iso: string, language: Language): string {
  return formatMoment(iso, language, 'date');
}

export function formatNumber(value: number, language: Language): string {
  return formatQuantity(value, language);
}

/** A share (0–1) as a whole percentage in the reader's locale, such as "73%". */
export function formatPercent(share: number, language: Language): string {
  return formatQuantity(share, language, 'percent');
}

/** A moment with its time, such as "1 december 2026 om 20:15", in the platform's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  return formatMoment(iso, language, 'dateTime');
}

/** The time of day, such as "20:15", in the platform's time zone. */
export function formatTime(iso: string, language: Language): string {
  return formatMoment(iso, language, 'time');
}
