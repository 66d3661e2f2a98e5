import { localDateTime, formatTimeOfDay } from '../contact-policy/zoned-time.js';
import { daysBetween, isIsoDate, type IsoDate } from '../dates.js';
import { formatAmount } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { STAGE_LABELS, type DunningStage } from '../stages.js';

/**
 * Counts of a case's recent contact outcomes (the caller picks the window; the API uses the last
 * 30 days). "Reached" are outcomes where the debtor was on the phone: right-party contact, promise
 * to pay, payment plan, callback agreed.
 */
export interface OutcomeHistory {
  noContact: number;
  reached: number;
  /** Promises or installments paid in full (kept). */
  promisesKept: number;
}

export interface PriorityInput {
  /** Open balance in cents (<= 0 counts as nothing open). */
  openCents: number;
  /** Days since the oldest claim fell due (negative = not yet due). */
  daysOverdue: number;
  stage: DunningStage;
  /** Promises to pay and installments the debtor has broken (missed) on this case. */
  brokenPromises: number;
  /** A callback agreed with the debtor is due now. */
  callbackDue: boolean;
  /** Currency of openCents, for the explanation (default EUR). */
  currency?: string;
  /** The day the score is computed for; needed with limitationDate and nextCourtDeadline. */
  asOf?: IsoDate;
  /** Last day before the earliest open claim is time-barred; null/absent = none known. */
  limitationDate?: IsoDate | null;
  /** Next open court deadline (objection, enforcement application ...); null/absent = none. */
  nextCourtDeadline?: IsoDate | null;
  /** Whole days since the last contact attempt; null = never contacted; absent = not known (no points). */
  daysSinceLastContact?: number | null;
  /** Recent outcomes; absent = not known (counted as no history). */
  outcomeHistory?: OutcomeHistory;
  /** What the debtor asked for in the portal that waits for a person; absent/empty = nothing. */
  portalRequests?: readonly PortalRequest[];
}

/**
 * A debtor's portal action that needs a person: a plan proposal outside the creditor's rules not yet
 * answered (a plan recorded or the proposal declined), or a callback request not yet done (no
 * outcome recorded by staff after it). `window` is the callback window as the collector reads it.
 */
export type PortalRequest = { kind: 'PLAN_REVIEW' } | { kind: 'CALLBACK'; window: string };

/**
 * What a pending portal request adds to a case's priority: a fixed bump outside the creditor's
 * weights (as large as the default broken-promise part), once however many requests wait, so a
 * debtor who asked is answered before a similar case; the part is listed only while one waits.
 */
export const PORTAL_REQUEST_PRIORITY_BUMP = { key: 'portalRequest', points: 150 } as const;
export const PORTAL_REQUEST_LABEL = 'Debtor asked in the portal';

/** "2026-12-08 14:00–16:00 (Europe/Berlin)": a callback window in a zone (the end's date when it differs). */
export function formatCallbackWindow(from: Date, to: Date, timeZone: string): string {
  const a = localDateTime(from, timeZone);
  const b = localDateTime(to, timeZone);
  const end = a.date === b.date ? formatTimeOfDay(b.msOfDay) : `${b.date} ${formatTimeOfDay(b.msOfDay)}`;
  return `${a.date} ${formatTimeOfDay(a.msOfDay)}–${end} (${timeZone})`;
}

/** The label of the portal-request part: "Debtor asked in the portal: plan to review; callback requested for …". */
export function portalRequestReason(requests: readonly PortalRequest[]): string {
  const asks = requests.map((r) => (r.kind === 'PLAN_REVIEW' ? 'plan to review' : `callback requested for ${r.window}`));
  return `${PORTAL_REQUEST_LABEL}: ${asks.join('; ')}`;
}

export const PRIORITY_PART_KEYS = [
  'balance',
  'overdue',
  'stage',
  'brokenPromises',
  'callback',
  'limitation',
  'courtDeadline',
  'lastContact',
  'outcomeHistory',
] as const;
export type PriorityPartKey = (typeof PRIORITY_PART_KEYS)[number];

