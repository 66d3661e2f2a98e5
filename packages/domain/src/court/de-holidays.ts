import type { IsoDate } from '../dates.js';
import { nextWorkingDay, isWorkingDay, publicHolidaysOf, type GermanState } from './public-holidays.js';

/**
 * Public holidays observed in every German state (federal law for 3 October, state laws for the
 * rest), incl. one-off days such as Reformation Day 2017, from the maintained `date-holidays` data.
 * A court's deadlines also skip the holidays of its own state: pass `state` (ZPO 222(2)).
 */
export function germanNationwideHolidays(year: number): IsoDate[] {
  return [...publicHolidaysOf('DE', year)];
}

/** Public holidays of a German state in a year (nationwide ones included). */
export function germanStateHolidays(year: number, state: GermanState): IsoDate[] {
  return [...publicHolidaysOf('DE', year, state)];
}

/** A Saturday, Sunday or holiday (nationwide, of `state`, or one of `extraHolidays`) is not a working day (ZPO 222(2)). */
export function isGermanWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = [], state: GermanState | null = null): boolean {
  return isWorkingDay('DE', date, state, extraHolidays);
}

/** The date itself if a working day, else the next working day (ZPO 222(2), BGB 193). */
export function nextGermanWorkingDay(date: IsoDate, extraHolidays: readonly IsoDate[] = [], state: GermanState | null = null): IsoDate {
  return nextWorkingDay('DE', date, state, extraHolidays);
}
