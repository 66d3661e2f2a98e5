import { addDays, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import type { BalanceAdjustment } from '../balance/compute-balance.js';
import { formatAmount, isValidAmountCents } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { amountText, dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { AGREEMENT_TEXTS as T, SETTLEMENT_TIMELINE_TEXTS as ST } from './agreements.i18n.js';

/** A payment plan's state: running, every installment kept, or in default (Terminverlust). */
export const PAYMENT_PLAN_STATUSES = ['ACTIVE', 'COMPLETED', 'DEFAULTED'] as const;
export type PaymentPlanStatus = (typeof PAYMENT_PLAN_STATUSES)[number];

/** A promise's stored state (an installment of a plan is a promise too). */
export type StoredPromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';

/** Promise states that hold the dunning: the promise is still open (not kept, not broken). */
export const DUNNING_PAUSING_PROMISE_STATUSES = ['OPEN'] as const satisfies readonly StoredPromiseStatus[];
/** Plan states that hold the dunning: running and not in default. */
export const DUNNING_PAUSING_PLAN_STATUSES = ['ACTIVE'] as const satisfies readonly PaymentPlanStatus[];

/** How many missed installments put a plan in default when the creditor has not set it. */
export const DEFAULT_PLAN_MISSED_INSTALLMENTS = 2;
/** The lowest share of the open balance a collector may offer alone when the creditor has not set it. */
export const DEFAULT_SETTLEMENT_MIN_SHARE_PERCENT = 80;
/** A settlement offer stays open at most this many days. */
export const SETTLEMENT_MAX_VALID_DAYS = 60;

export interface AgreementsOfCase {
  /** Single promises to pay (not installments of a plan), by their stored status. */
  promises: readonly { status: StoredPromiseStatus }[];
  /** The case's payment plans, by status. */
  plans: readonly { status: PaymentPlanStatus }[];
}

/**
 * Whether an agreement holds the dunning of a case: an open promise to pay, or a payment plan that
 * is running and not in default. While it does, the dunning run neither steps the case nor charges
 * stage fees nor sends dunning letters; a broken promise or a plan in default lets it resume.
 * The dunning run's SQL (agreementPausesDunningSql in the API) applies the same statuses.
 */
export function dunningPausedByAgreement(a: AgreementsOfCase): boolean {
  return (
    a.promises.some((p) => (DUNNING_PAUSING_PROMISE_STATUSES as readonly string[]).includes(p.status)) ||
    a.plans.some((p) => (DUNNING_PAUSING_PLAN_STATUSES as readonly string[]).includes(p.status))
  );
}

export interface PlanProgress {
  status: PaymentPlanStatus;
  installments: readonly { status: StoredPromiseStatus }[];
  /** The creditor's number of missed installments that put a plan in default. */
  missedToDefault: number;
}

/**
 * What a plan's installments make of it: COMPLETED once every installment is kept, DEFAULTED once
 * `missedToDefault` installments were missed (broken), else as it is. A plan that has ended stays ended.
 */
export function nextPlanStatus(plan: PlanProgress): PaymentPlanStatus {
  if (!Number.isSafeInteger(plan.missedToDefault) || plan.missedToDefault < 1) {
    throw new RangeError(`missedToDefault must be a whole number of at least 1, got ${plan.missedToDefault}`);
  }
  if (plan.status !== 'ACTIVE') return plan.status;
  const missed = plan.installments.filter((i) => i.status === 'BROKEN').length;
  if (missed >= plan.missedToDefault) return 'DEFAULTED';
  if (plan.installments.length > 0 && plan.installments.every((i) => i.status === 'KEPT')) return 'COMPLETED';
  return 'ACTIVE';
}

/** The sentence a confirmation of a plan states about default (Terminverlust). */
export function planDefaultTerms(missedToDefault: number): string {
  return missedToDefault === 1
    ? 'If an installment is not paid on time, the whole remaining balance falls due at once and dunning resumes.'
    : `If ${missedToDefault} installments are not paid on time, the whole remaining balance falls due at once and dunning resumes.`;
}

/**
 * A settlement's state: PENDING_APPROVAL (below the creditor's share, a lead decides), OFFERED,
 * DECLINED, PAID (closed the case), EXPIRED (its last day passed before it was paid in full, or
 * before a lead approved it).
 */
export const SETTLEMENT_STATUSES = ['PENDING_APPROVAL', 'OFFERED', 'DECLINED', 'PAID', 'EXPIRED'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];
/** Settlement states that are still live: waiting for a lead or offered to the debtor. */
export const LIVE_SETTLEMENT_STATUSES = ['PENDING_APPROVAL', 'OFFERED'] as const satisfies readonly SettlementStatus[];

const isLive = (status: SettlementStatus) => (LIVE_SETTLEMENT_STATUSES as readonly string[]).includes(status);

/**
 * Whether a live settlement has expired as of `today` (the creditor's calendar day): its last day
 * (`validUntil`) has passed without it being paid in full (an offer) or approved (a waiting one).
 * A settlement that is not live (declined, paid, already expired) does not expire (again).
 * The sweep's SQL (expireDueSettlements in the API) applies the same condition: valid_until < today.
 */
export function settlementExpired(s: { status: SettlementStatus; validUntil: IsoDate }, today: IsoDate): boolean {
  return isLive(s.status) && compareDates(s.validUntil, today) < 0;
}

/** A settlement's status as a reader sees it on `today`: a live one past its last day is EXPIRED, even before the sweep books it. */
export function settlementStatusOn(s: { status: SettlementStatus; validUntil: IsoDate }, today: IsoDate): SettlementStatus {
  return settlementExpired(s, today) ? 'EXPIRED' : s.status;
}

/**
 * Whether payments can still pay a settlement: an offered one, or one that expired after it had been
 * offered (approved): money received by its last day but booked after the sweep still settles the
 * case (settlementPaid counts only payments received from its offer to its last day). One that
 * expired while waiting for a lead was never offered to the debtor.
 */
export function settlementPayable(s: { status: SettlementStatus; approved: boolean }): boolean {
  return s.status === 'OFFERED' || (s.status === 'EXPIRED' && s.approved);
}

/** The timeline's sentence for an expired settlement, in every language. */
export function settlementExpiryText(s: { status: SettlementStatus; amountCents: number; currency: string; validUntil: IsoDate }): LocalizedText {
  const values = { amount: amountText(s.amountCents, s.currency), date: dateText(s.validUntil) };
  return fill(s.status === 'PENDING_APPROVAL' ? ST.expiredUnapproved : ST.expired, values);
}

/** The timeline's sentence for an expired settlement (English). */
export function settlementExpiryNote(s: { status: SettlementStatus; amountCents: number; currency: string; validUntil: IsoDate }): string {
  return settlementExpiryText(s).en;
}

/** Why an expired settlement can no longer be approved or declined. */
export function settlementExpiredRefusal(validUntil: IsoDate): LocalizedText {
  return fill(T.settlementExpired, { date: dateText(validUntil) });
}

/**
 * The kinds of booking that lower what a debtor owes without being a payment (one table of
 * adjustments): DISPUTE_REDUCTION (an upheld dispute reduces or withdraws a claim, booked per claim),
 * SETTLEMENT_WRITE_OFF (the part a paid settlement waives), WRITE_OFF (a manual write-off), ADJUSTMENT.
 */
export const ADJUSTMENT_KINDS = ['DISPUTE_REDUCTION', 'SETTLEMENT_WRITE_OFF', 'WRITE_OFF', 'ADJUSTMENT'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/**
 * The kinds that are lines of their own in the balance (ADJUSTMENT lines). A dispute reduction is
 * not: it lowers the claim's principal itself (or, withdrawn, closes the case), so booking it as a
 * line too would count it twice.
 */
export const BALANCE_LINE_ADJUSTMENT_KINDS = ['SETTLEMENT_WRITE_OFF', 'WRITE_OFF', 'ADJUSTMENT'] as const satisfies readonly AdjustmentKind[];

/** How a booking enters the balance: as a write-off or an adjustment line, or (null) not at all. */
export function balanceAdjustmentKindOf(kind: AdjustmentKind): BalanceAdjustment['kind'] | null {
  switch (kind) {
    case 'SETTLEMENT_WRITE_OFF':
    case 'WRITE_OFF':
      return 'WRITE_OFF';
    case 'ADJUSTMENT':
      return 'ADJUSTMENT';
    case 'DISPUTE_REDUCTION':
      return null;
  }
}

/** The bookings of a case as the balance takes them (oldest first, as given). */
export function balanceAdjustmentsOf(
  bookings: readonly { kind: AdjustmentKind; amountCents: number; bookedOn: IsoDate; reason: string }[],
): BalanceAdjustment[] {
  return bookings.flatMap((b) => {
    const kind = balanceAdjustmentKindOf(b.kind);
    return kind ? [{ kind, amountCents: b.amountCents, bookedOn: b.bookedOn, reason: b.reason }] : [];
  });
}

export interface SettlementOffer {
  amountCents: number;
  validUntil: IsoDate;
}

export interface SettlementContext {
  openCents: number;
  currency: string;
  today: IsoDate;
  /** The creditor's lowest share (percent of the open balance) a collector may offer alone. */
  minSharePercent: number;
  /** A lead or admin offers: no approval needed. */
  offeredByLead: boolean;
}

export interface SettlementDecision {
  /** false: a lead must approve it first. */
  approved: boolean;
  /** The part of the open balance the settlement waives (written off once the settlement is paid). */
  waivedCents: number;
  /** The timeline's sentence (English). */
  summary: string;
  /** The timeline's sentence in every language. */
  summaryText: LocalizedText;
}

/** Whether an amount is within what a collector may offer alone: at least minSharePercent of the open balance. */
export function settlementWithinCollectorLimit(amountCents: number, openCents: number, minSharePercent: number): boolean {
  return amountCents * 100 >= openCents * minSharePercent;
}

/**
 * Checks a settlement offer and says whether it needs a lead's approval: a collector alone may offer
 * at least the creditor's share of the open balance; below it a lead approves.
 */
export function decideSettlement(offer: SettlementOffer, ctx: SettlementContext): SettlementDecision {
  if (!Number.isSafeInteger(ctx.minSharePercent) || ctx.minSharePercent < 1 || ctx.minSharePercent > 100) {
    throw new RangeError(`minSharePercent must be between 1 and 100, got ${ctx.minSharePercent}`);
  }
  if (ctx.openCents <= 0) throw new RuleViolation(T.nothingToSettle, 'caseId');
  if (!isValidAmountCents(offer.amountCents)) {
    throw new RuleViolation(T.settlementWhole, 'amountCents');
  }
  if (offer.amountCents >= ctx.openCents) {
    throw new RuleViolation(
      fill(T.settlementBelowOpen, { open: amountText(ctx.openCents, ctx.currency) }),
      'amountCents',
    );
  }
  if (!isIsoDate(offer.validUntil)) throw new RuleViolation(fill(T.validUntilInvalid, { value: String(offer.validUntil) }), 'validUntil');
  if (compareDates(offer.validUntil, ctx.today) < 0) {
    throw new RuleViolation(fill(T.offerInPast, { date: dateText(offer.validUntil) }), 'validUntil');
  }
  const latest = addDays(ctx.today, SETTLEMENT_MAX_VALID_DAYS);
  if (compareDates(offer.validUntil, latest) > 0) {
    throw new RuleViolation(fill(T.offerTooLong, { days: SETTLEMENT_MAX_VALID_DAYS, latest: dateText(latest) }), 'validUntil');
  }
  const within = settlementWithinCollectorLimit(offer.amountCents, ctx.openCents, ctx.minSharePercent);
  const waivedCents = ctx.openCents - offer.amountCents;
  const amount = amountText(offer.amountCents, ctx.currency);
  const summaryText = within || ctx.offeredByLead
    ? fill(ST.offered, { amount, date: dateText(offer.validUntil), waived: amountText(waivedCents, ctx.currency) })
    : fill(ST.awaitingApproval, { amount, date: dateText(offer.validUntil), share: ctx.minSharePercent });
  return { approved: within || ctx.offeredByLead, waivedCents, summary: summaryText.en, summaryText };
}

/**
 * Whether a settlement is paid: the payments received from the day it was offered up to its last
 * day add up to its amount. Returns the part of the balance to write off then (never negative).
 */
export function settlementPaid(
  s: { amountCents: number; offeredOn: IsoDate; validUntil: IsoDate },
  payments: readonly { amountCents: number; receivedOn: IsoDate }[],
  openCents: number,
): { paid: boolean; writeOffCents: number } {
  const paidCents = payments
    .filter((p) => compareDates(p.receivedOn, s.offeredOn) >= 0 && compareDates(p.receivedOn, s.validUntil) <= 0)
    .reduce((sum, p) => sum + p.amountCents, 0);
  const paid = paidCents >= s.amountCents;
  return { paid, writeOffCents: paid ? Math.max(openCents, 0) : 0 };
}

/** A new plan may be agreed only when none is running: a running plan ends by completion or default. */
export function assertNoRunningPlan(current: PaymentPlanStatus | null): void {
  if (current === 'ACTIVE') {
    throw new RuleViolation(T.runningPlan, 'type');
  }
}

/**
 * The confirmation of a payment plan as the debtor reads it: the installments, the plan's cost where
 * one is charged, and what happens on default.
 */
export function planConfirmationText(plan: {
  installments: readonly { dueDate: IsoDate; amountCents: number }[];
  feeCents: number;
  currency: string;
  missedToDefault: number;
}): string {
  const total = plan.installments.reduce((sum, i) => sum + i.amountCents, 0);
  const lines = [
    `We confirm the payment plan agreed with you: ${plan.installments.length} installments totalling ${formatAmount(total, plan.currency)}.`,
    ...plan.installments.map((i, n) => `Installment ${n + 1}: ${formatAmount(i.amountCents, plan.currency)} due ${i.dueDate}.`),
    plan.feeCents > 0
      ? `The plan costs ${formatAmount(plan.feeCents, plan.currency)}, included in the balance.`
      : 'The plan is agreed without a charge.',
    'While you keep to the plan, no further dunning steps are taken.',
    planDefaultTerms(plan.missedToDefault),
  ];
  return lines.join('\n');
}

/** A creditor's agreement settings: 1 to 12 missed installments to default, a share of 1 to 100 percent. */
export function assertAgreementPolicy(p: { planDefaultMissedInstallments: number; settlementMinSharePercent: number }): void {
  if (!Number.isSafeInteger(p.planDefaultMissedInstallments) || p.planDefaultMissedInstallments < 1 || p.planDefaultMissedInstallments > 12) {
    throw new RuleViolation(T.defaultAfter, 'planDefaultMissedInstallments');
  }
  if (!Number.isSafeInteger(p.settlementMinSharePercent) || p.settlementMinSharePercent < 1 || p.settlementMinSharePercent > 100) {
    throw new RuleViolation(T.lowestShare, 'settlementMinSharePercent');
  }
}
