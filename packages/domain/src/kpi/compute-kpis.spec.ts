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
        dunningDurations: [{ days: 25, cases: 1 }, { days: 10, cases: 1 }, { days: 20, cases: 1 }],
        promisesKept: 6,
        promisesBroken: 2,
      },
      {
        dunningDurationDaysMedian: 20,
        dunningDurationDaysMean: 18.3, // 55 / 3 = 18.33
        dunningDurationDaysP90: 25, // rank ceil(2.7) = 3
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
        dunningDurations: [],
        promisesKept: 0,
        promisesBroken: 0,
      },
      {
        dunningDurationDaysMedian: null,
        dunningDurationDaysMean: null,
        dunningDurationDaysP90: null,
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
        dunningDurations: [{ days: 14, cases: 1 }, { days: 15, cases: 1 }],
        promisesKept: 0,
        promisesBroken: 3,
      },
      {
        dunningDurationDaysMedian: 14.5,
        dunningDurationDaysMean: 14.5,
        dunningDurationDaysP90: 15,
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

  const base = {
    casesPlaced: 0, casesPlacedPaidInFull: 0, placedCents: 0, collectedOnPlacedCents: 0, recoveredCents: 0, promisesKept: 0, promisesBroken: 0,
  };
  const counts = (entries: [days: number, cases: number][]) => entries.map(([days, cases]) => ({ days, cases }));

  it.each<[string, [number, number][], { median: number | null; mean: number | null; p90: number | null }]>([
    ['one case', [[7, 1]], { median: 7, mean: 7, p90: 7 }],
    ['ten cases: p90 is the 9th', [[1, 8], [5, 1], [100, 1]], { median: 1, mean: 11.3, p90: 5 }],
    ['eleven cases: p90 is the 10th', [[1, 9], [5, 1], [100, 1]], { median: 1, mean: 10.4, p90: 5 }],
    ['an even count straddling two values', [[10, 2], [20, 2]], { median: 15, mean: 15, p90: 20 }],
    ['repeated days add up, empty entries are ignored', [[3, 1], [9, 0], [3, 2], [6, 1]], { median: 3, mean: 3.8, p90: 6 }],
  ])('duration histogram: %s', (_name, entries, expected) => {
    const k = computeKpis({ ...base, dunningDurations: counts(entries) });
    expect({ median: k.dunningDurationDaysMedian, mean: k.dunningDurationDaysMean, p90: k.dunningDurationDaysP90 }).toEqual(expected);
  });

  it('refuses a negative or fractional case count', () => {
    expect(() => computeKpis({ ...base, dunningDurations: counts([[3, -1]]) })).toThrow(RangeError);
    expect(() => computeKpis({ ...base, dunningDurations: counts([[3, 1.5]]) })).toThrow(RangeError);
  });
});
