import { addDays, compareDates, type IsoDate } from '../dates.js';
import { roundHalfUpDiv } from '../money.js';

/**
 * Expected recoveries for the next 30, 60 and 90 days.
 *
 * Every open promise to pay and every open plan installment due in the window counts with its amount
 * times the kept rate of comparable cases (its segment): kept / (kept + broken) of the promises that
 * were resolved in that segment. A segment with fewer than 20 resolved promises uses the overall kept
 * rate of all segments instead; with no resolved promise at all, one in two is assumed kept (0.5).
 * The window for "next N days" runs from the as-of day through the day before as-of + N (N calendar
 * days, today included); windows are cumulative, so 60 days include the first 30. Items already due
 * before the as-of day are left out: they are kept or broken, not expected. The expected amount is
 * computed exactly and rounded half up to whole cents once per window.
 */
export const FORECAST_HORIZONS_DAYS = [30, 60, 90] as const;
export const MIN_RESOLVED_FOR_SEGMENT_RATE = 20;
export const DEFAULT_KEPT_RATE = 0.5;

export type ForecastItemKind = 'PROMISE' | 'INSTALLMENT';

/**
 * Amount bands of {@link forecastSegment}, in major units of the amount's currency (upper bound
 * included): up to 100, over 100 up to 500, over 500 up to 2,000, over 2,000.
 */
export const FORECAST_AMOUNT_BANDS = [
  { key: 'UP_TO_100', upToCents: 10_000 },
  { key: '100_TO_500', upToCents: 50_000 },
  { key: '500_TO_2000', upToCents: 200_000 },
  { key: 'OVER_2000', upToCents: null },
] as const;

/**
 * Segment key of comparable cases: creditor, kind and amount band, e.g. 'cred-1|PROMISE|100_TO_500'.
 * Use the same key for the history and for the open items.
 */
export function forecastSegment(input: { creditorId: string; kind: ForecastItemKind; amountCents: number }): string {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 0) {
    throw new RangeError(`amountCents must be whole cents >= 0, got ${input.amountCents}`);
  }
  const band = FORECAST_AMOUNT_BANDS.find((b) => b.upToCents === null || input.amountCents <= b.upToCents)!;
  return `${input.creditorId}|${input.kind}|${band.key}`;
}

export interface ForecastItem {
  dueDate: IsoDate;
  amountCents: number;
  kind: ForecastItemKind;
  segment: string;
}

export interface SegmentHistory {
  segment: string;
  kept: number;
  broken: number;
}

export type KeptRateSource = 'SEGMENT' | 'OVERALL' | 'DEFAULT';

/** A kept rate as an exact fraction, with where it came from. */
export interface KeptRate {
  kept: number;
  resolved: number;
  rate: number;
  source: KeptRateSource;
}

export interface ForecastHorizon {
  days: number;
  promisedCents: number;
  expectedCents: number;
}

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

/** The kept rate used for one segment, following the fallbacks above. */
export function keptRateFor(segment: string, history: readonly SegmentHistory[]): KeptRate {
  let kept = 0;
  let resolved = 0;
  let segmentKept = 0;
  let segmentResolved = 0;
  for (const row of history) {
    assertCount('kept', row.kept);
    assertCount('broken', row.broken);
    kept += row.kept;
    resolved += row.kept + row.broken;
    if (row.segment === segment) {
      segmentKept += row.kept;
      segmentResolved += row.kept + row.broken;
    }
  }
  if (segmentResolved >= MIN_RESOLVED_FOR_SEGMENT_RATE) {
    return { kept: segmentKept, resolved: segmentResolved, rate: segmentKept / segmentResolved, source: 'SEGMENT' };
  }
  if (resolved > 0) return { kept, resolved, rate: kept / resolved, source: 'OVERALL' };
  return { kept: 1, resolved: 2, rate: DEFAULT_KEPT_RATE, source: 'DEFAULT' };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Promised and expected recoveries per horizon (30, 60, 90 days unless given) as of `asOf`. */
export function forecastRecoveries(
  items: readonly ForecastItem[],
  history: readonly SegmentHistory[],
  asOf: IsoDate,
  horizonsDays: readonly number[] = FORECAST_HORIZONS_DAYS,
): ForecastHorizon[] {
  const rates = new Map<string, KeptRate>();
  for (const item of items) {
    if (!Number.isSafeInteger(item.amountCents) || item.amountCents < 0) {
      throw new RangeError(`amountCents must be whole cents >= 0, got ${item.amountCents}`);
    }
    if (item.kind !== 'PROMISE' && item.kind !== 'INSTALLMENT') throw new RangeError(`unknown kind ${String(item.kind)}`);
    compareDates(item.dueDate, asOf); // validates the date
    if (!rates.has(item.segment)) rates.set(item.segment, keptRateFor(item.segment, history));
  }
  return horizonsDays.map((days) => {
    if (!Number.isSafeInteger(days) || days <= 0) throw new RangeError(`horizon must be a whole number of days > 0, got ${days}`);
    const end = addDays(asOf, days); // first day after the window
    let promised = 0n;
    // Σ amount × kept / resolved as one exact fraction num / den.
    let num = 0n;
    let den = 1n;
    for (const item of items) {
      if (compareDates(item.dueDate, asOf) < 0 || compareDates(item.dueDate, end) >= 0) continue;
      const rate = rates.get(item.segment)!;
      const amount = BigInt(item.amountCents);
      promised += amount;
      const r = BigInt(rate.resolved);
      num = num * r + amount * BigInt(rate.kept) * den;
      den *= r;
      const g = gcd(num, den);
      if (g > 1n) {
        num /= g;
        den /= g;
      }
    }
    return { days, promisedCents: Number(promised), expectedCents: Number(roundHalfUpDiv(num, den)) };
  });
}

export interface ForecastComparison {
  days: number;
  expectedCents: number;
  actualCents: number;
  /** actual - expected: positive when more came in than forecast. */
  differenceCents: number;
  /** actual / expected; null when nothing was expected. */
  ratio: number | null;
}

/** Compares a past forecast window with what actually came in during it. */
export function actualVsForecast(horizon: ForecastHorizon, actualCents: number): ForecastComparison {
  if (!Number.isSafeInteger(actualCents)) throw new RangeError(`actualCents must be whole cents, got ${actualCents}`);
  return {
    days: horizon.days,
    expectedCents: horizon.expectedCents,
    actualCents,
    differenceCents: actualCents - horizon.expectedCents,
    ratio: horizon.expectedCents === 0 ? null : actualCents / horizon.expectedCents,
  };
}
