import type { OutcomeType } from '../stages.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { OUTCOME_TEXTS } from './outcomes.i18n.js';

/** Outcomes of a contact attempt: the debtor was called, and reached or not. */
export const CONTACT_ATTEMPT_OUTCOMES = ['NO_CONTACT', 'RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'CALLBACK'] as const satisfies readonly OutcomeType[];

/**
 * Outcomes in which the collector reached the debtor in person (a right-party contact). The one definition
 * behind the contact rate KPI and the reach history of the case priority. A callback is only a time set
 * for the next attempt, so it does not count: the debtor may not have been the one who answered.
 */
export const RIGHT_PARTY_OUTCOMES = ['RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'] as const satisfies readonly OutcomeType[];

export function isRightPartyOutcome(outcome: OutcomeType): boolean {
  return (RIGHT_PARTY_OUTCOMES as readonly OutcomeType[]).includes(outcome);
}

/**
 * Outcomes whose terms belong to one case (an amount against its balance, installments): a conversation
 * about several of a debtor's cases records them case by case; every other outcome may be recorded on
 * all the cases the conversation was about at once.
 */
export const PER_CASE_OUTCOMES = ['PROMISE_TO_PAY', 'PAYMENT_PLAN'] as const satisfies readonly OutcomeType[];

/** Why an outcome cannot be recorded on `caseCount` cases at once; null when it can. */
export function severalCasesProblem(type: OutcomeType, caseCount: number): LocalizedText | null {
  if (caseCount <= 1 || !(PER_CASE_OUTCOMES as readonly OutcomeType[]).includes(type)) return null;
  return OUTCOME_TEXTS.perCaseOutcome;
}
