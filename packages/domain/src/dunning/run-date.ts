import { type IsoDate, isIsoDate } from '../dates.js';

/**
 * Whether a dunning run may be dated `asOf`: a calendar date, not after `today` (the date in the
 * dunning time zone: a run ahead of time would charge fees and send letters for days that have not
 * come), and not before the last finished run's date (the stages have moved on since; an earlier
 * date would decide on a past that no longer is the cases' state). Running the last finished date
 * again is allowed: it changes nothing. Null when allowed, else the reason a person can act on.
 */
export function dunningRunDateProblem(asOf: string, today: IsoDate, lastFinishedAsOf: IsoDate | null): string | null {
  if (!isIsoDate(asOf)) return `asOf ${asOf} is not a date (YYYY-MM-DD).`;
  if (asOf > today) return `asOf ${asOf} is after today (${today}); a dunning run can be dated today at the latest.`;
  if (lastFinishedAsOf !== null && asOf < lastFinishedAsOf) {
    return `asOf ${asOf} is before the last finished dunning run (${lastFinishedAsOf}); run a date from ${lastFinishedAsOf} to ${today}.`;
  }
  return null;
}
