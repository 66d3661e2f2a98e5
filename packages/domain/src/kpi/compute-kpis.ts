import { mean, median, ratio, roundTo1Decimal } from './statistics.js';

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
  /** Days from first dunning step to closure, one entry per case closed in the period. */
  dunningDurationsDays: number[];
  promisesKept: number;
  promisesBroken: number;
}

export interface Kpis {
  dunningDurationDaysMedian: number | null;
  dunningDurationDaysMean: number | null;
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
  return {
    dunningDurationDaysMedian: roundTo1Decimal(median(a.dunningDurationsDays)),
    dunningDurationDaysMean: roundTo1Decimal(mean(a.dunningDurationsDays)),
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
