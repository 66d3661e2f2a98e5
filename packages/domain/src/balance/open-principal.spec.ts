import { computeBalance, type BalanceInput } from './compute-balance.js';
import { openPrincipalCents } from './open-principal.js';

const base: BalanceInput = {
  country: 'DE', debtorKind: 'business', currency: 'EUR', asOf: '2026-06-30',
  claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2026-01-01', defaultDate: '2026-01-31' }],
  fees: [{ label: 'Dunning fee', amountCents: 500, chargedOn: '2026-02-01' }],
  payments: [],
};

describe('openPrincipalCents (payments go to costs, then interest, then principal: BGB 367)', () => {
  it('is the whole principal before any payment', () => {
    expect(openPrincipalCents(computeBalance(base, { lineDetails: true }))).toBe(100_000);
  });

  it('leaves the principal untouched by a payment that only covers costs and interest', () => {
    const balance = computeBalance({ ...base, payments: [{ amountCents: 600, receivedOn: '2026-03-01' }] }, { lineDetails: true });
    expect(openPrincipalCents(balance)).toBe(100_000);
  });

  it('takes off what a larger payment leaves for principal after costs and interest', () => {
    const balance = computeBalance({ ...base, payments: [{ amountCents: 50_000, receivedOn: '2026-03-01' }] }, { lineDetails: true });
    const payment = balance.lines.find((l) => l.kind === 'PAYMENT')!;
    if (payment.detail?.kind !== 'PAYMENT') throw new Error('expected a payment detail');
    expect(payment.detail.toCostsCents).toBe(500);
    expect(openPrincipalCents(balance)).toBe(100_000 - (50_000 - 500 - payment.detail.toInterestCents));
  });

  it('is zero, not negative, after an overpayment', () => {
    const balance = computeBalance({ ...base, payments: [{ amountCents: 200_000, receivedOn: '2026-03-01' }] }, { lineDetails: true });
    expect(openPrincipalCents(balance)).toBe(0);
  });

  it('refuses a balance without line details', () => {
    expect(() => openPrincipalCents(computeBalance({ ...base, payments: [{ amountCents: 100, receivedOn: '2026-03-01' }] }))).toThrow(/lineDetails/);
  });
});
