import { localDateTime, formatTimeOfDay } from '../contact-policy/zoned-time.js';
import { daysBetween, isIsoDate, type IsoDate } from '../dates.js';
import { amountText, dateText, fill, joinTexts, plural, type LocalizedText, type TextLanguage } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import type { DunningStage } from '../stages.js';
import {
  PRIORITY_PART_LABEL_TEXTS, PRIORITY_STAGE_TEXTS, PRIORITY_TEXTS as T, daysAfterPrepositionText, daysText, pointsText,
} from './priority.i18n.js';

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
export type PortalRequest = { kind: 'PLAN_REVIEW' } | { kind: 'CALLBACK'; window: string | LocalizedText };

/**
 * What a pending portal request adds to a case's priority: a fixed bump outside the creditor's
 * weights (as large as the default broken-promise part), once however many requests wait, so a
 * debtor who asked is answered before a similar case; the part is listed only while one waits.
 */
export const PORTAL_REQUEST_PRIORITY_BUMP = { key: 'portalRequest', points: 150 } as const;
export const PORTAL_REQUEST_LABEL = T.portalAsked.en;

/**
 * "2026-12-08 14:00–16:00 (Europe/Berlin)" / "08.12.2026 14:00–16:00 (Europe/Berlin)": a callback
 * window in a zone in each language (the end's date when it differs).
 */
export function callbackWindowText(from: Date, to: Date, timeZone: string): LocalizedText {
  const a = localDateTime(from, timeZone);
  const b = localDateTime(to, timeZone);
  const at = (date: string, ms: number): LocalizedText => fill({ en: '{date} {time}', de: '{date} {time}', da: '{date} {time}' }, {
    date: dateText(date), time: formatTimeOfDay(ms),
  });
  const end: LocalizedText | string = a.date === b.date ? formatTimeOfDay(b.msOfDay) : at(b.date, b.msOfDay);
  return fill(T.callbackWindow, { from: at(a.date, a.msOfDay), to: end, zone: timeZone });
}

/** "2026-12-08 14:00–16:00 (Europe/Berlin)": the English {@link callbackWindowText}. */
export function formatCallbackWindow(from: Date, to: Date, timeZone: string): string {
  return callbackWindowText(from, to, timeZone).en;
}

/** The label of the portal-request part in each language: "Debtor asked in the portal: plan to review; callback requested for …". */
export function portalRequestReasonText(requests: readonly PortalRequest[]): LocalizedText {
  const asks = requests.map((r) => (r.kind === 'PLAN_REVIEW' ? T.planToReview : fill(T.callbackRequested, { window: r.window })));
  return fill(T.portalReason, { asked: T.portalAsked, asks: joinTexts(asks, '; ') });
}

