import Holidays from 'date-holidays';
import { fromDayNumber, isIsoDate, isoWeekday, toDayNumber, type IsoDate } from '../dates.js';

/** The German federal states (Länder), ISO 3166-2 codes without the "DE-" prefix. */
export const GERMAN_STATES = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
} as const;
export type GermanState = keyof typeof GERMAN_STATES;

export const isGermanState = (value: unknown): value is GermanState =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(GERMAN_STATES, value);

/** Countries whose public holidays the domain knows. */
export type HolidayCountry = 'DE' | 'DK';

const calendars = new Map<string, Holidays>();
const perYear = new Map<string, readonly IsoDate[]>();

/**
 * Statutory public holidays (type "public" in the maintained `date-holidays` data) of a country, or
 * of one German state, in a year, sorted. Observances, bank holidays and days off by custom
 * (Christmas Eve, Grundlovsdag) are not public holidays; regional days that hold only in some
 * municipalities (e.g. Assumption in Catholic Bavaria, Augsburg's Peace Festival) are not either.
 * Without a state: the days that are holidays in every German state.
 */
export function publicHolidaysOf(country: HolidayCountry, year: number, state: GermanState | null = null): readonly IsoDate[] {
  if (!Number.isSafeInteger(year) || year < 1900 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  if (country !== 'DE' && country !== 'DK') throw new RangeError(`No holiday calendar for country ${String(country)}`);
  if (state !== null && (country !== 'DE' || !isGermanState(state))) throw new RangeError(`Unknown state ${String(state)} of ${country}`);
  const key = `${country}-${state ?? ''}-${year}`;
  const cached = perYear.get(key);
  if (cached) return cached;
  const calendarKey = `${country}-${state ?? ''}`;
  let calendar = calendars.get(calendarKey);
  if (!calendar) {
    calendar = state === null ? new Holidays(country) : new Holidays(country, state);
    calendars.set(calendarKey, calendar);
  }
  const days = [
    ...new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10))),
  ].sort();
  const frozen = Object.freeze(days);
  perYear.set(key, frozen);
  return frozen;
}

/** Whether `date` is a public holiday of the country (and German state, when given). */
export function isPublicHoliday(country: HolidayCountry, date: IsoDate, state: GermanState | null = null): boolean {
  return publicHolidaysOf(country, Number(date.slice(0, 4)), state).includes(date);
}

/**
 * A Saturday, Sunday or public holiday at the place that counts (or one of `extraHolidays`) is not a
 * working day (ZPO 222(2), BGB 193).
 */
export function isWorkingDay(
  country: HolidayCountry,
  date: IsoDate,
  state: GermanState | null = null,
  extraHolidays: readonly IsoDate[] = [],
): boolean {
  if (!isIsoDate(date)) throw new RangeError(`Not a date: ${String(date)}`);
  if (isoWeekday(date) >= 6) return false;
  return !isPublicHoliday(country, date, state) && !extraHolidays.includes(date);
}

/** The date itself if a working day, else the next working day (ZPO 222(2), BGB 193). */
export function nextWorkingDay(
  country: HolidayCountry,
  date: IsoDate,
  state: GermanState | null = null,
  extraHolidays: readonly IsoDate[] = [],
): IsoDate {
  let n = toDayNumber(date);
  while (!isWorkingDay(country, fromDayNumber(n), state, extraHolidays)) n++;
  return fromDayNumber(n);
}
