import type { IsoDate } from '../dates.js';
import { DE_VAT_RATES, paymentPlanFeeDE } from '../fees/agency-fee-de.js';
import { requireDatedRowOn } from '../fees/fee-result.js';
import { parseRatePercent } from '../interest/rate-percent.js';
import { roundHalfUpDiv } from '../money.js';
import { stageIndex, type Country, type DunningStage } from '../stages.js';

/** The fee label a plan's charge is stored under (letters print it in their language: letters/cost-labels.ts). */
export const PAYMENT_PLAN_FEE_LABEL = 'Payment plan agreement fee';

export interface PaymentPlanChargeInput {
  country: Country;
  /** The case's stage when the plan is agreed. */
  stage: DunningStage;
  /** The principal still open: the value of the agreement (RVG 31b takes its share of it). */
  openPrincipalCents: number;
  onDate: IsoDate;
  /** false: VAT is added (VV 7008), as on the agency's other fees. */
  creditorCanDeductVat: boolean;
}

export interface PaymentPlanCharge {
  amountCents: number;
  label: string;
  /** How the amount is made up, for the timeline and the audit. */
  explanation: string;
}

/**
 * What agreeing a payment plan costs the debtor, or null when nothing is charged. A German agency
 * (the case handed over to collection) may charge the settlement fee for a payment agreement, VV 1000
 * with RVG 31b, as first demands announce it; VAT on top where the creditor cannot deduct it. A
 * creditor's own dunning and Danish cases charge nothing for a plan.
 */
export function paymentPlanCharge(input: PaymentPlanChargeInput): PaymentPlanCharge | null {
  if (input.country !== 'DE' || stageIndex(input.stage) < stageIndex('AGENCY')) return null;
  const fee = paymentPlanFeeDE({ claimValueCents: Math.max(input.openPrincipalCents, 1), onDate: input.onDate });
  if (input.creditorCanDeductVat) {
    return { amountCents: fee.amountCents, label: PAYMENT_PLAN_FEE_LABEL, explanation: fee.explanation };
  }
  const vatRate = requireDatedRowOn(DE_VAT_RATES, input.onDate, 'German VAT rate');
  const vat = Number(roundHalfUpDiv(BigInt(fee.amountCents) * BigInt(parseRatePercent(vatRate.ratePercent)), 10_000n));
  return {
    amountCents: fee.amountCents + vat,
    label: PAYMENT_PLAN_FEE_LABEL,
    explanation: `${fee.explanation}, plus ${vatRate.ratePercent} % VAT (VV 7008)`,
  };
}
