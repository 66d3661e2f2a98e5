import { toCohort, toCreditor, toDaily } from './analytics.repository.js';
import { toPromiseDay } from './forecast.repository.js';

describe('analytics repository mappings: amounts as integer cents, whichever way pg returns a bigint', () => {
  it.each([
    ['strings (no type parser)', '123456789012', '0', '4200'],
    ['numbers (the app parser)', 123456789012, 0, 4200],
  ])('maps kpi_cohort sums from %s', (_how, placed, collected, paidPlaced) => {
    const figures = toCohort({ currency: 'EUR', cases: 3, paid: 1, placed, collected, paid_placed: paidPlaced });
    expect(figures).toEqual({ currency: 'EUR', cases: 3, paid: 1, placedCents: 123456789012, collectedCents: 0, paidPlacedCents: 4200 });
    for (const cents of [figures.placedCents, figures.collectedCents, figures.paidPlacedCents]) expect(Number.isSafeInteger(cents)).toBe(true);
  });

  it('maps kpi_daily sums per part', () => {
    expect(toDaily({ currency: 'DKK', recovered: '1001', kept: 2, broken: 1, principal: '700', interest: 200, fees: '101' })).toEqual({
      currency: 'DKK', recoveredCents: 1001, kept: 2, broken: 1, principalCents: 700, interestCents: 200, feesCents: 101,
    });
  });

  it('maps a creditor row to the GraphQL creditor', () => {
    expect(toCreditor({ id: 'c1', ref: 'ALP', name: 'Alpha', country: 'DE', currency: 'EUR', time_zone: 'Europe/Berlin' })).toEqual({
      id: 'c1', ref: 'ALP', name: 'Alpha', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin',
    });
  });

  it('maps a forecast input day', () => {
    expect(toPromiseDay({ day: '2026-03-01', creditor_id: 'c1', currency: 'EUR', kept: 1, broken: 0, open_items: 2, open: '99900' })).toEqual({
      day: '2026-03-01', creditorId: 'c1', currency: 'EUR', kept: 1, broken: 0, openItems: 2, openCents: 99900,
    });
  });
});
