import { PLATFORM_TIME_ZONE } from '@app/core';

/** Weeks are counted as people in the Netherlands live them: Monday to Sunday, Amsterdam time. */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: PLATFORM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY_MS = 86_400_000;

/** An ISO 8601 week: `2026-W49`, and the date of its Monday (`2026-11-30`). */
export interface IsoWeek {
  week: string;
  monday: string;
}

/** The calendar day in Amsterdam as a UTC midnight, so day arithmetic ignores daylight saving. */
function amsterdamDay(at: Date): number {
  const [year = 1970, month = 1, day = 1] = AMSTERDAM_DAY.format(at).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function weekOfDay(day: number): IsoWeek {
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = day - weekday * DAY_MS;
  // The ISO year is the year of the week's Thursday; week 1 holds that year's first Thursday.
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const number = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return {
    week: `${year}-W${String(number).padStart(2, '0')}`,
    monday: new Date(monday).toISOString().slice(0, 10),
  };
}

export function isoWeekOf(at: Date): IsoWeek {
  return weekOfDay(amsterdamDay(at));
}

/** Every week from the one holding `from` to the one holding `to`, oldest first. */
export function weeksBetween(from: Date, to: Date): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const last = isoWeekOf(to).monday;
  for (let day = Date.parse(isoWeekOf(from).monday); ; day += 7 * DAY_MS) {
    const week = weekOfDay(day);
    weeks.push(week);
    if (week.monday >= last) {
      return weeks;
    }
  }
}
