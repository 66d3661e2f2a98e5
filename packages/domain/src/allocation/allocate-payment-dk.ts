import type { Country } from '../stages.js';
import { allocatePaymentByDebt, type DebtPaymentAllocation, type OpenDebts } from './allocate-by-debt.js';
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

/**
 * The Danish order over several claims with their own costs and interest: all costs (of the case,
 * then of each claim), then all interest, then principal, claim by claim in the caller's order
 * (oldest first), as allocatePaymentDK. The result is split per claim like the German one.
 */
export function allocatePaymentByDebtDK(amountCents: number, open: OpenDebts): DebtPaymentAllocation {
  const debts = open.debts;
  const flat = allocatePaymentDK(amountCents, {
    feesCents: open.caseCostsCents + debts.reduce((a, d) => a + d.costsCents, 0),
    interestCents: debts.reduce((a, d) => a + d.interestCents, 0),
    principalCents: debts.map((d) => d.principalCents),
  });
  let costs = flat.feesCents - Math.min(flat.feesCents, open.caseCostsCents);
  let interest = flat.interestCents;
  const share = (owed: number, pool: number): [number, number] => {
    const applied = Math.min(owed, pool);
    return [applied, pool - applied];
  };
  return {
    caseCostsCents: Math.min(flat.feesCents, open.caseCostsCents),
    debts: debts.map((d, i) => {
      const [costsCents, costsLeft] = share(d.costsCents, costs);
      const [interestCents, interestLeft] = share(d.interestCents, interest);
      costs = costsLeft;
      interest = interestLeft;
      return { reference: d.reference, costsCents, interestCents, principalCents: flat.principalCents[i]! };
    }),
    order: debts.map((_, i) => [i]),
    unallocatedCents: flat.unallocatedCents,
  };
}

/** The allocation order as a phrase for explanations, per country. */
export const ALLOCATION_RULE_TEXT: Readonly<Record<Country, string>> = {
  DE: 'BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal',
  DK: 'Danish practice: costs, then interest, then principal',
};

/**
 * Allocates a payment over a case's claims by the rule of the creditor's country (DE: BGB 366(2)
 * then 367(1), claim by claim; DK: Danish practice, costs and interest of all claims before principal).
 */
export function allocatePaymentByCountry(country: Country, amountCents: number, open: OpenDebts): DebtPaymentAllocation {
  switch (country) {
    case 'DE':
      return allocatePaymentByDebt(amountCents, open);
    case 'DK':
      return allocatePaymentByDebtDK(amountCents, open);
    default:
      throw new RangeError(`No payment-allocation rule for country ${String(country)}`);
  }
}

/** Allocates a payment by the rule of the creditor's country over one pool of costs and interest (DE: BGB 367(1); DK: Danish practice). */
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
