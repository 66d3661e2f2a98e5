import { DEFAULT_RAISED_FACTOR } from '../fees/agency-fee-de.js';
import { fill, type LocalizedText } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import { FEE_RULE_TEXTS, STRATEGY_TEXTS } from './dunning.i18n.js';
import type { FeeRuleRef } from './strategy.js';

/** Every fee rule a strategy stage can charge. */
export const FEE_RULES = ['DK_REMINDER_FEE', 'DK_HANDOVER_FEE', 'DK_COLLECTION_COSTS', 'DE_AGENCY_FEE', 'FIXED'] as const satisfies readonly FeeRuleRef['rule'][];
export type FeeRule = (typeof FEE_RULES)[number];

/** A stage's fee in words: a fixed fee by its own label, any other by what its rule charges. */
export function feeDescription(fee: FeeRuleRef): LocalizedText {
  if (fee.rule === 'FIXED' && fee.label.trim()) return { en: fee.label, de: fee.label, da: fee.label };
  return FEE_RULE_TEXTS[fee.rule];
}

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
      if (parts.factor === null || parts.factor === undefined) return new RuleViolation(STRATEGY_TEXTS.factorMissing, 'fee.factor');
      if (parts.firstDemand === true) {
        return { rule: 'DE_AGENCY_FEE', factor: parts.factor, firstDemand: true, raisedFactor: parts.raisedFactor ?? DEFAULT_RAISED_FACTOR };
      }
      if (parts.raisedFactor !== null && parts.raisedFactor !== undefined) {
        return new RuleViolation(STRATEGY_TEXTS.raisedNeedsFirstDemand, 'fee.raisedFactor');
      }
      return { rule: 'DE_AGENCY_FEE', factor: parts.factor, firstDemand: false };
    case 'FIXED':
      if (parts.amountCents === null || parts.amountCents === undefined) return new RuleViolation(STRATEGY_TEXTS.fixedAmountMissing, 'fee.amountCents');
      return { rule: 'FIXED', amountCents: parts.amountCents, label: parts.label ?? '', statute: parts.statute ?? '' };
    default:
      return new RuleViolation(fill(STRATEGY_TEXTS.unknownFeeRule, { rule: parts.rule, rules: FEE_RULES.join(', ') }), 'fee.rule');
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
