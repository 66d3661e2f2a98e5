import type { IsoDate } from '../dates.js';
import { publicHolidaysOf } from '../court/public-holidays.js';

/**
 * Danish public holidays (helligdage) from the maintained `date-holidays` data: New Year's Day,
 * Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday,
 * Christmas Day and Boxing Day; Great Prayer Day (Store bededag) until 2023, abolished from 2024 by
 * lov nr. 159 of 28 February 2023. Constitution Day (5 June), Christmas Eve and New Year's Eve are
 * customary days off, not public holidays: pass them as extra holidays where a creditor wants them kept free.
 */
export function danishPublicHolidays(year: number): IsoDate[] {
  return [...publicHolidaysOf('DK', year)];
}
