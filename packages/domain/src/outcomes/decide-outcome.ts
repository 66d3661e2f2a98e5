import { addDays, addDaysToInstant, compareDates, isIsoDate, utcMidnight, type IsoDate } from '../dates.js';
import { formatAmount, isValidAmountCents, MAX_AMOUNT_CENTS } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import type { ContactDecision } from '../contact-policy/contact-policy.js';
import { formatLocalDateTime } from '../contact-policy/zoned-time.js';
import {
  CASE_STATUS_LABELS,
  isOutcomeType,
  type CaseStatus,
  type DunningStage,
  type OutcomeType,
} from '../stages.js';

export interface InstallmentInput {
  dueDate: IsoDate;
  amountCents: number;
}

/** What a collector entered after working a case (RecordOutcomeInput without the case id). */
export interface OutcomeInput {
  type: OutcomeType;
  note?: string | null;
  promiseAmountCents?: number | null;
  promiseDate?: IsoDate | null;
  callbackAt?: Date | null;
  installments?: InstallmentInput[] | null;
}

/** The case as loaded before the decision, with the clock passed in. */
export interface OutcomeSnapshot {
  status: CaseStatus;
  stage: DunningStage;
  openCents: number;
  /** Today in the creditor's time zone. */
  today: IsoDate;
  now: Date;
  /**
   * The contact policy for the next outbound phone call at an instant (the debtor's hours and attempt cap,
   * this contact counted), so that a follow-up comes back when a call is allowed and a callback outside
   * the debtor's contact hours is refused. Without it follow-ups are not aligned (e.g. a form's preview).
   */
  nextCallAt?: (at: Date) => ContactDecision;
  /** The debtor's zone, for the times in messages about the contact policy. */
  debtorTimeZone?: string;
}

export interface PromiseToRecord {
  amountCents: number;
  dueDate: IsoDate;
  /** 1-based installment number for a payment plan; null for a single promise. */
  installment: number | null;
}

export interface OutcomeDecision {
  status: CaseStatus;
  stage: DunningStage;
  /** false = release the case from the collector's queue. */
  keepAssignee: boolean;
  nextActionAt: Date | null;
  holdReason: string | null;
  markPaid: boolean;
  promises: PromiseToRecord[];
  /** One human sentence for the activity log. */
  summary: string;
}

export const MAX_NOTE_LENGTH = 2000;
export const PROMISE_MAX_DAYS_AHEAD = 90;
export const PLAN_MIN_INSTALLMENTS = 2;
export const PLAN_MAX_INSTALLMENTS = 60;
export const CALLBACK_MAX_DAYS_AHEAD = 30;
export const NO_CONTACT_RETRY_DAYS = 1;
export const RIGHT_PARTY_CONTACT_FOLLOW_UP_DAYS = 3;

const SUMMARY_NOTE_LENGTH = 120;

