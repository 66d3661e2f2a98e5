/** What is still owed when a payment arrives, split the way BGB 367 allocates it. */
export interface OpenItems {
  /** Costs (fees) outstanding. */
  feesCents: number;
  /** Interest outstanding. */
  interestCents: number;
  /** Principal outstanding per claim, oldest claim first. */
  principalCents: number[];
}

export interface PaymentAllocation {
  feesCents: number;
  interestCents: number;
  /** Amount applied to each claim, same order as the input. */
  principalCents: number[];
  /** Leftover after everything is paid (overpayment). */
  unallocatedCents: number;
}

function assertNonNegativeCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number of cents, got ${value}`);
  }
}

/**
 * Allocates a payment per BGB 367(1): first costs, then interest, then principal; among
 * several claims the oldest first (a simplification of BGB 366(2), which the caller encodes in
 * the order of `open.principalCents`). Anything left over is returned as unallocated.
 */
export function allocatePayment(amountCents: number, open: OpenItems): PaymentAllocation {
  assertNonNegativeCents(amountCents, 'Payment amount');
  assertNonNegativeCents(open.feesCents, 'Open fees');
  assertNonNegativeCents(open.interestCents, 'Open interest');
  open.principalCents.forEach((p, i) => assertNonNegativeCents(p, `Open principal of claim ${i + 1}`));

  let left = amountCents;
  const take = (owed: number): number => {
    const applied = Math.min(left, owed);
    left -= applied;
    return applied;
  };
  const feesCents = take(open.feesCents);
  const interestCents = take(open.interestCents);
  const principalCents = open.principalCents.map(take);
  return { feesCents, interestCents, principalCents, unallocatedCents: left };
}