/** Maximum points per part, configurable per creditor. Non-negative integers adding up to 1..1000. */
export type PriorityWeights = Record<PriorityPartKey, number>;

/**
 * Defaults (they add up to 1000). Money and age carry the most; a broken promise or a due callback
 * brings a case back to the front; limitation and court deadlines lift cases that lose value if
 * nobody acts; contact recency and outcome history break ties between similar cases.
 */
export const DEFAULT_PRIORITY_WEIGHTS: Readonly<PriorityWeights> = {
  balance: 250,
  overdue: 150,
  stage: 100,
  brokenPromises: 150,
  callback: 120,
  limitation: 90,
  courtDeadline: 70,
  lastContact: 40,
  outcomeHistory: 30,
};

export const PRIORITY_PART_LABELS: Readonly<Record<PriorityPartKey, string>> = {
  balance: 'Open balance',
  overdue: 'Days overdue',
  stage: 'Dunning stage',
  brokenPromises: 'Broken promises / missed installments',
  callback: 'Callback due',
  limitation: 'Limitation approaching',
  courtDeadline: 'Court deadline approaching',
  lastContact: 'Time since last contact',
  outcomeHistory: 'Outcome history',
};

/** One named part of a score: what it adds, its maximum, and why, in a sentence for a collector. */
export interface PriorityPart {
  /** A weighted part, or the portal-request bump (listed only while a request waits). */
  key: PriorityPartKey | typeof PORTAL_REQUEST_PRIORITY_BUMP.key;
  label: string;
  points: number;
  maxPoints: number;
  explanation: string;
}

/** Balance at which the balance part reaches its full weight: 1,000,000.00. */
export const BALANCE_FULL_WEIGHT_CENTS = 100_000_000;
export const OVERDUE_CAP_DAYS = 365;
/** Broken promises counted; each adds weights.brokenPromises / BROKEN_PROMISES_CAP. */
export const BROKEN_PROMISES_CAP = 3;
/** Limitation part: rises linearly over the last 90 days before the limitation date (full on it). */
export const LIMITATION_WINDOW_DAYS = 90;
/** Court deadline part: rises linearly over the last 30 days before the deadline (full on it). */
export const COURT_DEADLINE_WINDOW_DAYS = 30;
/** Last-contact part: rises linearly to full after 14 days without contact (and when never contacted). */
export const LAST_CONTACT_FULL_DAYS = 14;

/**
 * Share of the stage part per stage, in percent. The agency's own work rises from reminder to
 * agency hand-over; court and enforcement cases are driven by lawyers and court deadlines (the
 * court deadline part lifts them when one approaches), so they rank below every stage before court.
 */
export const STAGE_PRIORITY: Readonly<Record<DunningStage, number>> = {
  REMINDER: 20,
  DUNNING_1: 40,
  DUNNING_2: 60,
  PHONE: 80,
  AGENCY: 100,
  COURT: 15,
  ENFORCEMENT: 10,
};

export interface PriorityWeightsProblem {
  field: string;
  message: string;
}

/** Problems with a set of weights (empty = valid): every part present, non-negative integers, total 1..1000. */
export function validatePriorityWeights(w: unknown): PriorityWeightsProblem[] {
  if (typeof w !== 'object' || w === null) return [{ field: 'weights', message: 'Weights must be an object with one maximum per part.' }];
  const problems: PriorityWeightsProblem[] = [];
  const record = w as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(PRIORITY_PART_KEYS as readonly string[]).includes(key)) {
      problems.push({ field: key, message: `Unknown priority part "${key}"; the parts are ${PRIORITY_PART_KEYS.join(', ')}.` });
    }
  }
  let total = 0;
  for (const key of PRIORITY_PART_KEYS) {
    const v = record[key];
    if (v === undefined) {
      problems.push({ field: key, message: `${PRIORITY_PART_LABELS[key]}: a maximum is missing.` });
    } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      problems.push({ field: key, message: `${PRIORITY_PART_LABELS[key]}: the maximum must be a whole number of 0 or more, got ${String(v)}.` });
    } else {
      total += v;
    }
  }
  if (problems.length === 0 && (total < 1 || total > 1000)) {
    problems.push({ field: 'weights', message: `The maxima add up to ${total}; they must add up to between 1 and 1000.` });
  }
  return problems;
}

