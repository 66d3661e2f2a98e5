import { addDays, addDaysToInstant, compareDates, isIsoDate, utcMidnight, type IsoDate } from '../dates.js';
import { isValidAmountCents, MAX_AMOUNT_CENTS } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import type { ContactDecision } from '../contact-policy/contact-policy.js';
import { localDateTimeText } from '../contact-policy/contact-policy.i18n.js';
import { amountText, dateText, fill, untranslated, type LocalizedText } from '../i18n/localized-text.js';
import { CASE_STATUS_IN_SENTENCE, OUTCOME_SUMMARY_TEXTS as S, OUTCOME_TEXTS as T } from './outcomes.i18n.js';
import {
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
  /** One human sentence for the activity log (English). */
  summary: string;
  /** The same sentence in every language. */
  summaryText: LocalizedText;
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

/** An instant in UTC as each language writes it: "2026-01-12 14:30 UTC" / "12.01.2026, 14:30 UTC" / "12.01.2026 kl. 14:30 UTC". */
function instantText(d: Date): LocalizedText {
  const date = dateText(d.toISOString().slice(0, 10));
  const time = d.toISOString().slice(11, 16);
  return { en: formatInstant(d), de: `${date.de}, ${time} UTC`, da: `${date.da} kl. ${time} UTC` };
}

/** A decision's summary: the English for `summary`, every language for `summaryText`. */
function summarised(text: LocalizedText): { summary: string; summaryText: LocalizedText } {
  return { summary: text.en, summaryText: text };
}

function callTimeText(at: Date, snapshot: OutcomeSnapshot): LocalizedText {
  return snapshot.debtorTimeZone ? localDateTimeText(at, snapshot.debtorTimeZone) : untranslated(formatInstant(at));
}

/** What a field is called as an object ("Enter the promise date") and as a subject ("The promise date ... is"). */
interface FieldName {
  object: LocalizedText;
  subject: LocalizedText;
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

function requireNote(note: string | null | undefined, what: LocalizedText): string {
  const trimmed = note?.trim() ?? '';
  if (trimmed === '') throw new RuleViolation(fill(T.addNote, { what }), 'note');
  return trimmed;
}

function requireAmount(value: number | null | undefined, field: string, what: FieldName, openCents: number, currency: string): number {
  if (value === null || value === undefined) throw new RuleViolation(fill(T.enterThe, { what: what.object }), field);
  if (!isValidAmountCents(value)) {
    throw new RuleViolation(fill(T.amountRange, { what: what.subject, max: amountText(MAX_AMOUNT_CENTS, currency) }), field);
  }
  if (value > openCents) {
    throw new RuleViolation(
      fill(T.amountOverOpen, { what: what.subject, amount: amountText(value, currency), open: amountText(Math.max(0, openCents), currency) }),
      field,
    );
  }
  return value;
}

function requireDate(value: IsoDate | null | undefined, field: string, what: FieldName): IsoDate {
  if (value === null || value === undefined || value === '') throw new RuleViolation(fill(T.enterThe, { what: what.object }), field);
  if (!isIsoDate(value)) throw new RuleViolation(fill(T.dateInvalid, { what: what.subject, value: String(value) }), field);
  return value;
}

function decidePromise(snapshot: OutcomeSnapshot, input: OutcomeInput, currency: string): OutcomeDecision {
  const amountCents = requireAmount(input.promiseAmountCents, 'promiseAmountCents', { object: T.promisedAmount, subject: T.promisedAmountSubject }, snapshot.openCents, currency);
  const dueDate = requireDate(input.promiseDate, 'promiseDate', { object: T.promiseDate, subject: T.promiseDateSubject });
  if (compareDates(dueDate, snapshot.today) < 0) {
    throw new RuleViolation(fill(T.promiseInPast, { date: dateText(dueDate) }), 'promiseDate');
  }
  const latest = addDays(snapshot.today, PROMISE_MAX_DAYS_AHEAD);
  if (compareDates(dueDate, latest) > 0) {
    throw new RuleViolation(
      fill(T.promiseTooFar, { date: dateText(dueDate), days: PROMISE_MAX_DAYS_AHEAD, latest: dateText(latest) }),
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
    ...summarised(fill(S.promise, { amount: amountText(amountCents, currency), date: dateText(dueDate) })),
  };
}

function decidePlan(snapshot: OutcomeSnapshot, input: OutcomeInput, currency: string): OutcomeDecision {
  const installments = input.installments ?? [];
  if (installments.length < PLAN_MIN_INSTALLMENTS) {
    throw new RuleViolation(
      fill(T.planTooFew, { min: PLAN_MIN_INSTALLMENTS }),
      'installments',
    );
  }
  if (installments.length > PLAN_MAX_INSTALLMENTS) {
    throw new RuleViolation(
      fill(T.planTooMany, { max: PLAN_MAX_INSTALLMENTS, count: installments.length }),
      'installments',
    );
  }
  let total = 0;
  installments.forEach((inst, i) => {
    const n = i + 1;
    const dueDate = requireDate(inst.dueDate, `installments[${i}].dueDate`, { object: fill(T.installmentDueDate, { n }), subject: fill(T.installmentDueDateSubject, { n }) });
    if (!isValidAmountCents(inst.amountCents)) {
      throw new RuleViolation(
        fill(T.installmentRange, { n, max: amountText(MAX_AMOUNT_CENTS, currency) }),
        `installments[${i}].amountCents`,
      );
    }
    total += inst.amountCents;
    const previous = installments[i - 1];
    if (previous && compareDates(dueDate, previous.dueDate) <= 0) {
      throw new RuleViolation(
        fill(T.installmentOrder, { n, date: dateText(dueDate), previous: i, previousDate: dateText(previous.dueDate) }),
        `installments[${i}].dueDate`,
      );
    }
  });
  const first = installments[0]!;
  const last = installments[installments.length - 1]!;
  if (compareDates(first.dueDate, snapshot.today) < 0) {
    throw new RuleViolation(
      fill(T.firstInstallmentInPast, { date: dateText(first.dueDate) }),
      'installments[0].dueDate',
    );
  }
  if (total > snapshot.openCents) {
    throw new RuleViolation(
      fill(T.installmentsOverOpen, { total: amountText(total, currency), open: amountText(Math.max(0, snapshot.openCents), currency) }),
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
    ...summarised(fill(S.plan, {
      count: installments.length, amount: amountText(total, currency), first: dateText(first.dueDate), last: dateText(last.dueDate),
    })),
  };
}

function decideCallback(snapshot: OutcomeSnapshot, input: OutcomeInput): OutcomeDecision {
  const at = input.callbackAt;
  if (at === null || at === undefined) throw new RuleViolation(T.chooseCallback, 'callbackAt');
  if (!isValidInstant(at)) throw new RuleViolation(T.callbackInvalid, 'callbackAt');
  if (at.getTime() <= snapshot.now.getTime()) {
    throw new RuleViolation(fill(T.callbackNotFuture, { at: formatInstant(at) }), 'callbackAt');
  }
  const latest = addDaysToInstant(snapshot.now, CALLBACK_MAX_DAYS_AHEAD);
  if (at.getTime() > latest.getTime()) {
    throw new RuleViolation(
      fill(T.callbackTooFar, { at: formatInstant(at), days: CALLBACK_MAX_DAYS_AHEAD, latest: formatInstant(latest) }),
      'callbackAt',
    );
  }
  const policy = snapshot.nextCallAt?.(at);
  if (policy && !policy.allowed) {
    throw new RuleViolation(
      fill(T.callbackRefused, { at: callTimeText(at, snapshot), reason: policy.explanation, next: callTimeText(policy.nextAllowedAt, snapshot) }),
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
    ...summarised(fill(S.callback, { at: instantText(at) })),
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
    throw new RuleViolation(fill(T.unknownOutcome, { type: String(input.type) }), 'type');
  }
  if (snapshot.status !== 'OPEN') {
    throw new RuleViolation(
      fill(T.caseNotOpen, { status: CASE_STATUS_IN_SENTENCE[snapshot.status] }),
      'status',
    );
  }
  if (input.note && input.note.length > MAX_NOTE_LENGTH) {
    throw new RuleViolation(
      fill(T.noteTooLong, { length: input.note.length, max: MAX_NOTE_LENGTH }),
      'note',
    );
  }

  const stay = (days: number, summary: (next: Date) => LocalizedText): OutcomeDecision => {
    const next = followUpAt(addDaysToInstant(snapshot.now, days), snapshot.nextCallAt);
    return {
      status: 'OPEN',
      stage: snapshot.stage,
      keepAssignee: true,
      nextActionAt: next,
      holdReason: null,
      markPaid: false,
      promises: [],
      ...summarised(summary(next)),
    };
  };
  const close = (status: CaseStatus, summary: LocalizedText, extra: Partial<OutcomeDecision> = {}): OutcomeDecision => ({
    status,
    stage: snapshot.stage,
    keepAssignee: false,
    nextActionAt: null,
    holdReason: null,
    markPaid: false,
    promises: [],
    ...summarised(summary),
    ...extra,
  });

  switch (input.type) {
    case 'NO_CONTACT':
      return stay(NO_CONTACT_RETRY_DAYS, (next) => fill(S.noContact, { at: instantText(next) }));
    case 'RIGHT_PARTY_CONTACT':
      return stay(RIGHT_PARTY_CONTACT_FOLLOW_UP_DAYS, (next) => fill(S.spoke, { at: instantText(next) }));
    case 'PROMISE_TO_PAY':
      return decidePromise(snapshot, input, currency);
    case 'PAYMENT_PLAN':
      return decidePlan(snapshot, input, currency);
    case 'DISPUTE': {
      const reason = requireNote(input.note, T.whatDisputed);
      return close('ON_HOLD', fill(S.dispute, { reason: shorten(reason) }), { holdReason: reason });
    }
    case 'PAID':
      return close('PAID', S.paid, { markPaid: true });
    case 'UNCOLLECTIBLE': {
      const reason = requireNote(input.note, T.whyUncollectible);
      return close('UNCOLLECTIBLE', fill(S.uncollectible, { reason: shorten(reason) }));
    }
    case 'ESCALATE_LEGAL':
      return close('LEGAL', S.legal, { stage: 'COURT' });
    case 'CALLBACK':
      return decideCallback(snapshot, input);
  }
}
