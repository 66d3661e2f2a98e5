import { ratio, roundTo1Decimal } from './statistics.js';

/** So many cases took so many days from placement to paid in full. */
export interface DurationCount {
  days: number;
  cases: number;
}

/** Counts and sums a read model gathers for one period and filter (DESIGN.md 6, `kpis`). */
export interface KpiAggregates {
  /** Cases placed (handed over) in the period. */
  casesPlaced: number;
  /** Of those, cases paid in full. */
  casesPlacedPaidInFull: number;
  /** Principal placed in the period. */
  placedCents: number;
  /** Collected on the cases placed in the period (may include interest and fees). */
  collectedOnPlacedCents: number;
  /** All payments received in the period. */
  recoveredCents: number;
  /**
   * Days from placement to paid in full of the cases paid in the period, as a histogram
   * (one entry per number of days; entries with the same days add up).
   */
  dunningDurations: DurationCount[];
  promisesKept: number;
  promisesBroken: number;
}

export interface Kpis {
  dunningDurationDaysMedian: number | null;
  dunningDurationDaysMean: number | null;
  /** 90th percentile (nearest rank: the smallest duration at least 90% of the cases did not exceed). */
  dunningDurationDaysP90: number | null;
  /** Share of cases placed in the period that are paid in full (0..1). */
  paymentRate: number;
  /** Collected / placed amount; can exceed 1 when interest and fees are collected. */
  recoveryRate: number;
  recoveredCents: number;
  placedCents: number;
  collectedCents: number;
  /** kept / (kept + broken); null when no promise fell due. */
  promiseKeptRate: number | null;
  casesPlaced: number;
  casesPaidInFull: number;
}

export function computeKpis(a: KpiAggregates): Kpis {
  const resolvedPromises = a.promisesKept + a.promisesBroken;
  const durations = durationStatistics(a.dunningDurations);
  return {
    dunningDurationDaysMedian: roundTo1Decimal(durations.median),
    dunningDurationDaysMean: roundTo1Decimal(durations.mean),
    dunningDurationDaysP90: durations.p90,
    paymentRate: ratio(a.casesPlacedPaidInFull, a.casesPlaced),
    recoveryRate: ratio(a.collectedOnPlacedCents, a.placedCents),
    recoveredCents: a.recoveredCents,
    placedCents: a.placedCents,
    collectedCents: a.collectedOnPlacedCents,
    promiseKeptRate: resolvedPromises === 0 ? null : ratio(a.promisesKept, resolvedPromises),
    casesPlaced: a.casesPlaced,
    casesPaidInFull: a.casesPlacedPaidInFull,
  };
}

/** Exact median (mean of the two middle ones for an even count), mean and p90 of a histogram. */
function durationStatistics(histogram: readonly DurationCount[]): { median: number | null; mean: number | null; p90: number | null } {
  for (const { days, cases } of histogram) {
    if (!Number.isFinite(days)) throw new RangeError(`Not a finite number of days: ${days}`);
    if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError(`cases must be a non-negative whole number, got ${cases}`);
  }
  const sorted = histogram.filter((h) => h.cases > 0).sort((x, y) => x.days - y.days);
  const count = sorted.reduce((n, h) => n + h.cases, 0);
  if (count === 0) return { median: null, mean: null, p90: null };
  /** The value at 1-based rank `rank` among all durations in ascending order. */
  const at = (rank: number): number => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.cases;
      if (seen >= rank) return h.days;
    }
    return sorted[sorted.length - 1]!.days;
  };
  const median = count % 2 === 1 ? at((count + 1) / 2) : (at(count / 2) + at(count / 2 + 1)) / 2;
  const mean = sorted.reduce((sum, h) => sum + h.days * h.cases, 0) / count;
  return { median, mean, p90: at(Math.ceil((count * 9) / 10)) };
}