function finite(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`Priority input ${name} must be a finite number, got ${value}`);
  return value;
}

function count(value: number, name: string): number {
  return Math.max(0, Math.floor(finite(value, name)));
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

function requireAsOf(input: PriorityInput, field: string): IsoDate {
  if (!isIsoDate(input.asOf)) throw new RangeError(`Priority input ${field} needs asOf (YYYY-MM-DD), got ${String(input.asOf)}`);
  return input.asOf;
}

/** Linear share 0..1 of a window that fills as `daysLeft` goes from `window` down to 0. */
function approaching(daysLeft: number, window: number): number {
  if (daysLeft < 0 || daysLeft > window) return 0;
  return (window - daysLeft) / window;
}

/**
 * The named, integer parts of a case's priority with the given maxima (each part monotonic in its
 * input); they add up to {@link casePriority}.
 */
export function priorityParts(input: PriorityInput, weights: Readonly<PriorityWeights> = DEFAULT_PRIORITY_WEIGHTS): PriorityPart[] {
  const problems = validatePriorityWeights(weights);
  if (problems.length) throw new RuleViolation(problems.map((p) => p.message).join(' '), 'weights');
  const openCents = Math.max(0, finite(input.openCents, 'openCents'));
  const daysOverdue = Math.max(0, Math.floor(finite(input.daysOverdue, 'daysOverdue')));
  const broken = count(input.brokenPromises, 'brokenPromises');
  const stagePercent = STAGE_PRIORITY[input.stage];
  if (stagePercent === undefined) throw new RangeError(`Unknown dunning stage: ${String(input.stage)}`);
  const currency = input.currency ?? 'EUR';

  const part = (key: PriorityPartKey, share: number, why: (points: number, max: number) => string): PriorityPart => {
    const maxPoints = weights[key];
    const points = Math.round(maxPoints * Math.min(1, Math.max(0, share)));
    return { key, label: PRIORITY_PART_LABELS[key], points, maxPoints, explanation: why(points, maxPoints) };
  };
  const of = (p: number, max: number) => `${p} of ${max} points`;

  // log10(1 + amount in major units) / log10(1 + 1,000,000): 0 at nothing open, 1 at a million.
  const balanceShare = Math.log10(1 + openCents / 100) / Math.log10(1 + BALANCE_FULL_WEIGHT_CENTS / 100);
  const parts: PriorityPart[] = [
    part('balance', balanceShare, (p, m) =>
      `Open balance ${formatAmount(Math.round(openCents), currency)}: ${of(p, m)} (log scale, full at ${formatAmount(BALANCE_FULL_WEIGHT_CENTS, currency)}).`),
    part('overdue', Math.min(daysOverdue, OVERDUE_CAP_DAYS) / OVERDUE_CAP_DAYS, (p, m) =>
      `${days(daysOverdue)} overdue: ${of(p, m)} (full after ${OVERDUE_CAP_DAYS} days).`),
    part('stage', stagePercent / 100, (p, m) =>
      `Stage ${STAGE_LABELS[input.stage]}: ${of(p, m)} (${stagePercent}% of the stage maximum).`),
    part('brokenPromises', Math.min(broken, BROKEN_PROMISES_CAP) / BROKEN_PROMISES_CAP, (p, m) =>
      broken === 0
        ? `No broken promise or missed installment: ${of(p, m)}.`
        : `${broken} broken promise${broken === 1 ? '' : 's'} or missed installment${broken === 1 ? '' : 's'}: ${of(p, m)} (counted up to ${BROKEN_PROMISES_CAP}).`),
    part('callback', input.callbackDue ? 1 : 0, (p, m) =>
      input.callbackDue ? `A callback agreed with the debtor is due: ${of(p, m)}.` : `No callback due: ${of(p, m)}.`),
  ];

  const limitationDate = input.limitationDate ?? null;
  if (limitationDate === null) {
    parts.push(part('limitation', 0, (p, m) => `No limitation date in sight: ${of(p, m)}.`));
  } else {
    const left = daysBetween(requireAsOf(input, 'limitationDate'), limitationDate);
    parts.push(part('limitation', approaching(left, LIMITATION_WINDOW_DAYS), (p, m) =>
      left < 0
        ? `Time-barred since ${limitationDate}: ${of(p, m)}.`
        : `Limitation on ${limitationDate}, in ${days(left)}: ${of(p, m)} (rises over the last ${LIMITATION_WINDOW_DAYS} days).`));
  }

  const deadline = input.nextCourtDeadline ?? null;
  if (deadline === null) {
    parts.push(part('courtDeadline', 0, (p, m) => `No open court deadline: ${of(p, m)}.`));
  } else {
    const left = daysBetween(requireAsOf(input, 'nextCourtDeadline'), deadline);
    parts.push(part('courtDeadline', approaching(left, COURT_DEADLINE_WINDOW_DAYS), (p, m) =>
      left < 0
        ? `Court deadline ${deadline} has passed: ${of(p, m)}.`
        : `Court deadline on ${deadline}, in ${days(left)}: ${of(p, m)} (rises over the last ${COURT_DEADLINE_WINDOW_DAYS} days).`));
  }

  const since = input.daysSinceLastContact;
  if (since === undefined) {
    parts.push(part('lastContact', 0, (p, m) => `Last contact not known: ${of(p, m)}.`));
  } else if (since === null) {
    parts.push(part('lastContact', 1, (p, m) => `Never contacted: ${of(p, m)}.`));
  } else {
    const d = count(since, 'daysSinceLastContact');
    parts.push(part('lastContact', Math.min(d, LAST_CONTACT_FULL_DAYS) / LAST_CONTACT_FULL_DAYS, (p, m) =>
      `Last contact attempt ${d === 0 ? 'today' : `${days(d)} ago`}: ${of(p, m)} (full after ${LAST_CONTACT_FULL_DAYS} days).`));
  }

  const h = input.outcomeHistory ?? { noContact: 0, reached: 0, promisesKept: 0 };
  const noContact = count(h.noContact, 'outcomeHistory.noContact');
  const reached = count(h.reached, 'outcomeHistory.reached');
  const kept = count(h.promisesKept, 'outcomeHistory.promisesKept');
  // Smoothed reach rate: (reached + kept + 1) / (reached + kept + noContact + 2); no history = 50%.
  const good = reached + kept;
  const rate = (good + 1) / (good + noContact + 2);
  parts.push(part('outcomeHistory', rate, (p, m) =>
    good + noContact === 0
      ? `No recent contact outcomes: ${of(p, m)} (half).`
      : `Recently ${reached} reached, ${kept} promise${kept === 1 ? '' : 's'} kept, ${noContact} without contact: ` +
        `reach rate ${Math.round(rate * 100)}%, ${of(p, m)}.`));

  const requests = input.portalRequests ?? [];
  if (requests.length > 0) {
    const points = PORTAL_REQUEST_PRIORITY_BUMP.points;
    const reason = portalRequestReason(requests);
    parts.push({
      key: PORTAL_REQUEST_PRIORITY_BUMP.key, label: reason, points, maxPoints: points,
      explanation: `${reason}: ${of(points, points)} until a person answers it.`,
    });
  }
  return parts;
}

/** Work-first score, an integer 0..1000: the sum of {@link priorityParts}. */
export function casePriority(input: PriorityInput, weights: Readonly<PriorityWeights> = DEFAULT_PRIORITY_WEIGHTS): number {
  const total = priorityParts(input, weights).reduce((sum, p) => sum + p.points, 0);
  return Math.min(1000, Math.max(0, total));
}
