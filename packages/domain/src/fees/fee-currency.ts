import type { FeeRuleRef } from '../dunning/strategy.js';

/**
 * The currency each fee rule charges in: the Danish fees are DKK amounts (renteloven 9a, 9b), German
 * agency costs EUR (RVG); null: the case's own currency (a creditor's fixed fee).
 */
export const FEE_RULE_CURRENCY: Readonly<Record<FeeRuleRef['rule'], string | null>> = {
  DK_REMINDER_FEE: 'DKK',
  DK_HANDOVER_FEE: 'DKK',
  DK_COLLECTION_COSTS: 'DKK',
  DE_AGENCY_FEE: 'EUR',
  FIXED: null,
};

/** The currency a fee of `rule` is charged in on a case in `caseCurrency`. */
export function feeCurrencyOf(rule: FeeRuleRef['rule'], caseCurrency: string): string {
  return FEE_RULE_CURRENCY[rule] ?? caseCurrency.toUpperCase();
}

/** A fee is charged only on a case in the fee's currency (no DKK fee on a EUR case). */
export function isFeeChargedIn(rule: FeeRuleRef['rule'], caseCurrency: string): boolean {
  return feeCurrencyOf(rule, caseCurrency) === caseCurrency.toUpperCase();
}
