import { describe, expect, it } from 'vitest';
import type { Kpis } from './dashboard.graphql';
import { activeRowsBy, hasActivity } from './kpi-rows';

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

describe('rows of the per-collector and per-creditor tables', () => {
  it('counts placements, contacts, payments and promises as activity', () => {
    expect(hasActivity(none)).toBe(false);
    expect(hasActivity({ ...none, casesPlaced: 1 })).toBe(true);
    expect(hasActivity({ ...none, contacts: 3 })).toBe(true);
    expect(hasActivity({ ...none, recoveredCents: 500 })).toBe(true);
    expect(hasActivity({ ...none, collectedCents: 500 })).toBe(true);
    expect(hasActivity({ ...none, promiseKeptRate: 0 })).toBe(true);
  });

  it('drops the rows a filter left empty and sorts the rest, largest first', () => {
    const rows = [
      { id: 'outside the team', kpis: none },
      { id: 'small', kpis: { ...none, casesPlaced: 2, recoveredCents: 100 } },
      { id: 'large', kpis: { ...none, casesPlaced: 1, recoveredCents: 900 } },
    ];
    expect(activeRowsBy(rows, (k) => k.recoveredCents).map((r) => r.id)).toEqual(['large', 'small']);
    expect(activeRowsBy(undefined, (k) => k.recoveredCents)).toEqual([]);
    expect(rows).toHaveLength(3);
  });
});
