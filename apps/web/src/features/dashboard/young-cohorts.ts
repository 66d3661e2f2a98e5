import { addMonths, daysBetween, type IsoDate } from '../../ui/date';

/** Days a cohort needs before its payment rate is judged when no case was paid in the period to measure it. */
export const FALLBACK_MATURITY_DAYS = 90;

export interface CohortMonth {
  periodStart: IsoDate;
  kpis: { casesPlaced: number };
}

export interface YoungCohorts {
  /** periodStart of each month whose cases are too young to judge, oldest first. */
  months: IsoDate[];
  /** Cases placed in those months. */
  cases: number;
  /** The age a month's every case must reach before its payment rate is judged. */
  maturityDays: number;
  /** True when maturityDays is the measured percentile, false when it is the fallback. */
  measured: boolean;
}

/**
 * The payment rate is the share of the cases placed in a month that are paid in full by now
 * (packages/domain kpi/compute-kpis.ts), so a month's rate keeps rising while its cases are young.
 * A month counts as too young to judge while its last placement (the month's end, or the period's
 * end `periodTo` within it) is younger than `maturityDays` today: the 90th percentile of
 * placement-to-paid-in-full days (9 in 10 paid cases took no longer).
 */
export function youngCohorts(series: readonly CohortMonth[], periodTo: IsoDate, today: IsoDate, p90Days: number | null): YoungCohorts {
  const maturityDays = p90Days === null ? FALLBACK_MATURITY_DAYS : Math.ceil(p90Days);
  const young = series.filter((m) => {
    const monthEnd = previousDay(addMonths(m.periodStart, 1));
    const lastPlacement = monthEnd < periodTo ? monthEnd : periodTo;
    return daysBetween(lastPlacement, today) < maturityDays;
  });
  return {
    months: young.map((m) => m.periodStart),
    cases: young.reduce((n, m) => n + m.kpis.casesPlaced, 0),
    maturityDays,
    measured: p90Days !== null,
  };
}

function previousDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
