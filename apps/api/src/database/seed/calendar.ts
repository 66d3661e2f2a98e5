import { fromDayNumber } from '@mahnwerk/domain';

/**
 * Date helpers for the seeder. Internally a calendar date is a day number (days since
 * 1970-01-01, as in @mahnwerk/domain's toDayNumber); these turn day numbers into ISO dates and
 * local business-hour times into UTC timestamps without a Date object per call where possible.
 */

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

/** ISO 'YYYY-MM-DD' of a day number (cached: the seeder formats the same few hundred days). */
export function isoDate(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = fromDayNumber(day);
    isoCache.set(day, iso);
  }
  return iso;
}

const dstCache = new Map<number, [number, number]>();

/** Day numbers of the last Sundays of March and October of a year (EU summer time). */
function summerTime(year: number): [number, number] {
  let range = dstCache.get(year);
  if (!range) {
    const lastSunday = (month: number): number => {
      const lastDay = Date.UTC(year, month + 1, 0) / MS_PER_DAY; // month is 0-based
      return lastDay - ((lastDay + 4) % 7); // 1970-01-01 was a Thursday (weekday 4, Sunday 0)
    };
    range = [lastSunday(2), lastSunday(9)];
    dstCache.set(year, range);
  }
  return range;
}

/**
 * UTC offset in hours of Europe/Berlin and Europe/Copenhagen (identical rules: CET, CEST from the
 * last Sunday of March to the last Sunday of October) at daytime on a day.
 */
export function centralEuropeanOffsetHours(day: number): number {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  const [start, end] = summerTime(year);
  return day >= start && day < end ? 2 : 1;
}

/** ISO UTC timestamp of a local wall-clock time (minutes after midnight) in Central Europe. */
export function localTimestamp(day: number, minuteOfDay: number): string {
  const ms = day * MS_PER_DAY + minuteOfDay * 60_000 - centralEuropeanOffsetHours(day) * 3_600_000;
  return new Date(ms).toISOString();
}

/** Weekday of a day number: 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day itself if it is Monday to Friday, else the next Monday (never past `limit`). */
export function businessDay(day: number, limit: number): number {
  const w = weekday(day);
  const next = w === 6 ? day + 2 : w === 0 ? day + 1 : day;
  return next <= limit ? next : day;
}
