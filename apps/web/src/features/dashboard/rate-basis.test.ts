import { describe, expect, it } from 'vitest';
import { toSeriesRows } from './dashboard-charts';
import type { DashboardData, Kpis } from './dashboard.graphql';
import { honestRates, rateWithBasis } from './rate-basis';

const none: Kpis = {
  dunningDurationDaysMedian: null,
  dunningDurationDaysMean: null,
  dunningDurationDaysP90: null,
  paymentRate: 0,
  paymentRateAmount: null,
  recoveryRate: 0,
  recoveredCents: 0,
  placedCents: 0,
  collectedCents: 0,
  promiseKeptRate: null,
  casesPlaced: 0,
  casesPaidInFull: 0,
  contacts: 0,
  rightPartyContacts: 0,
  rightPartyContactRate: null,
  contactsPerCollectorDay: null,
  averageHandlingSeconds: null,
  principalCollectedCents: 0,
  interestCollectedCents: 0,
  feesCollectedCents: 0,
};

describe('rates without a denominator', () => {
  it('are null, not the 0 % the API reports for 0 of 0', () => {
    expect(rateWithBasis(0, 0)).toBeNull();
    expect(rateWithBasis(0, 12)).toBe(0);
    expect(rateWithBasis(null, 12)).toBeNull();
    expect(honestRates(none)).toEqual({
      paymentRate: null,
      paymentRateAmount: null,
      recoveryRate: null,
      promiseKeptRate: null,
      rightPartyContactRate: null,
    });
  });

  it('keep a real zero: cases placed and none paid', () => {
    const k = { ...none, casesPlaced: 4, placedCents: 10_000, contacts: 3, rightPartyContactRate: 0 };
    expect(honestRates(k)).toMatchObject({ paymentRate: 0, recoveryRate: 0, rightPartyContactRate: 0 });
  });
});

describe('payment rate series', () => {
  const point = (periodStart: string, kpis: Partial<Kpis>): DashboardData['kpiSeries'][number] => ({ periodStart, kpis: { ...none, ...kpis } });
  const series = [
    point('2026-08-01', { casesPlaced: 10, paymentRate: 0.5 }),
    point('2026-09-01', { casesPlaced: 0 }),
    point('2026-10-01', { casesPlaced: 8, paymentRate: 0.25 }),
    point('2026-11-01', { casesPlaced: 5, paymentRate: 0 }),
  ];

  it('leaves a gap for a month without placements and draws young months on their own line, joined to the last mature one', () => {
    const rows = toSeriesRows(series, ['2026-11-01']);
    expect(rows.map((r) => [r.paymentRate, r.paymentRateYoung])).toEqual([
      [0.5, null],
      [null, null],
      [0.25, 0.25],
      [null, 0],
    ]);
  });
});
