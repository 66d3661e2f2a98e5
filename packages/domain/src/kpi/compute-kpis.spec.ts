import { computeKpis, type KpiAggregates, type Kpis } from './compute-kpis.js';

describe('computeKpis (DESIGN.md 6, kpis)', () => {
  it.each<[string, KpiAggregates, Kpis]>([
    [
      'a typical month',
      {
        casesPlaced: 40,
        casesPlacedPaidInFull: 10,
        placedCents: 2_000_000,
        collectedOnPlacedCents: 500_000,
        recoveredCents: 750_000,
        dunningDurationsDays: [10, 20, 25],
        promisesKept: 6,
        promisesBroken: 2,
      },
      {
        dunningDurationDaysMedian: 20,
        dunningDurationDaysMean: 18.3, // 55 / 3 = 18.33
        paymentRate: 0.25, // 10 / 40
        recoveryRate: 0.25, // 5,000 / 20,000
        recoveredCents: 750_000,
        placedCents: 2_000_000,
        collectedCents: 500_000,
        promiseKeptRate: 0.75, // 6 / (6 + 2)
        casesPlaced: 40,
        casesPaidInFull: 10,
      },
    ],
    [
      'an empty period',
      {
        casesPlaced: 0,
        casesPlacedPaidInFull: 0,
        placedCents: 0,
        collectedOnPlacedCents: 0,
        recoveredCents: 0,
        dunningDurationsDays: [],
        promisesKept: 0,
        promisesBroken: 0,
      },
      {
        dunningDurationDaysMedian: null,
        dunningDurationDaysMean: null,
        paymentRate: 0,
        recoveryRate: 0,
        recoveredCents: 0,
        placedCents: 0,
        collectedCents: 0,
        promiseKeptRate: null,
        casesPlaced: 0,
        casesPaidInFull: 0,
      },
    ],
    [
      'interest and fees collected on top of principal (recovery above 1, kept raw)',
      {
        casesPlaced: 2,
        casesPlacedPaidInFull: 2,
        placedCents: 100_000,
        collectedOnPlacedCents: 112_000,
        recoveredCents: 112_000,
        dunningDurationsDays: [14, 15],
        promisesKept: 0,
        promisesBroken: 3,
      },
      {
        dunningDurationDaysMedian: 14.5,
        dunningDurationDaysMean: 14.5,
        paymentRate: 1,
        recoveryRate: 1.12,
        recoveredCents: 112_000,
        placedCents: 100_000,
        collectedCents: 112_000,
        promiseKeptRate: 0,
        casesPlaced: 2,
        casesPaidInFull: 2,
      },
    ],
  ])('%s', (_name, aggregates, expected) => {
    expect(computeKpis(aggregates)).toEqual(expected);
  });
});