function formatInstant(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatCallTime(at: Date, snapshot: OutcomeSnapshot): string {
  return snapshot.debtorTimeZone ? formatLocalDateTime(at, snapshot.debtorTimeZone) : formatInstant(at);
}

/**
 * When a follow-up call may come back: `candidate`, or the first instant after it at which the contact
 * policy allows the next outbound call (contact hours, attempt cap), never before.
 */
export function followUpAt(candidate: Date, nextCallAt?: (at: Date) => ContactDecision): Date {
  const policy = nextCallAt?.(candidate);
  return policy && !policy.allowed ? new Date(policy.nextAllowedAt.getTime()) : candidate;
}

function shorten(text: string): string {
  return text.length <= SUMMARY_NOTE_LENGTH ? text : `${text.slice(0, SUMMARY_NOTE_LENGTH - 1)}…`;
}

function isValidInstant(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

function requireNote(note: string | null | undefined, what: string): string {
  const trimmed = note?.trim() ?? '';
  if (trimmed === '') throw new RuleViolation(`Add a note: ${what}`, 'note');
  return trimmed;
}

function requireAmount(value: number | null | undefined, field: string, what: string, openCents: number, currency: string): number {
  if (value === null || value === undefined) throw new RuleViolation(`Enter the ${what}`, field);
  if (!isValidAmountCents(value)) {
    throw new RuleViolation(
      `The ${what} must be a whole number of cents above zero and at most ${formatAmount(MAX_AMOUNT_CENTS, currency)}`,
      field,
    );
  }
  if (value > openCents) {
    throw new RuleViolation(
      `The ${what} ${formatAmount(value, currency)} exceeds the open balance ${formatAmount(Math.max(0, openCents), currency)}`,
      field,
    );
  }
  return value;
}

function requireDate(value: IsoDate | null | undefined, field: string, what: string): IsoDate {
  if (value === null || value === undefined || value === '') throw new RuleViolation(`Enter the ${what}`, field);
  if (!isIsoDate(value)) throw new RuleViolation(`The ${what} "${String(value)}" is not a valid date; use YYYY-MM-DD`, field);
  return value;
}

function decidePromise(snapshot: OutcomeSnapshot, input: OutcomeInput, currency: string): OutcomeDecision {
  const amountCents = requireAmount(input.promiseAmountCents, 'promiseAmountCents', 'promised amount', snapshot.openCents, currency);
  const dueDate = requireDate(input.promiseDate, 'promiseDate', 'promise date');
  if (compareDates(dueDate, snapshot.today) < 0) {
    throw new RuleViolation(`Promise date ${dueDate} is in the past; choose today or a later date`, 'promiseDate');
  }
  const latest = addDays(snapshot.today, PROMISE_MAX_DAYS_AHEAD);
  if (compareDates(dueDate, latest) > 0) {
    throw new RuleViolation(
      `Promise date ${dueDate} is more than ${PROMISE_MAX_DAYS_AHEAD} days ahead; choose ${latest} or earlier, or agree a payment plan`,
      'promiseDate',
    );
  }
  return {
    status: 'OPEN',
    stage: snapshot.stage,
    keepAssignee: true,
    nextActionAt: utcMidnight(addDays(dueDate, 1)),
    holdReason: null,
    markPaid: false,
    promises: [{ amountCents, dueDate, installment: null }],
    summary: `Promise to pay ${formatAmount(amountCents, currency)} by ${dueDate}`,
  };
}

function decidePlan(snapshot: OutcomeSnapshot, input: OutcomeInput, currency: string): OutcomeDecision {
  const installments = input.installments ?? [];
  if (installments.length < PLAN_MIN_INSTALLMENTS) {
    throw new RuleViolation(
      `A payment plan needs at least ${PLAN_MIN_INSTALLMENTS} installments; for a single payment record a promise to pay`,
      'installments',
    );
  }
  if (installments.length > PLAN_MAX_INSTALLMENTS) {
    throw new RuleViolation(
      `A payment plan can have at most ${PLAN_MAX_INSTALLMENTS} installments; this one has ${installments.length}`,
      'installments',
    );
  }
  let total = 0;
  installments.forEach((inst, i) => {
    const n = i + 1;
    const dueDate = requireDate(inst.dueDate, `installments[${i}].dueDate`, `due date of installment ${n}`);
    if (!isValidAmountCents(inst.amountCents)) {
      throw new RuleViolation(
        `Installment ${n} must be a whole number of cents above zero and at most ${formatAmount(MAX_AMOUNT_CENTS, currency)}`,
        `installments[${i}].amountCents`,
      );
    }
    total += inst.amountCents;
    const previous = installments[i - 1];
    if (previous && compareDates(dueDate, previous.dueDate) <= 0) {
      throw new RuleViolation(
        `Installment ${n} is due ${dueDate}, not after installment ${i} (${previous.dueDate}); dates must be strictly ascending`,
        `installments[${i}].dueDate`,
      );
    }
  });
  const first = installments[0]!;
  const last = installments[installments.length - 1]!;
  if (compareDates(first.dueDate, snapshot.today) < 0) {
    throw new RuleViolation(
      `The first installment (${first.dueDate}) is in the past; choose today or a later date`,
      'installments[0].dueDate',
    );
  }
  if (total > snapshot.openCents) {
    throw new RuleViolation(
      `The installments add up to ${formatAmount(total, currency)}, more than the open balance ${formatAmount(Math.max(0, snapshot.openCents), currency)}`,
      'installments',
    );
  }
  return {
    status: 'OPEN',
    stage: snapshot.stage,
    keepAssignee: true,
    nextActionAt: utcMidnight(addDays(first.dueDate, 1)),
    holdReason: null,
    markPaid: false,
    promises: installments.map((inst, i) => ({ amountCents: inst.amountCents, dueDate: inst.dueDate, installment: i + 1 })),
    summary:
      `Payment plan of ${installments.length} installments totalling ${formatAmount(total, currency)}, ` +
      `${first.dueDate} to ${last.dueDate}`,
  };
}

function decideCallback(snapshot: OutcomeSnapshot, input: OutcomeInput): OutcomeDecision {
  const at = input.callbackAt;
  if (at === null || at === undefined) throw new RuleViolation('Choose when to call back', 'callbackAt');
  if (!isValidInstant(at)) throw new RuleViolation('The callback time is not a valid date and time', 'callbackAt');
  if (at.getTime() <= snapshot.now.getTime()) {
    throw new RuleViolation(`Callback time ${formatInstant(at)} is not in the future; choose a later time`, 'callbackAt');
  }
  const latest = addDaysToInstant(snapshot.now, CALLBACK_MAX_DAYS_AHEAD);
  if (at.getTime() > latest.getTime()) {
    throw new RuleViolation(
      `Callback time ${formatInstant(at)} is more than ${CALLBACK_MAX_DAYS_AHEAD} days ahead; choose ${formatInstant(latest)} or earlier`,
      'callbackAt',
    );
  }
  const policy = snapshot.nextCallAt?.(at);
  if (policy && !policy.allowed) {
    throw new RuleViolation(
      `No call may be scheduled for ${formatCallTime(at, snapshot)}: ${policy.reason} ` +
        `Next allowed at ${formatCallTime(policy.nextAllowedAt, snapshot)}.`,
      'callbackAt',
    );
  }
  return {
    status: 'OPEN',
    stage: snapshot.stage,
    keepAssignee: true,
    nextActionAt: new Date(at.getTime()),
    holdReason: null,
    markPaid: false,
    promises: [],
    summary: `Callback scheduled for ${formatInstant(at)}`,
  };
}

/**
 * Decides what recording an outcome does to a case (DESIGN.md 2, "Outcome"). Pure: the caller
 * passes the case snapshot and the clock, and persists the decision with the activity row.
 * Throws {@link RuleViolation} with a message the collector can act on.
 */
export function decideOutcome(snapshot: OutcomeSnapshot, input: OutcomeInput, currency: string): OutcomeDecision {
  if (!isIsoDate(snapshot.today)) throw new RangeError(`Snapshot date is not a calendar date: ${String(snapshot.today)}`);
  if (!isValidInstant(snapshot.now)) throw new RangeError('Snapshot time is not a valid instant');
  if (!isOutcomeType(input.type)) {
    throw new RuleViolation(`Unknown outcome "${String(input.type)}"`, 'type');
  }
  if (snapshot.status !== 'OPEN') {
    throw new RuleViolation(
      `This case is ${CASE_STATUS_LABELS[snapshot.status].toLowerCase()}; only an open case can take an outcome`,
      'status',
    );
  }
  if (input.note && input.note.length > MAX_NOTE_LENGTH) {
    throw new RuleViolation(
      `The note has ${input.note.length} characters; shorten it to ${MAX_NOTE_LENGTH} or fewer`,
      'note',
    );
  }

  const stay = (days: number, summary: (next: Date) => string): OutcomeDecision => {
    const next = followUpAt(addDaysToInstant(snapshot.now, days), snapshot.nextCallAt);
    return {
      status: 'OPEN',
      stage: snapshot.stage,
      keepAssignee: true,
      nextActionAt: next,
      holdReason: null,
      markPaid: false,
      promises: [],
      summary: summary(next),
    };
  };
  const close = (status: CaseStatus, summary: string, extra: Partial<OutcomeDecision> = {}): OutcomeDecision => ({
    status,
    stage: snapshot.stage,
    keepAssignee: false,
    nextActionAt: null,
    holdReason: null,
    markPaid: false,
    promises: [],
    summary,
    ...extra,
  });

  switch (input.type) {
    case 'NO_CONTACT':
      return stay(NO_CONTACT_RETRY_DAYS, (next) => `No contact; next attempt from ${formatInstant(next)}`);
    case 'RIGHT_PARTY_CONTACT':
      return stay(RIGHT_PARTY_CONTACT_FOLLOW_UP_DAYS, (next) => `Spoke to the debtor; follow up from ${formatInstant(next)}`);
    case 'PROMISE_TO_PAY':
      return decidePromise(snapshot, input, currency);
    case 'PAYMENT_PLAN':
      return decidePlan(snapshot, input, currency);
    case 'DISPUTE': {
      const reason = requireNote(input.note, 'describe what the debtor disputes; it becomes the hold reason');
      return close('ON_HOLD', `Debtor disputes the claim, case on hold: ${shorten(reason)}`, { holdReason: reason });
    }
    case 'PAID':
      return close('PAID', 'Case marked as paid', { markPaid: true });
    case 'UNCOLLECTIBLE': {
      const reason = requireNote(input.note, 'say why the claim is uncollectible');
      return close('UNCOLLECTIBLE', `Marked uncollectible: ${shorten(reason)}`);
    }
    case 'ESCALATE_LEGAL':
      return close('LEGAL', 'Escalated to legal for the court dunning procedure', { stage: 'COURT' });
    case 'CALLBACK':
      return decideCallback(snapshot, input);
  }
}
