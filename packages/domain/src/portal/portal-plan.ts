import { addDays, addMonths, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { formatCents } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { PLAN_MAX_INSTALLMENTS, PLAN_MIN_INSTALLMENTS } from '../outcomes/decide-outcome.js';
import type { PortalLanguage } from './portal-texts.js';

/** A creditor's rules for plans debtors propose in the portal. */
export interface PortalPlanSettings {
  maxInstallments: number;
  /** Smallest installment in EUR cents. */
  minInstallmentEurCents: number;
  /** Smallest installment in DKK øre. */
  minInstallmentDkkCents: number;
  /** The latest first due date, in days from today. */
  maxFirstDueDays: number;
}

export const DEFAULT_PORTAL_PLAN_SETTINGS: PortalPlanSettings = {
  maxInstallments: 12,
  minInstallmentEurCents: 2_500,
  minInstallmentDkkCents: 20_000,
  maxFirstDueDays: 30,
};

/** What is wrong with settings an admin entered, each with the field; empty when fine. */
export function portalPlanSettingsViolations(s: PortalPlanSettings): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!Number.isInteger(s.maxInstallments) || s.maxInstallments < PLAN_MIN_INSTALLMENTS || s.maxInstallments > PLAN_MAX_INSTALLMENTS) {
    out.push(new RuleViolation(`At most ${PLAN_MIN_INSTALLMENTS} to ${PLAN_MAX_INSTALLMENTS} installments`, 'maxInstallments'));
  }
  for (const field of ['minInstallmentEurCents', 'minInstallmentDkkCents'] as const) {
    if (!Number.isSafeInteger(s[field]) || s[field] < 0) out.push(new RuleViolation('The smallest installment is a whole amount of cents, 0 or more', field));
  }
  if (!Number.isInteger(s.maxFirstDueDays) || s.maxFirstDueDays < 0 || s.maxFirstDueDays > 365) {
    out.push(new RuleViolation('The latest first due date is 0 to 365 days from today', 'maxFirstDueDays'));
  }
  return out;
}

/** The rules as the portal shows them for one case. */
export interface PortalPlanRules {
  maxInstallments: number;
  minInstallmentCents: number;
  earliestFirstDueDate: IsoDate;
  latestFirstDueDate: IsoDate;
}

export function portalPlanRules(settings: PortalPlanSettings, currency: string, today: IsoDate): PortalPlanRules {
  return {
    maxInstallments: settings.maxInstallments,
    minInstallmentCents: currency.toUpperCase() === 'DKK' ? settings.minInstallmentDkkCents : settings.minInstallmentEurCents,
    earliestFirstDueDate: today,
    latestFirstDueDate: addDays(today, settings.maxFirstDueDays),
  };
}

export interface PortalPlanInstallment {
  dueDate: IsoDate;
  amountCents: number;
}

/**
 * Splits what a plan covers (the open balance plus the plan's cost) into monthly installments from
 * `firstDueDate` (same day each month, month ends kept): equal parts, the cents left over on the
 * first installments, one cent each, so the sum is exact and no installment exceeds another by more
 * than a cent. RuleViolation when the input cannot make a plan at all (field named).
 */
export function splitIntoInstallments(totalCents: number, installments: number, firstDueDate: IsoDate): PortalPlanInstallment[] {
  if (!Number.isInteger(installments) || installments < PLAN_MIN_INSTALLMENTS || installments > PLAN_MAX_INSTALLMENTS) {
    throw new RuleViolation(`A plan has ${PLAN_MIN_INSTALLMENTS} to ${PLAN_MAX_INSTALLMENTS} installments`, 'installments');
  }
  if (!isIsoDate(firstDueDate)) throw new RuleViolation(`"${String(firstDueDate)}" is not a date`, 'firstDueDate');
  if (!Number.isSafeInteger(totalCents) || totalCents < installments) {
    throw new RuleViolation('There is not enough open on the case for a plan with this many installments', 'installments');
  }
  const base = Math.floor(totalCents / installments);
  const rest = totalCents - base * installments;
  return Array.from({ length: installments }, (_, i) => ({
    dueDate: addMonths(firstDueDate, i),
    amountCents: base + (i < rest ? 1 : 0),
  }));
}

export type PortalPlanReason = 'TOO_MANY_INSTALLMENTS' | 'INSTALLMENT_TOO_SMALL' | 'FIRST_DATE_TOO_LATE';

/** Whether a split plan is within the creditor's rules (ACCEPTED at once) or needs a collector (REVIEW), and why. */
export function decidePortalPlan(
  plan: readonly PortalPlanInstallment[], rules: PortalPlanRules,
): { status: 'ACCEPTED' | 'REVIEW'; reasons: PortalPlanReason[] } {
  const reasons: PortalPlanReason[] = [];
  if (plan.length > rules.maxInstallments) reasons.push('TOO_MANY_INSTALLMENTS');
  if (plan.some((i) => i.amountCents < rules.minInstallmentCents)) reasons.push('INSTALLMENT_TOO_SMALL');
  if (plan[0] && compareDates(plan[0].dueDate, rules.latestFirstDueDate) > 0) reasons.push('FIRST_DATE_TOO_LATE');
  return { status: reasons.length ? 'REVIEW' : 'ACCEPTED', reasons };
}

/** Checks the first due date is not in the past (the one thing the portal refuses outright). */
export function portalFirstDueDateProblem(firstDueDate: IsoDate, today: IsoDate): RuleViolation | null {
  if (!isIsoDate(firstDueDate)) return new RuleViolation(`"${String(firstDueDate)}" is not a date`, 'firstDueDate');
  return compareDates(firstDueDate, today) < 0 ? new RuleViolation('The first installment cannot be in the past', 'firstDueDate') : null;
}

/** Why a plan goes to review, in the debtor's language. */
export function portalPlanReasonText(reason: PortalPlanReason, rules: PortalPlanRules, currency: string, language: PortalLanguage): string {
  const locale = { de: 'de-DE', en: 'en-GB', da: 'da-DK' }[language];
  const min = formatCents(rules.minInstallmentCents, currency, locale);
  const texts: Record<PortalLanguage, Record<PortalPlanReason, string>> = {
    de: {
      TOO_MANY_INSTALLMENTS: `Mehr als ${rules.maxInstallments} Raten vereinbaren wir nicht sofort; eine Sachbearbeiterin oder ein Sachbearbeiter prüft Ihren Vorschlag.`,
      INSTALLMENT_TOO_SMALL: `Raten unter ${min} prüft eine Sachbearbeiterin oder ein Sachbearbeiter.`,
      FIRST_DATE_TOO_LATE: 'Die erste Rate liegt später als sofort möglich; Ihr Vorschlag wird geprüft.',
    },
    en: {
      TOO_MANY_INSTALLMENTS: `More than ${rules.maxInstallments} installments need a person to look at them; we will review your proposal.`,
      INSTALLMENT_TOO_SMALL: `Installments below ${min} need a person to look at them; we will review your proposal.`,
      FIRST_DATE_TOO_LATE: 'The first installment is later than we can agree at once; we will review your proposal.',
    },
    da: {
      TOO_MANY_INSTALLMENTS: `Mere end ${rules.maxInstallments} rater skal vurderes af en medarbejder; vi ser på dit forslag.`,
      INSTALLMENT_TOO_SMALL: `Rater under ${min} skal vurderes af en medarbejder; vi ser på dit forslag.`,
      FIRST_DATE_TOO_LATE: 'Den første rate ligger senere, end vi kan aftale med det samme; vi ser på dit forslag.',
    },
  };
  return texts[language][reason];
}
