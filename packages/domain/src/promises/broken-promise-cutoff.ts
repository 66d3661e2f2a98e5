import { addDays, type IsoDate } from '../dates.js';

/**
 * The first due date on which a promise still unpaid is not yet broken as of `asOf`: exactly the
 * unpaid promises due before it are broken (as isPromiseBroken decides with the same grace days; the
 * spec checks the two agree). Set-based SQL over many promises takes it as a parameter
 * (`due_date < $n`) instead of deciding the rule itself.
 */
export function brokenPromiseDueBefore(asOf: IsoDate, graceDays = 0): IsoDate {
  if (!Number.isSafeInteger(graceDays) || graceDays < 0) {
    throw new RangeError(`graceDays must be a non-negative whole number, got ${graceDays}`);
  }
  return addDays(asOf, -graceDays);
}
