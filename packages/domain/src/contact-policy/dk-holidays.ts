import { addDays, type IsoDate } from '../dates.js';
import { easterSunday } from '../court/de-holidays.js';

/**
 * Danish public holidays (helligdage): New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
 * and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day; Great Prayer Day
 * (Store bededag, 4th Friday after Easter) until 2023: abolished from 2024 by lov nr. 159 of
 * 28 February 2023. Constitution Day (5 June), Christmas Eve and New Year's Eve are customary days
 * off, not public holidays: pass them as extra holidays where a creditor wants them kept free.
 */
export function danishPublicHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  const days = [
    `${y}-01-01`, // Nytårsdag
    addDays(easter, -3), // Skærtorsdag
    addDays(easter, -2), // Langfredag
    easter, // Påskedag
    addDays(easter, 1), // 2. påskedag
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // Pinsedag
    addDays(easter, 50), // 2. pinsedag
    `${y}-12-25`, // Juledag
    `${y}-12-26`, // 2. juledag
  ];
  if (year <= 2023) days.push(addDays(easter, 26)); // Store bededag
  return days.sort();
}
