import { displayLocale } from '../i18n/display-locale';

/**
 * Calendar dates travel as 'YYYY-MM-DD' strings and timestamps as ISO strings (UTC).
 * Calendar arithmetic here works on UTC day numbers so the host time zone never shifts a date.
 */

export type IsoDate = string;
export type IsoDateTime = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar day of `now` (the collector's browser) as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Shift a calendar date by whole months, clamping the day to the target month's length. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0..11
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad2(month + 1)}-${pad2(Math.min(Number(m[3]), lastDay))}`;
}

/** First day of the month of `date`. */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** "12 Mar 2026" ("12. März 2026", "12. mar. 2026") for a calendar date in the workbench language; no time zone is involved. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '—';
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(displayLocale(), { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/** "Mar 2026" for the month of a calendar date (chart axes). */
export function formatMonth(date: IsoDate): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(displayLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}

/** "12 Mar 2026, 14:05" in the viewer's time zone, or in `timeZone` when given. */
export function formatDateTime(value: IsoDateTime | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(displayLocale(), {
      day: '2-digit',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(d);
  } catch {
    return d.toISOString();
  }
}

/** Current wall-clock time in an IANA zone ("14:05"), or null for an unknown zone. */
export function localTimeIn(timeZone: string, now: Date = new Date()): string | null {
  try {
    return new Intl.DateTimeFormat(displayLocale(), { hour: '2-digit', minute: '2-digit', weekday: 'short', timeZone }).format(now);
  } catch {
    return null;
  }
}

/** Converts the value of an <input type="datetime-local"> (the viewer's zone) to an ISO timestamp. */
export function localDateTimeToIso(value: string): IsoDateTime | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today's calendar date in an IANA zone (the creditor's), falling back to the viewer's day. */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): IsoDate {
  if (timeZone) {
    try {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      const date = `${get('year')}-${get('month')}-${get('day')}`;
      if (isIsoDate(date)) return date;
    } catch {
      /* unknown zone */
    }
  }
  return todayIso(now);
}
