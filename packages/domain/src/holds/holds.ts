import { addDays, compareDates, type IsoDate, isIsoDate } from '../dates.js';
import { RuleViolation } from '../rule-violation.js';
import { dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { HOLD_TEXTS as T, HOLD_TYPE_IN_SENTENCE } from './holds.i18n.js';

/** Why a case is held: while any hold is current, no queue, pool or dunning step touches the case. */
export const HOLD_TYPES = [
  'DISPUTE', 'INSOLVENCY', 'DECEASED', 'CEASE_CONTACT', 'FRAUD_CHECK', 'CREDITOR_RECALL', 'ADDRESS_RESEARCH',
] as const;
export type HoldType = (typeof HOLD_TYPES)[number];

export const HOLD_TYPE_LABELS: Readonly<Record<HoldType, string>> = {
  DISPUTE: 'Dispute',
  INSOLVENCY: 'Insolvency',
  DECEASED: 'Deceased',
  CEASE_CONTACT: 'Cease contact',
  FRAUD_CHECK: 'Fraud check',
  CREDITOR_RECALL: 'Creditor recall',
  ADDRESS_RESEARCH: 'Address research',
};

/** The holds a collector may place on a case in their own queue; leads and admins place and release all. */
export const COLLECTOR_HOLD_TYPES: readonly HoldType[] = ['DISPUTE', 'CEASE_CONTACT'];

export const MAX_HOLD_REASON_LENGTH = 500;
/** A hold with an end date ends by itself; it may be set at most this far ahead. */
export const HOLD_MAX_DAYS_AHEAD = 366;

export type HoldRole = 'COLLECTOR' | 'LEAD' | 'MANAGER' | 'ADMIN';

export function isHoldType(value: unknown): value is HoldType {
  return typeof value === 'string' && (HOLD_TYPES as readonly string[]).includes(value);
}

/** Who is asking, and whether the case is in their own queue. */
export interface HoldActor {
  role: HoldRole;
  holdsCase: boolean;
}

/** Null when the actor may place a hold of this type, else why not. */
export function holdPlacementRefusal(actor: HoldActor, type: HoldType): LocalizedText | null {
  if (actor.role === 'LEAD' || actor.role === 'ADMIN') return null;
  if (actor.role !== 'COLLECTOR') return T.onlyStaffPlace;
  if (!COLLECTOR_HOLD_TYPES.includes(type)) return fill(T.collectorHoldTypes, { type: HOLD_TYPE_IN_SENTENCE[type] });
  if (!actor.holdsCase) return T.notYourCaseToHold;
  return null;
}

/** Null when the actor may release holds, else why not. */
export function holdReleaseRefusal(actor: HoldActor): LocalizedText | null {
  return actor.role === 'LEAD' || actor.role === 'ADMIN' ? null : T.onlyLeadReleases;
}

export interface HoldRequest {
  type: HoldType;
  reason: string;
  until?: IsoDate | null;
}

/** Checks a hold to place as of `today`; returns it with the reason trimmed. */
export function validateHold(request: HoldRequest, today: IsoDate): { type: HoldType; reason: string; until: IsoDate | null } {
  if (!isHoldType(request.type)) throw new RuleViolation(fill(T.unknownType, { type: String(request.type) }), 'type');
  const reason = requireHoldReason(request.reason, 'reason');
  const until = request.until ?? null;
  if (until !== null) {
    if (!isIsoDate(until)) throw new RuleViolation(fill(T.endDateInvalid, { value: String(until) }), 'until');
    if (compareDates(until, today) <= 0) throw new RuleViolation(fill(T.endNotAfterToday, { until: dateText(until), today: dateText(today) }), 'until');
    const latest = addDays(today, HOLD_MAX_DAYS_AHEAD);
    if (compareDates(until, latest) > 0) throw new RuleViolation(fill(T.endTooFar, { until: dateText(until), days: HOLD_MAX_DAYS_AHEAD, latest: dateText(latest) }), 'until');
  }
  return { type: request.type, reason, until };
}

/** A reason is required, trimmed, at most MAX_HOLD_REASON_LENGTH characters. */
export function requireHoldReason(value: string | null | undefined, field: string): string {
  const reason = (value ?? '').trim();
  if (!reason) throw new RuleViolation(T.reasonRequired, field);
  if (reason.length > MAX_HOLD_REASON_LENGTH) {
    throw new RuleViolation(fill(T.reasonTooLong, { length: reason.length, max: MAX_HOLD_REASON_LENGTH }), field);
  }
  return reason;
}

/** A hold with an end date ends on that date: it is current before it, over from it on. */
export function isHoldCurrent(hold: { until: IsoDate | null; releasedAt: Date | null }, today: IsoDate): boolean {
  return hold.releasedAt === null && (hold.until === null || compareDates(today, hold.until) < 0);
}

/**
 * The summary of the current holds kept on the case (`cases.hold_reason`), oldest first:
 * "Dispute: amount wrong; Insolvency: court file 12 IN 3/26". Null when none is current.
 */
export function holdSummary(current: readonly { type: HoldType; reason: string }[]): string | null {
  if (!current.length) return null;
  return current.map((h) => `${HOLD_TYPE_LABELS[h.type]}: ${h.reason}`).join('; ');
}

/** Why a debtor disputes a claim. */
export const DISPUTE_REASONS = ['AMOUNT', 'NOT_RECEIVED', 'ALREADY_PAID', 'NOT_MY_DEBT', 'OTHER'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
export const DISPUTE_REASON_LABELS: Readonly<Record<DisputeReason, string>> = {
  AMOUNT: 'The amount is wrong',
  NOT_RECEIVED: 'Goods or service not received',
  ALREADY_PAID: 'Already paid',
  NOT_MY_DEBT: 'Not my debt',
  OTHER: 'Other',
};

/** UPHELD: the debtor is right, the claim is reduced or withdrawn; REJECTED: the claim stands, dunning resumes. */
export const DISPUTE_RESOLUTIONS = ['UPHELD', 'REJECTED'] as const;
export type DisputeResolution = (typeof DISPUTE_RESOLUTIONS)[number];
export const DISPUTE_STATUSES = ['OPEN', 'UPHELD', 'REJECTED'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export interface DisputeResolutionRequest {
  resolution: DisputeResolution;
  /** For UPHELD: the amount the claim is reduced by; the whole open balance withdraws it. */
  reductionCents?: number | null;
  note: string;
}

export interface DisputeResolutionDecision {
  resolution: DisputeResolution;
  /** The adjustment booking (a reduction, never a negative payment); 0 for REJECTED. */
  reductionCents: number;
  /** UPHELD with the whole balance: the claim is withdrawn and the case closes. */
  withdrawn: boolean;
  note: string;
}

/** Decides a dispute's resolution against the case's open balance (in cents). */
export function decideDisputeResolution(
  dispute: { status: DisputeStatus },
  request: DisputeResolutionRequest,
  openCents: number,
): DisputeResolutionDecision {
  if (dispute.status !== 'OPEN') throw new RuleViolation(fill(T.disputeResolved, { status: T[dispute.status] }), 'disputeId');
  const note = requireHoldReason(request.note, 'note');
  if (request.resolution === 'REJECTED') {
    if (request.reductionCents) throw new RuleViolation(T.rejectedReducesNothing, 'reductionCents');
    return { resolution: 'REJECTED', reductionCents: 0, withdrawn: false, note };
  }
  if (request.resolution !== 'UPHELD') throw new RuleViolation(fill(T.unknownResolution, { resolution: String(request.resolution) }), 'resolution');
  const open = Math.max(0, openCents);
  const reduction = request.reductionCents ?? open;
  if (!Number.isSafeInteger(reduction) || reduction <= 0) {
    throw new RuleViolation(T.reductionWhole, 'reductionCents');
  }
  if (reduction > open) {
    throw new RuleViolation(fill(T.reductionOverOpen, { reduction, open }), 'reductionCents');
  }
  return { resolution: 'UPHELD', reductionCents: reduction, withdrawn: reduction === open, note };
}

/**
 * Spreads an upheld dispute's reduction over the case's claims, the latest due first. A withdrawal
 * (the whole principal) books each claim in full; a partial reduction leaves every claim at least one
 * cent (a claim reduced to nothing is a withdrawal of that invoice: withdraw the case's claim in full instead).
 */
export function allocateClaimReduction(
  claims: readonly { id: string; principalCents: number; dueDate: IsoDate }[],
  reductionCents: number,
): { claimId: string; amountCents: number }[] {
  const ordered = [...claims].sort((a, b) => compareDates(b.dueDate, a.dueDate) || (a.id < b.id ? -1 : 1));
  const total = ordered.reduce((s, c) => s + c.principalCents, 0);
  if (reductionCents === total) return ordered.map((c) => ({ claimId: c.id, amountCents: c.principalCents }));
  let left = reductionCents;
  const parts: { claimId: string; amountCents: number }[] = [];
  for (const c of ordered) {
    if (left <= 0) break;
    const take = Math.min(left, c.principalCents - 1);
    if (take > 0) parts.push({ claimId: c.id, amountCents: take });
    left -= take;
  }
  if (left > 0) {
    throw new RuleViolation(T.invoiceAtNothing, 'reductionCents');
  }
  return parts;
}