/** The English {@link portalRequestReasonText}. */
export function portalRequestReason(requests: readonly PortalRequest[]): string {
  return portalRequestReasonText(requests).en;
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

export const PRIORITY_PART_LABELS: Readonly<Record<PriorityPartKey, string>> = Object.fromEntries(
  PRIORITY_PART_KEYS.map((key) => [key, PRIORITY_PART_LABEL_TEXTS[key].en]),
) as Record<PriorityPartKey, string>;

/** One named part of a score: what it adds, its maximum, and why, in a sentence for a collector. */
export interface PriorityPart {
  /** A weighted part, or the portal-request bump (listed only while a request waits). */
  key: PriorityPartKey | typeof PORTAL_REQUEST_PRIORITY_BUMP.key;
  /** In English; `texts.label` in every language. */
  label: string;
  points: number;
  maxPoints: number;
  /** In English; `texts.explanation` in every language. */
  explanation: string;
  texts: { label: LocalizedText; explanation: LocalizedText };
}

/** A part with its label and explanation in one language. */
export function priorityPartIn(part: PriorityPart, language: TextLanguage): Omit<PriorityPart, 'texts'> {
  return { key: part.key, label: part.texts.label[language], points: part.points, maxPoints: part.maxPoints, explanation: part.texts.explanation[language] };
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
  /** In English; `texts` in every language. */
  message: string;
  texts: LocalizedText;
}

/** Problems with a set of weights (empty = valid): every part present, non-negative integers, total 1..1000. */
export function validatePriorityWeights(w: unknown): PriorityWeightsProblem[] {
  const problem = (field: string, texts: LocalizedText): PriorityWeightsProblem => ({ field, message: texts.en, texts });
  if (typeof w !== 'object' || w === null) return [problem('weights', T.weightsNotObject)];
  const problems: PriorityWeightsProblem[] = [];
  const record = w as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(PRIORITY_PART_KEYS as readonly string[]).includes(key)) {
      problems.push(problem(key, fill(T.unknownPart, { key, keys: PRIORITY_PART_KEYS.join(', ') })));
    }
  }
  let total = 0;
  for (const key of PRIORITY_PART_KEYS) {
    const v = record[key];
    const label = PRIORITY_PART_LABEL_TEXTS[key];
    if (v === undefined) {
      problems.push(problem(key, fill(T.maximumMissing, { label })));
    } else if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      problems.push(problem(key, fill(T.maximumNotWhole, { label, value: String(v) })));
    } else {
      total += v;
    }
  }
  if (problems.length === 0 && (total < 1 || total > 1000)) {
    problems.push(problem('weights', fill(T.weightsTotal, { total })));
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
  if (problems.length) throw new RuleViolation(joinTexts(problems.map((p) => p.texts)), 'weights');
  const openCents = Math.max(0, finite(input.openCents, 'openCents'));
  const daysOverdue = Math.max(0, Math.floor(finite(input.daysOverdue, 'daysOverdue')));
  const broken = count(input.brokenPromises, 'brokenPromises');
  const stagePercent = STAGE_PRIORITY[input.stage];
  if (stagePercent === undefined) throw new RangeError(`Unknown dunning stage: ${String(input.stage)}`);
  const currency = input.currency ?? 'EUR';

  const part = (key: PriorityPartKey, share: number, why: (points: LocalizedText) => LocalizedText): PriorityPart => {
    const maxPoints = weights[key];
    const points = Math.round(maxPoints * Math.min(1, Math.max(0, share)));
    const label = PRIORITY_PART_LABEL_TEXTS[key];
    const explanation = why(pointsText(points, maxPoints));
    return { key, label: label.en, points, maxPoints, explanation: explanation.en, texts: { label, explanation } };
  };

  // log10(1 + amount in major units) / log10(1 + 1,000,000): 0 at nothing open, 1 at a million.
  const balanceShare = Math.log10(1 + openCents / 100) / Math.log10(1 + BALANCE_FULL_WEIGHT_CENTS / 100);
  const parts: PriorityPart[] = [
    part('balance', balanceShare, (points) =>
      fill(T.balance, { amount: amountText(Math.round(openCents), currency), points, full: amountText(BALANCE_FULL_WEIGHT_CENTS, currency) })),
    part('overdue', Math.min(daysOverdue, OVERDUE_CAP_DAYS) / OVERDUE_CAP_DAYS, (points) =>
      fill(T.overdue, { days: daysText(daysOverdue), points, cap: OVERDUE_CAP_DAYS })),
    part('stage', stagePercent / 100, (points) =>
      fill(T.stage, { stage: PRIORITY_STAGE_TEXTS[input.stage], points, percent: stagePercent })),
    part('brokenPromises', Math.min(broken, BROKEN_PROMISES_CAP) / BROKEN_PROMISES_CAP, (points) =>
      broken === 0
        ? fill(T.noBrokenPromise, { points })
        : fill(broken === 1 ? T.brokenPromisesOne : T.brokenPromisesOther, { count: broken, points, cap: BROKEN_PROMISES_CAP })),
    part('callback', input.callbackDue ? 1 : 0, (points) => fill(input.callbackDue ? T.callbackDue : T.noCallback, { points })),
  ];

  const limitationDate = input.limitationDate ?? null;
  if (limitationDate === null) {
    parts.push(part('limitation', 0, (points) => fill(T.noLimitation, { points })));
  } else {
    const left = daysBetween(requireAsOf(input, 'limitationDate'), limitationDate);
    parts.push(part('limitation', approaching(left, LIMITATION_WINDOW_DAYS), (points) =>
      left < 0
        ? fill(T.timeBarred, { date: dateText(limitationDate), points })
        : fill(T.limitationAhead, { date: dateText(limitationDate), days: daysAfterPrepositionText(left), points, window: LIMITATION_WINDOW_DAYS })));
  }

  const deadline = input.nextCourtDeadline ?? null;
  if (deadline === null) {
    parts.push(part('courtDeadline', 0, (points) => fill(T.noCourtDeadline, { points })));
  } else {
    const left = daysBetween(requireAsOf(input, 'nextCourtDeadline'), deadline);
    parts.push(part('courtDeadline', approaching(left, COURT_DEADLINE_WINDOW_DAYS), (points) =>
      left < 0
        ? fill(T.courtDeadlinePassed, { date: dateText(deadline), points })
        : fill(T.courtDeadlineAhead, { date: dateText(deadline), days: daysAfterPrepositionText(left), points, window: COURT_DEADLINE_WINDOW_DAYS })));
  }

  const since = input.daysSinceLastContact;
  if (since === undefined) {
    parts.push(part('lastContact', 0, (points) => fill(T.lastContactUnknown, { points })));
  } else if (since === null) {
    parts.push(part('lastContact', 1, (points) => fill(T.neverContacted, { points })));
  } else {
    const d = count(since, 'daysSinceLastContact');
    parts.push(part('lastContact', Math.min(d, LAST_CONTACT_FULL_DAYS) / LAST_CONTACT_FULL_DAYS, (points) =>
      d === 0
        ? fill(T.lastContactToday, { points, full: LAST_CONTACT_FULL_DAYS })
        : fill(T.lastContactAgo, { days: daysAfterPrepositionText(d), points, full: LAST_CONTACT_FULL_DAYS })));
  }

  const h = input.outcomeHistory ?? { noContact: 0, reached: 0, promisesKept: 0 };
  const noContact = count(h.noContact, 'outcomeHistory.noContact');
  const reached = count(h.reached, 'outcomeHistory.reached');
  const kept = count(h.promisesKept, 'outcomeHistory.promisesKept');
  // Smoothed reach rate: (reached + kept + 1) / (reached + kept + noContact + 2); no history = 50%.
  const good = reached + kept;
  const rate = (good + 1) / (good + noContact + 2);
  parts.push(part('outcomeHistory', rate, (points) =>
    good + noContact === 0
      ? fill(T.noOutcomes, { points })
      : fill(T.outcomes, { reached, kept: plural(kept, { one: T.keptOne, other: T.keptOther }), noContact, rate: Math.round(rate * 100), points })));

  const requests = input.portalRequests ?? [];
  if (requests.length > 0) {
    const points = PORTAL_REQUEST_PRIORITY_BUMP.points;
    const reason = portalRequestReasonText(requests);
    const explanation = fill(T.portalExplanation, { reason, points: pointsText(points, points) });
    parts.push({
      key: PORTAL_REQUEST_PRIORITY_BUMP.key, label: reason.en, points, maxPoints: points,
      explanation: explanation.en, texts: { label: reason, explanation },
    });
  }
  return parts;
}

/** Work-first score, an integer 0..1000: the sum of {@link priorityParts}. */
export function casePriority(input: PriorityInput, weights: Readonly<PriorityWeights> = DEFAULT_PRIORITY_WEIGHTS): number {
  const total = priorityParts(input, weights).reduce((sum, p) => sum + p.points, 0);
  return Math.min(1000, Math.max(0, total));
}
