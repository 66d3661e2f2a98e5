import type { OpenItems } from './allocate-payment.js';
import { ALLOCATION_RULE_TEXT, allocatePaymentDK, allocatePaymentFor } from './allocate-payment-dk.js';

const open: OpenItems = { feesCents: 20_000, interestCents: 1_500, principalCents: [100_000, 50_000] };

describe('allocatePaymentDK (Danish practice: omkostninger, renter, hovedstol; oldest claim first)', () => {
  it.each([
    // 2 reminder fees of DKK 100 are costs and go first
    [15_000, { feesCents: 15_000, interestCents: 0, principalCents: [0, 0], unallocatedCents: 0 }],
    [21_000, { feesCents: 20_000, interestCents: 1_000, principalCents: [0, 0], unallocatedCents: 0 }],
    [121_500, { feesCents: 20_000, interestCents: 1_500, principalCents: [100_000, 0], unallocatedCents: 0 }],
    [180_000, { feesCents: 20_000, interestCents: 1_500, principalCents: [100_000, 50_000], unallocatedCents: 8_500 }],
  ])('%p øre', (amount, expected) => {
    expect(allocatePaymentDK(amount, open)).toEqual(expected);
  });

  it('rejects negative amounts like the German rule', () => {
    expect(() => allocatePaymentDK(-1, open)).toThrow(RangeError);
  });
});

describe('allocatePaymentFor (dispatch by the creditor country)', () => {
  it.each(['DE', 'DK'] as const)('%s allocates costs, interest, principal', (country) => {
    expect(allocatePaymentFor(country, 21_600, open)).toEqual({
      feesCents: 20_000,
      interestCents: 1_500,
      principalCents: [100, 0],
      unallocatedCents: 0,
    });
  });

  it('names the statute per country', () => {
    expect(ALLOCATION_RULE_TEXT.DE).toBe('BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal');
    expect(ALLOCATION_RULE_TEXT.DK).toContain('Danish practice');
  });

  it('refuses an unknown country', () => {
    expect(() => allocatePaymentFor('SE' as never, 1, open)).toThrow(RangeError);
  });
});
