import { DEFAULT_RAISED_FACTOR } from '../fees/agency-fee-de.js';
import { RuleViolation } from '../rule-violation.js';
import type { FeeRuleRef } from './strategy.js';

/** Every fee rule a strategy stage can charge. */
export const FEE_RULES = ['DK_REMINDER_FEE', 'DK_HANDOVER_FEE', 'DK_COLLECTION_COSTS', 'DE_AGENCY_FEE', 'FIXED'] as const satisfies readonly FeeRuleRef['rule'][];
export type FeeRule = (typeof FEE_RULES)[number];

export const FEE_RULE_LABELS: Readonly<Record<FeeRule, string>> = {
  DK_REMINDER_FEE: 'Reminder fee DKK 100 (renteloven 9b(2))',
  DK_HANDOVER_FEE: 'Hand-over fee DKK 100 (renteloven 9b(3))',
  DK_COLLECTION_COSTS: 'Collection costs up to the cap (renteloven 9a(4))',
  DE_AGENCY_FEE: 'Agency costs, VV 2300 (RDG 13e)',
  FIXED: 'Fixed fee',
};

/** A fee rule as a form or an API input holds it: the rule and whichever parameters it takes. */
export interface FeeRuleParts {
  rule: string;
  factor?: number | null;
  firstDemand?: boolean | null;
  /** DE_AGENCY_FEE with firstDemand: the factor once the first demand's deadline passed unpaid (default 0.9). */
  raisedFactor?: number | null;
  amountCents?: number | null;
  label?: string | null;
  statute?: string | null;
}

/**
 * The fee rule the parts describe, or the violation naming the part at fault (`fee.rule`,
 * `fee.factor`); the rule's own limits (factor 0.5..2.5, whole cents) are strategyViolations'.
 */
export function feeRuleOf(parts: FeeRuleParts): FeeRuleRef | RuleViolation {
  switch (parts.rule) {
    case 'DK_REMINDER_FEE':
    case 'DK_HANDOVER_FEE':
    case 'DK_COLLECTION_COSTS':
      return { rule: parts.rule };
    case 'DE_AGENCY_FEE':
      if (parts.factor === null || parts.factor === undefined) return new RuleViolation('Give the VV 2300 factor (0.5 to 2.5)', 'fee.factor');
      if (parts.firstDemand === true) {
        return { rule: 'DE_AGENCY_FEE', factor: parts.factor, firstDemand: true, raisedFactor: parts.raisedFactor ?? DEFAULT_RAISED_FACTOR };
      }
      if (parts.raisedFactor !== null && parts.raisedFactor !== undefined) {
        return new RuleViolation('A raised factor belongs to a first demand (VV 2300 Anm. 2)', 'fee.raisedFactor');
      }
      return { rule: 'DE_AGENCY_FEE', factor: parts.factor, firstDemand: false };
    case 'FIXED':
      if (parts.amountCents === null || parts.amountCents === undefined) return new RuleViolation('Give the fixed fee in cents', 'fee.amountCents');
      return { rule: 'FIXED', amountCents: parts.amountCents, label: parts.label ?? '', statute: parts.statute ?? '' };
    default:
      return new RuleViolation(`Unknown fee rule "${parts.rule}"; one of ${FEE_RULES.join(', ')}`, 'fee.rule');
  }
}

/** The parts of a stored fee rule, for a form or the API. */
export function feeRulePartsOf(fee: FeeRuleRef): Required<FeeRuleParts> {
  return {
    rule: fee.rule,
    factor: fee.rule === 'DE_AGENCY_FEE' ? fee.factor : null,
    firstDemand: fee.rule === 'DE_AGENCY_FEE' ? fee.firstDemand === true : null,
    raisedFactor: fee.rule === 'DE_AGENCY_FEE' && fee.firstDemand === true ? (fee.raisedFactor ?? DEFAULT_RAISED_FACTOR) : null,
    amountCents: fee.rule === 'FIXED' ? fee.amountCents : null,
    label: fee.rule === 'FIXED' ? fee.label : null,
    statute: fee.rule === 'FIXED' ? fee.statute : null,
  };
}
