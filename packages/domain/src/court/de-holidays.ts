import { addDays, fromDayNumber, isoWeekday, toDayNumber, type IsoDate } from '../dates.js';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isSafeInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Public holidays observed in every German state (federal law for 3 October, state laws for the
 * rest, identical on these days), plus the one-off nationwide Reformation Day 2017. State-only
 * holidays (e.g. Epiphany, Corpus Christi, Reformation Day in the north) differ by the court's
 * seat and must be passed in where they matter (ZPO 222(2)).
 */
export function germanNationwideHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  const days = [
    `${y}-01-01`, // Neujahr
    addDays(easter, -2), // Karfreitag
    addDays(easter, 1), // Ostermontag
    `${y}-05-01`, // Tag der Arbeit
    addDays(easter, 39), // Christi Himmelfahrt
    addDays(easter, 50), // Pfingstmontag
    `${y}-10-03`, // Tag der Deutschen Einheit
    `${y}-12-25`,
    `${y}-12-26`,
  ];
  if (year === 2017) days.push('2017-10-31');
  return days.sort();
}

/** A Saturday, Sunday or holiday (nationwide, or one of `extraHolidays`) is not a working day (ZPO 222(2)). */
export function isGermanWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = []): boolean {
  if (isoWeekday(date) >= 6) return false;
  const year = Number(date.slice(0, 4));
  return !germanNationwideHolidays(year).includes(date) && !extraHolidays.includes(date);
}

/** The date itself if a working day, else the next working day (ZPO 222(2), BGB 193). */
export function nextGermanWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = []): IsoDate {
  let n = toDayNumber(date);
  while (!isGermanWorkingDay(fromDayNumber(n), extraHolidays)) n++;
  return fromDayNumber(n);
}
