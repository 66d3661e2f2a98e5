import { allocatePayment, type OpenItems, type PaymentAllocation } from './allocate-payment.js';

const open: OpenItems = { feesCents: 300, interestCents: 200, principalCents: [1_000, 500] };

describe('allocatePayment (BGB 367(1): costs, then interest, then principal; oldest claim first)', () => {
  it.each<[string, number, PaymentAllocation]>([
    ['nothing paid', 0, { feesCents: 0, interestCents: 0, principalCents: [0, 0], unallocatedCents: 0 }],
    ['part of the costs', 200, { feesCents: 200, interestCents: 0, principalCents: [0, 0], unallocatedCents: 0 }],
    ['costs, part of the interest', 350, { feesCents: 300, interestCents: 50, principalCents: [0, 0], unallocatedCents: 0 }],
    ['costs, interest, part of the oldest claim', 1_000, { feesCents: 300, interestCents: 200, principalCents: [500, 0], unallocatedCents: 0 }],
    ['oldest claim in full, part of the next', 1_700, { feesCents: 300, interestCents: 200, principalCents: [1_000, 200], unallocatedCents: 0 }],
    ['everything exactly', 2_000, { feesCents: 300, interestCents: 200, principalCents: [1_000, 500], unallocatedCents: 0 }],
    ['overpayment left unallocated', 2_500, { feesCents: 300, interestCents: 200, principalCents: [1_000, 500], unallocatedCents: 500 }],
  ])('%s (%p cents)', (_name, amount, expected) => {
    const result = allocatePayment(amount, open);
    expect(result).toEqual(expected);
    const allocated =
      result.feesCents + result.interestCents + result.principalCents.reduce((a, b) => a + b, 0) + result.unallocatedCents;
    expect(allocated).toBe(amount);
  });

  it('skips items already settled', () => {
    expect(allocatePayment(400, { feesCents: 0, interestCents: 0, principalCents: [0, 300, 300] })).toEqual({
      feesCents: 0,
      interestCents: 0,
      principalCents: [0, 300, 100],
      unallocatedCents: 0,
    });
  });

  it('does not modify its input', () => {
    const items: OpenItems = { feesCents: 1, interestCents: 1, principalCents: [5] };
    allocatePayment(3, items);
    expect(items).toEqual({ feesCents: 1, interestCents: 1, principalCents: [5] });
  });

  it.each<[string, number, OpenItems]>([
    ['negative amount', -1, open],
    ['fractional amount', 1.5, open],
    ['negative open fees', 1, { ...open, feesCents: -1 }],
    ['fractional open interest', 1, { ...open, interestCents: 0.5 }],
    ['negative principal', 1, { ...open, principalCents: [-5] }],
  ])('rejects %s', (_name, amount, items) => {
    expect(() => allocatePayment(amount, items)).toThrow(RangeError);
  });
});
