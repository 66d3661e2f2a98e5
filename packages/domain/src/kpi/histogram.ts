/**
 * Percentiles and the mean of durations given as a histogram: "so many cases took so many days".
 * The results are exact (the same as for the full list of cases) and not rounded; round for display.
 * All are null when there are no cases.
 *
 * - Percentile p (0..100), nearest rank: line the n cases up by days, shortest first, and take the
 *   case at position ceil(p / 100 × n) (at least the first). It is the smallest duration that at
 *   least p % of the cases did not exceed, and always a duration that occurred. p90 of ten cases is
 *   the 9th, of eleven cases the 10th (the same p90 as the KPI board).
 * - Median: as median() in statistics.ts: the middle case, or the mean of the two middle cases for
 *   an even count (so for an even count it may differ from the nearest-rank 50th percentile).
 * - Mean: Σ days × cases / Σ cases.
 */
export interface DaysHistogramRow {
  /** A duration in whole days (0 or more). */
  days: number;
  /** Number of cases with that duration (0 or more). */
  cases: number;
}

interface Bin {
  days: number;
  cases: number;
}

/** Rows merged by days and sorted ascending, without empty bins; validates the input. */
function bins(histogram: readonly DaysHistogramRow[]): Bin[] {
  const byDays = new Map<number, number>();
  for (const { days, cases } of histogram) {
    if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a whole number >= 0, got ${days}`);
    if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError(`cases must be a whole number >= 0, got ${cases}`);
    if (cases > 0) byDays.set(days, (byDays.get(days) ?? 0) + cases);
  }
  return [...byDays].map(([days, cases]) => ({ days, cases })).sort((a, b) => a.days - b.days);
}

/** Days of the case at 0-based position `rank` in the sorted line-up. */
function daysAtRank(sorted: readonly Bin[], rank: number): number {
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.cases;
    if (rank < seen) return bin.days;
  }
  throw new RangeError(`rank ${rank} outside the histogram`);
}

function caseCount(sorted: readonly Bin[]): number {
  return sorted.reduce((sum, bin) => sum + bin.cases, 0);
}

/** Total number of cases in the histogram. */
export function histogramCaseCount(histogram: readonly DaysHistogramRow[]): number {
  return caseCount(bins(histogram));
}

/** The p-th percentile (p from 0 to 100, e.g. 90) by nearest rank; null when there are no cases. */
export function histogramPercentile(histogram: readonly DaysHistogramRow[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  const sorted = bins(histogram);
  const n = caseCount(sorted);
  if (n === 0) return null;
  // n × p is exact for whole percents, and so is the division when the rank is a whole number.
  const rank = Math.max(1, Math.ceil((n * p) / 100));
  return daysAtRank(sorted, rank - 1);
}

/** 90th percentile (nearest rank): nine in ten cases took at most this many days. */
export function histogramP90(histogram: readonly DaysHistogramRow[]): number | null {
  return histogramPercentile(histogram, 90);
}

/** Median duration: the middle case, or the mean of the two middle cases for an even count. */
export function histogramMedian(histogram: readonly DaysHistogramRow[]): number | null {
  const sorted = bins(histogram);
  const n = caseCount(sorted);
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? daysAtRank(sorted, mid) : (daysAtRank(sorted, mid - 1) + daysAtRank(sorted, mid)) / 2;
}

/** Mean duration: Σ days × cases / Σ cases; null when there are no cases. */
export function histogramMean(histogram: readonly DaysHistogramRow[]): number | null {
  const sorted = bins(histogram);
  const n = caseCount(sorted);
  if (n === 0) return null;
  return sorted.reduce((sum, bin) => sum + bin.days * bin.cases, 0) / n;
}
