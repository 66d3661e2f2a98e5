import { allocatePaymentByDebt, orderOfDebts, type OpenDebt } from './allocate-by-debt.js';
import { allocatePaymentByCountry, allocatePaymentByDebtDK } from './allocate-payment-dk.js';

const debt = (reference: string, overrides: Partial<OpenDebt> = {}): OpenDebt => ({
  reference, due: true, arisenOn: '2025-01-01', costsCents: 0, interestCents: 0, principalCents: 10_000, ...overrides,
});

describe('orderOfDebts (BGB 366(2): due, least secured, most burdensome, oldest; same age pro rata)', () => {
  it('puts the due debt before the one not yet due, whatever its age', () => {
    expect(orderOfDebts([debt('future', { due: false, arisenOn: '2024-01-01' }), debt('due')])).toEqual([[1], [0]]);
  });
  it('among due debts, the one giving the creditor less security first', () => {
    expect(orderOfDebts([debt('secured', { securityRank: 1, arisenOn: '2024-01-01' }), debt('unsecured')])).toEqual([[1], [0]]);
  });
  it('among equally secure debts, the more burdensome for the debtor (e.g. default interest running) first', () => {
    expect(orderOfDebts([debt('quiet', { arisenOn: '2024-01-01' }), debt('in default', { burdenRank: 1 })])).toEqual([[1], [0]]);
  });
  it('among equally burdensome debts, the older first; the same age ties', () => {
    expect(orderOfDebts([debt('new', { arisenOn: '2025-03-01' }), debt('old', { arisenOn: '2025-02-01' }), debt('twin', { arisenOn: '2025-03-01' })]))
      .toEqual([[1], [0, 2]]);
  });
});

describe('allocatePaymentByDebt (BGB 366(2), then 367(1) within each debt)', () => {
  const a = debt('A', { arisenOn: '2025-01-01', costsCents: 500, interestCents: 300, principalCents: 10_000 });
  const b = debt('B', { arisenOn: '2025-02-01', costsCents: 400, interestCents: 200, principalCents: 5_000 });

  it('pays the older claim in full (costs, interest, principal) before the interest of the younger', () => {
    // Not BGB 367 over the case as a whole: B's interest waits until A's principal is paid.
    expect(allocatePaymentByDebt(11_000, { caseCostsCents: 0, debts: [b, a] })).toEqual({
      caseCostsCents: 0,
      debts: [
        { reference: 'B', costsCents: 200, interestCents: 0, principalCents: 0 },
        { reference: 'A', costsCents: 500, interestCents: 300, principalCents: 10_000 },
      ],
      order: [[1], [0]],
      unallocatedCents: 0,
    });
  });

  it.each([
    [300, { costsCents: 300, interestCents: 0, principalCents: 0 }],
    [650, { costsCents: 500, interestCents: 150, principalCents: 0 }],
    [1_800, { costsCents: 500, interestCents: 300, principalCents: 1_000 }],
  ])('within a debt %p cents go to costs, then interest, then principal (BGB 367(1))', (amount, share) => {
    expect(allocatePaymentByDebt(amount, { caseCostsCents: 0, debts: [a, b] }).debts[0]).toEqual({ reference: 'A', ...share });
  });

  it('costs of the whole case come first, an overpayment is left unallocated', () => {
    const r = allocatePaymentByDebt(20_000, { caseCostsCents: 1_000, debts: [a, b] });
    expect(r.caseCostsCents).toBe(1_000);
    expect(r.unallocatedCents).toBe(20_000 - 1_000 - 10_800 - 5_600);
  });

  it('debts of the same age share in proportion to what is open on them (BGB 366(2) last clause)', () => {
    const r = allocatePaymentByDebt(3_000, {
      caseCostsCents: 0,
      debts: [debt('X', { principalCents: 10_000 }), debt('Y', { principalCents: 5_000 }), debt('Z', { principalCents: 1 })],
    });
    expect(r.debts.map((d) => d.principalCents)).toEqual([2_000, 1_000, 0]);
    const odd = allocatePaymentByDebt(10, { caseCostsCents: 0, debts: [debt('X', { principalCents: 3 }), debt('Y', { principalCents: 3 }), debt('Z', { principalCents: 3 })] });
    expect(odd.debts.map((d) => d.principalCents)).toEqual([3, 3, 3]);
    const third = allocatePaymentByDebt(2, { caseCostsCents: 0, debts: [debt('X', { principalCents: 3 }), debt('Y', { principalCents: 3 }), debt('Z', { principalCents: 3 })] });
    expect(third.debts.map((d) => d.principalCents)).toEqual([1, 1, 0]);
  });

  it.each([
    ['negative amount', -1],
    ['fractional amount', 1.5],
  ])('rejects a %s', (_name, amount) => {
    expect(() => allocatePaymentByDebt(amount, { caseCostsCents: 0, debts: [a] })).toThrow(RangeError);
  });
});

describe('allocatePaymentByCountry: the Danish rule stays costs, interest, principal over all claims (Danish practice)', () => {
  const a = debt('A', { arisenOn: '2025-01-01', costsCents: 500, interestCents: 300, principalCents: 10_000 });
  const b = debt('B', { arisenOn: '2025-02-01', costsCents: 400, interestCents: 200, principalCents: 5_000 });

  it('DK pays every claim\'s costs and interest before any principal, oldest claim first (the caller\'s order)', () => {
    expect(allocatePaymentByDebtDK(2_400, { caseCostsCents: 100, debts: [a, b] })).toEqual({
      caseCostsCents: 100,
      debts: [
        { reference: 'A', costsCents: 500, interestCents: 300, principalCents: 900 },
        { reference: 'B', costsCents: 400, interestCents: 200, principalCents: 0 },
      ],
      order: [[0], [1]],
      unallocatedCents: 0,
    });
  });

  it('DE and DK differ on the same open items', () => {
    const open = { caseCostsCents: 0, debts: [a, b] };
    expect(allocatePaymentByCountry('DE', 2_000, open).debts[1]).toEqual({ reference: 'B', costsCents: 0, interestCents: 0, principalCents: 0 });
    expect(allocatePaymentByCountry('DK', 2_000, open).debts[1]).toEqual({ reference: 'B', costsCents: 400, interestCents: 200, principalCents: 0 });
    expect(() => allocatePaymentByCountry('SE' as never, 1, open)).toThrow(RangeError);
  });
});
