/**
 * Dates, times and numbers as the platform shows them, in the web client and in the HTML the server renders
 * for a list page alike: in the platform's time zone, so that both print the same day for the same
 * moment whatever zone the server or the reader's device is in (a follow-up dated 30 November
 * 23:30 UTC is 1 December in the Netherlands, and the server's HTML must not say otherwise).
 */
export const PLATFORM_TIME_ZONE = 'Europe/Amsterdam';

export type DisplayLanguage = 'nl' | 'en';

const LOCALES: Record<DisplayLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

const MOMENT_STYLES = {
  /** "27 november 2026" */
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "27 november 2026 om 20:15" */
  dateTime: { dateStyle: 'long', timeStyle: 'short' },
  /** "20:15" */
  time: { timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// A formatter is costly to create (a list page formats dozens of dates while it renders), so each
// kind, style and language gets one, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatterFor<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoment(
  moment: string | Date,
  language: DisplayLanguage,
  style: keyof typeof MOMENT_STYLES = 'date',
): string {
  const formatter = formatterFor(
    `moment ${language} ${style}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], { ...MOMENT_STYLES[style], timeZone: PLATFORM_TIME_ZONE }),
  );
  return formatter.format(typeof moment === 'string' ? new Date(moment) : moment);
}

const NUMBER_STYLES = {
  /** "12.345" */
  number: {},
  /** A share (0–1) as a whole percentage: "73%" */
  percent: { style: 'percent', maximumFractionDigits: 0 },
} satisfies Record<string, Intl.NumberFormatOptions>;

export function formatQuantity(
  value: number,
  language: DisplayLanguage,
  style: keyof typeof NUMBER_STYLES = 'number',
): string {
  const formatter = formatterFor(
    `number ${language} ${style}`,
    () => new Intl.NumberFormat(LOCALES[language], NUMBER_STYLES[style]),
  );
  return formatter.format(value);
}
