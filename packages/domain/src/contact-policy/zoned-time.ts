import { addDays, isIsoDate, isoWeekday, toDayNumber, type IsoDate } from '../dates.js';

/**
 * Wall-clock arithmetic in an IANA time zone with the platform's Intl data only (no date library):
 * an instant's local calendar date and time of day, and the instant a local date and time begins.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** True when the platform knows the IANA zone name. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError(`${what}: not a valid instant`);
}

export interface LocalDateTime {
  date: IsoDate;
  /** Milliseconds since local midnight by the wall clock (0 .. 86,399,999). */
  msOfDay: number;
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  weekday: number;
}

/** The wall-clock date and time of an instant in a zone. */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  assertInstant(instant, 'localDateTime');
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const date = `${String(get('year')).padStart(4, '0')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}`;
  if (!isIsoDate(date)) throw new RangeError(`localDateTime: no calendar date for ${instant.toISOString()} in ${timeZone}`);
  const ms = ((instant.getTime() % 1000) + 1000) % 1000;
  const msOfDay = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + ms;
  return { date, msOfDay, weekday: isoWeekday(date) };
}

/** Local wall time minus UTC at an instant, in ms (Berlin in winter: +3,600,000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const local = localDateTime(instant, timeZone);
  return toDayNumber(local.date) * MS_PER_DAY + local.msOfDay - instant.getTime();
}

/**
 * The first instant at which the wall clock in `timeZone` shows `date` at `minuteOfDay` or later:
 * the instant itself for an ordinary time, its first occurrence when clocks go back (the hour
 * happens twice), and the moment clocks jump forward when that time is skipped.
 */
export function zonedInstant(date: IsoDate, minuteOfDay: number, timeZone: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`zonedInstant: not a calendar date: ${String(date)}`);
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 24 * 60) {
    throw new RangeError(`zonedInstant: minute of day out of range: ${minuteOfDay}`);
  }
  if (minuteOfDay === 24 * 60) return zonedInstant(addDays(date, 1), 0, timeZone);
  const wall = toDayNumber(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Candidates from the offsets in force about a day either side cover every transition.
  const offsets = new Set([
    zoneOffsetMs(new Date(wall - MS_PER_DAY), timeZone),
    zoneOffsetMs(new Date(wall), timeZone),
    zoneOffsetMs(new Date(wall + MS_PER_DAY), timeZone),
  ]);
  const exact = [...offsets]
    .map((o) => wall - o)
    .filter((t) => zoneOffsetMs(new Date(t), timeZone) === wall - t)
    .sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0]!);
  // Skipped by a jump forward: search the jump between the two candidate instants.
  const candidates = [...offsets].map((o) => wall - o).sort((a, b) => a - b);
  let lo = candidates[0]!;
  let hi = candidates.at(-1)!;
  const reached = (t: number): boolean => t + zoneOffsetMs(new Date(t), timeZone) >= wall;
  if (reached(lo)) return new Date(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(isoWeekdayNumber: number): string {
  return WEEKDAY_NAMES[isoWeekdayNumber - 1] ?? String(isoWeekdayNumber);
}

/** 'HH:MM' of a time of day in ms (seconds dropped). */
export function formatTimeOfDay(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Thursday 2026-11-26 08:00 (Europe/Berlin)": an instant as the debtor's clock shows it. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const local = localDateTime(instant, timeZone);
  return `${weekdayName(local.weekday)} ${local.date} ${formatTimeOfDay(local.msOfDay)} (${timeZone})`;
}
