import type { Country } from '../stages.js';
import { allocatePayment, type OpenItems, type PaymentAllocation } from './allocate-payment.js';

/**
 * Allocates a payment on a Danish claim: costs (omkostninger: reminder fees, compensation,
 * collection costs), then interest (renter), then principal (hovedstol), oldest claim first.
 *
 * Denmark has no statute like BGB 367 for private claims; this order is settled practice
 * (retspraksis) and what Danish agencies state in their terms. A debtor's own designation of the
 * debt paid (anvisning) takes precedence and is the caller's to apply. VERIFY against Danish
 * case law before relying on it; the public-claims order of gældsinddrivelsesloven does not apply.
 */
export function allocatePaymentDK(amountCents: number, open: OpenItems): PaymentAllocation {
  // Same sequence as BGB 367(1), kept as its own rule so that either country can change alone.
  return allocatePayment(amountCents, open);
}

/** The allocation order as a phrase for explanations, per country. */
export const ALLOCATION_RULE_TEXT: Readonly<Record<Country, string>> = {
  DE: 'BGB 367: costs, then interest, then principal',
  DK: 'Danish practice: costs, then interest, then principal',
};

/** Allocates a payment by the rule of the creditor's country (DE: BGB 367; DK: Danish practice). */
export function allocatePaymentFor(country: Country, amountCents: number, open: OpenItems): PaymentAllocation {
  switch (country) {
    case 'DE':
      return allocatePayment(amountCents, open);
    case 'DK':
      return allocatePaymentDK(amountCents, open);
    default:
      throw new RangeError(`No payment-allocation rule for country ${String(country)}`);
  }
}
