import { compareDates, type IsoDate } from '../dates.js';
import { validatePayment } from '../outcomes/validate-payment.js';
import { RuleViolation } from '../rule-violation.js';
import { dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { OUTCOME_TEXTS } from '../outcomes/outcomes.i18n.js';

/** The roles that book and approve money: a collector books on the cases they hold, leads and admins on any. */
export type PaymentActorRole = 'COLLECTOR' | 'LEAD' | 'MANAGER' | 'ADMIN';

export interface PaymentActor {
  id: string;
  role: PaymentActorRole;
}

/** Why a manual payment or a PAID outcome waits for a second person. */
export type PaymentApprovalReason = 'ABOVE_THRESHOLD' | 'OVERPAYMENT' | 'PAID_WITH_BALANCE';

export const PAYMENT_APPROVAL_REASON_LABELS: Record<PaymentApprovalReason, string> = {
  ABOVE_THRESHOLD: "above the creditor's approval threshold",
  OVERPAYMENT: 'more than the open balance',
  PAID_WITH_BALANCE: 'marked paid while a balance is open',
};

/** What a manual payment is decided on; amounts in the case's currency, dates in the creditor's zone. */
export interface ManualPaymentSnapshot {
  actor: PaymentActor;
  /** The collector who holds the case, or null when it sits in no queue. */
  holderId: string | null;
  amountCents: number;
  receivedOn: IsoDate;
  /** Today in the agency's (creditor's) time zone. */
  today: IsoDate;
  /** The earliest invoice date of the case's claims; null when no claim has one. */
  earliestInvoiceDate: IsoDate | null;
  /** The open balance as of today; zero or less when nothing is owed. */
  openCents: number;
  /** Above this amount a second person approves; null: never. */
  approvalThresholdCents: number | null;
}

export type ManualPaymentDecision =
  | { kind: 'FORBIDDEN'; reason: LocalizedText }
  | { kind: 'BOOK'; overpaidCents: number }
  | { kind: 'APPROVAL'; reasons: PaymentApprovalReason[]; overpaidCents: number };

const isLead = (role: PaymentActorRole) => role === 'LEAD' || role === 'ADMIN';

/** Who may book a payment on a case: the collector who holds it, a lead or an admin. */
export function mayBookPayment(actor: PaymentActor, holderId: string | null): boolean {
  return isLead(actor.role) || (actor.role === 'COLLECTOR' && holderId !== null && holderId === actor.id);
}

/** What the payment pays beyond the open balance: the part to refund. */
export function overpaidCents(amountCents: number, openCents: number): number {
  return Math.max(0, amountCents - Math.max(openCents, 0));
}

/** The money received is not dated before the earliest invoice of the case's claims. Throws RuleViolation. */
export function assertReceivedAfterInvoice(receivedOn: IsoDate, earliestInvoiceDate: IsoDate | null): void {
  if (earliestInvoiceDate && compareDates(receivedOn, earliestInvoiceDate) < 0) {
    throw new RuleViolation(
      fill(OUTCOME_TEXTS.paymentBeforeInvoice, { date: dateText(receivedOn), invoiceDate: dateText(earliestInvoiceDate) }),
      'receivedAt',
    );
  }
}

/**
 * Decides a manual payment: FORBIDDEN for a collector on a case they do not hold; a RuleViolation
 * for an amount or date out of bounds; otherwise it books, or waits for approval when it is above
 * the creditor's threshold or pays more than the balance without a lead. The excess of an
 * overpayment is to be refunded, never allocated.
 */
export function decideManualPayment(s: ManualPaymentSnapshot): ManualPaymentDecision {
  if (!mayBookPayment(s.actor, s.holderId)) {
    return {
      kind: 'FORBIDDEN',
      reason: s.holderId ? OUTCOME_TEXTS.otherCollectorsCase : OUTCOME_TEXTS.caseInNoQueue,
    };
  }
  validatePayment({ amountCents: s.amountCents, receivedOn: s.receivedOn, today: s.today });
  assertReceivedAfterInvoice(s.receivedOn, s.earliestInvoiceDate);
  const overpaid = overpaidCents(s.amountCents, s.openCents);
  const reasons: PaymentApprovalReason[] = [];
  if (s.approvalThresholdCents !== null && s.amountCents > s.approvalThresholdCents) reasons.push('ABOVE_THRESHOLD');
  if (overpaid > 0 && !isLead(s.actor.role)) reasons.push('OVERPAYMENT');
  return reasons.length > 0 ? { kind: 'APPROVAL', reasons, overpaidCents: overpaid } : { kind: 'BOOK', overpaidCents: overpaid };
}

/** A PAID outcome closes a case only at a zero balance; otherwise a lead approves (a lead's own is their approval). */
export function decidePaidOutcome(actor: PaymentActor, openCents: number): 'ALLOWED' | 'APPROVAL' {
  return openCents <= 0 || isLead(actor.role) ? 'ALLOWED' : 'APPROVAL';
}

/** Why a person may not decide a pending approval, or null when they may: a lead or admin, not the requester. */
export function approvalRefusal(decider: PaymentActor, requesterId: string): LocalizedText | null {
  if (!isLead(decider.role)) return OUTCOME_TEXTS.onlyLeadApproves;
  if (decider.id === requesterId) return OUTCOME_TEXTS.secondPerson;
  return null;
}
