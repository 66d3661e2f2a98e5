import { addDays, compareDates, daysBetween, minDate, type IsoDate } from '../dates.js';
import { roundHalfUpDiv } from '../money.js';
import type { Country, DebtorKind } from '../stages.js';
import { assertRateTable, rateRowIndexOn } from './rate-table.js';
import type { StatutoryMargin } from './statutory-margin.js';
import { DEFAULT_RATE_TABLES, statutoryRateOn, type RateTables, type StatutoryRate } from './statutory-rate.js';

/**
 * Simple (non-compounding, BGB 289) interest on a 365-day year:
 *   interest in cents = principalCents * basisPoints * days / (365 * 10_000).
 * Segments keep the numerator over this fixed denominator so sums stay exact.
 */
export const INTEREST_DENOMINATOR = 365n * 10_000n;

/** A run of days with one principal and one rate. */
export interface InterestSegment {
  /** First accruing day (inclusive). */
  from: IsoDate;
  /** Last accruing day (inclusive). */
  to: IsoDate;
  days: number;
  principalCents: number;
  rate: StatutoryRate;
  /** Exact interest = numerator / INTEREST_DENOMINATOR cents. */
  numerator: bigint;
}

export interface InterestSegmentsInput {
  country: Country;
  debtorKind: DebtorKind;
  principalCents: number;
  /** Interest accrues from the day after this date ... */
  accruesAfter: IsoDate;
  /** ... up to and including this date. */
  through: IsoDate;
  tables?: Partial<RateTables>;
  /** The claim's margin (statutoryMargin); default: the general margin of the country and debtor. */
  margin?: StatutoryMargin;
}

/**
 * Splits (accruesAfter, through] at every rate change in the table and returns one segment per
 * rate period with its exact interest numerator. A negative total rate accrues nothing: statutory
 * default interest never runs against the creditor.
 */
export function interestSegments(input: InterestSegmentsInput): InterestSegment[] {
  const { country, debtorKind, principalCents, accruesAfter, through } = input;
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) {
    throw new RangeError(`Principal must be a non-negative whole number of cents: ${principalCents}`);
  }
  const tables = input.tables ?? DEFAULT_RATE_TABLES;
  const table = tables[country] ?? DEFAULT_RATE_TABLES[country];
  assertRateTable(table, `${country} rate table`);

  const segments: InterestSegment[] = [];
  let from = addDays(accruesAfter, 1);
  while (compareDates(from, through) <= 0) {
    const rate = statutoryRateOn(country, debtorKind, from, tables, input.margin);
    const next = table[rateRowIndexOn(table, from) + 1];
    const to = next ? minDate(through, addDays(next.from, -1)) : through;
    const days = daysBetween(from, to) + 1;
    const effectiveBp = Math.max(0, rate.basisPoints);
    segments.push({
      from,
      to,
      days,
      principalCents,
      rate,
      numerator: BigInt(principalCents) * BigInt(effectiveBp) * BigInt(days),
    });
    from = addDays(to, 1);
  }
  return segments;
}

/** Interest in whole cents for one principal, rate and number of days, rounded half-up. */
export function simpleInterestCents(principalCents: number, basisPoints: number, days: number): number {
  return Number(roundHalfUpDiv(BigInt(principalCents) * BigInt(basisPoints) * BigInt(days), INTEREST_DENOMINATOR));
}

/**
 * Rounds a run of exact amounts (numerators over `denominator`) so that the parts add up to the
 * rounded total: part i = round(prefix sum i) - round(prefix sum i-1). The total is rounded once.
 */
export function roundCumulative(numerators: readonly bigint[], denominator: bigint): bigint[] {
  let running = 0n;
  let previous = 0n;
  return numerators.map((n) => {
    running += n;
    const rounded = roundHalfUpDiv(running, denominator);
    const part = rounded - previous;
    previous = rounded;
    return part;
  });
}
