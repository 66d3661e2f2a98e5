/**
 * Calendar dates are ISO strings 'YYYY-MM-DD' without a zone (the creditor's local calendar day).
 * All arithmetic maps them to a day number (days since 1970-01-01) with integer civil-calendar
 * formulas, so no Date object, host time zone or DST transition is involved.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number of the digits s[from..to) (ASCII 0-9 only), or -1 when one is no digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The day number of a strictly formatted, existing ISO date, or NaN. Reads the characters directly:
 * dates are compared and counted millions of times (balances, imports), so no regular expression
 * and no allocation.
 */
function dayNumberOrNaN(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return civilToDays(year, month, day);
}

/** Howard Hinnant's days_from_civil: days since 1970-01-01. */
function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** True for a strictly formatted ISO date that exists in the Gregorian calendar ('2024-02-29' yes, '2023-02-29' no). */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && !Number.isNaN(dayNumberOrNaN(s));
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(d: IsoDate): Ymd {
  if (!isIsoDate(d)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(d)}`);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

const notADate = (d: unknown): never => {
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(d)}`);
};

function format({ year, month, day }: Ymd): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a date: days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(d: IsoDate): number {
  const n = typeof d === 'string' ? dayNumberOrNaN(d) : NaN;
  return Number.isNaN(n) ? notADate(d) : n;
}

/** Inverse of {@link toDayNumber} (civil_from_days). */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a day number: ${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}

/** d + n calendar days (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** to - from in calendar days (negative when to is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Compares two dates: negative, zero or positive like a sort comparator. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** First day of the month of d. */
export function startOfMonth(d: IsoDate): IsoDate {
  const { year, month } = parse(d);
  return format({ year, month, day: 1 });
}

/** Last day of the month of d. */
export function endOfMonth(d: IsoDate): IsoDate {
  const { year, month } = parse(d);
  return format({ year, month, day: daysInMonth(year, month) });
}

/** d + n months, clamping the day to the target month's length (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  const { year, month, day } = parse(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** d + n years, clamping 29 February to 28 February in a common year (BGB 188(3)). */
export function addYears(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of years: ${n}`);
  return addMonths(d, n * 12);
}

/** 31 December of the year of d. */
export function endOfYear(d: IsoDate): IsoDate {
  const { year } = parse(d);
  return format({ year, month: 12, day: 31 });
}

/** ISO weekday of d: 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(d: IsoDate): number {
  const n = (((toDayNumber(d) + 3) % 7) + 7) % 7; // 0 = Monday
  return n + 1;
}

/**
 * Whole months from `from` to `to`: the largest k with addMonths(from, k) <= to
 * (negative, symmetric, when to is earlier).
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (compareDates(to, from) < 0) return -monthsBetween(to, from);
  const a = parse(from);
  const b = parse(to);
  let k = (b.year - a.year) * 12 + (b.month - a.month);
  while (k > 0 && compareDates(addMonths(from, k), to) > 0) k--;
  return k;
}

/** Midnight UTC at the start of a calendar date, as a Date. */
export function utcMidnight(d: IsoDate): Date {
  return new Date(toDayNumber(d) * MS_PER_DAY);
}

/** Instant + whole days (24-hour steps; for UTC timestamps such as next-action times). */
export function addDaysToInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * MS_PER_DAY);
}

/** The calendar date an instant falls on in an IANA time zone (e.g. 'Europe/Berlin'). */
export function calendarDateIn(instant: Date, timeZone: string): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('calendarDateIn: not a valid instant');
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    era: 'short',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  if (get('era') !== 'AD') throw new RangeError('calendarDateIn: instant before year 1');
  return format({ year: Number(get('year')), month: Number(get('month')), day: Number(get('day')) });
}
