import { calendarDateIn, type IsoDate } from '@mahnwerk/domain';

/** The zone of the KPI read models' calendar days (TZ in the KPI migrations): paid, closing and contact days. */
export const REPORTING_TIME_ZONE = 'Europe/Berlin';

/** The calendar day an instant falls on in the reporting zone: e.g. the day a case closes (cases.closed_on). */
export function reportingDay(instant: Date): IsoDate {
  return calendarDateIn(instant, REPORTING_TIME_ZONE);
}
