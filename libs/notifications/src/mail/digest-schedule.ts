import { PLATFORM_TIME_ZONE } from '@app/core';

/** When the daily digest goes out: a local time of day in a time zone. */
export interface DigestSchedule {
  hour: number;
  minute: number;
  timeZone: string;
}

/** Injection token of the schedule; tests may provide another. */
export const DIGEST_SCHEDULE = Symbol('DIGEST_SCHEDULE');
export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = { hour: 7, minute: 0, timeZone: PLATFORM_TIME_ZONE };

/** Injection token of the digest's clock, so a test can make a digest due. */
export const DIGEST_CLOCK = Symbol('DIGEST_CLOCK');
export interface DigestClock {
  now(): Date;
}
export const systemDigestClock: DigestClock = { now: () => new Date() };

/** One digest: its day (yyyy-mm-dd in the schedule's zone) and the instant it is due. */
export interface DueDigest {
  day: string;
  at: Date;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((each) => each.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** The zone's offset from UTC at `at`, in milliseconds (whole minutes). */
function offsetAt(at: number, timeZone: string): number {
  const local = localTime(new Date(at), timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return asUtc - Math.floor(at / 60_000) * 60_000;
}

/** The instant a local date and time in `timeZone` names (the offset is read at that instant). */
function instantOf(date: { year: number; month: number; day: number }, schedule: DigestSchedule): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, schedule.hour, schedule.minute);
  const guess = asUtc - offsetAt(asUtc, schedule.timeZone);
  return new Date(asUtc - offsetAt(guess, schedule.timeZone));
}

function dayString(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The latest digest due at or before `now`: today's once its time has come, else yesterday's. */
export function dueDigest(now: Date, schedule: DigestSchedule): DueDigest {
  const today = localTime(now, schedule.timeZone);
  const todayAt = instantOf(today, schedule);
  if (todayAt.getTime() <= now.getTime()) {
    return { day: dayString(today), at: todayAt };
  }
  const noonYesterday = new Date(Date.UTC(today.year, today.month - 1, today.day - 1, 12));
  const yesterday = {
    year: noonYesterday.getUTCFullYear(),
    month: noonYesterday.getUTCMonth() + 1,
    day: noonYesterday.getUTCDate(),
  };
  return { day: dayString(yesterday), at: instantOf(yesterday, schedule) };
}
