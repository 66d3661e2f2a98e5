import type { DunningStage } from '../stages.js';

export interface PriorityInput {
  /** Open balance in cents (<= 0 counts as nothing open). */
  openCents: number;
  /** Days since the oldest claim fell due (negative = not yet due). */
  daysOverdue: number;
  stage: DunningStage;
  /** Promises to pay the debtor has broken on this case. */
  brokenPromises: number;
  /** A callback agreed with the debtor is due now. */
  callbackDue: boolean;
}

/** The named parts of a priority score; they add up to the score. */
export interface PriorityParts {
  balance: number;
  overdue: number;
  stage: number;
  brokenPromises: number;
  callback: number;
}

/** Maximum points per part; the maxima add up to 1000. */
export const PRIORITY_WEIGHTS = {
  /** Log-scaled open balance, full weight at BALANCE_FULL_WEIGHT_CENTS. */
  balance: 350,
  /** Days overdue, linear, capped at OVERDUE_CAP_DAYS. */
  overdue: 200,
  /** Highest stage points (see STAGE_PRIORITY). */
  stage: 150,
  /** Per broken promise, up to BROKEN_PROMISES_CAP promises. */
  brokenPromise: 50,
  /** A due callback: the debtor expects the call. */
  callback: 150,
} as const;

/** Balance at which the balance part reaches its full weight: 1,000,000.00. */
export const BALANCE_FULL_WEIGHT_CENTS = 100_000_000;
export const OVERDUE_CAP_DAYS = 365;
export const BROKEN_PROMISES_CAP = 3;

/**
 * Stage points (at most PRIORITY_WEIGHTS.stage). The agency's own work rises from reminder to
 * agency hand-over; court and enforcement cases are driven by lawyers and court deadlines, so
 * they rank below every stage before court.
 */
export const STAGE_PRIORITY: Readonly<Record<DunningStage, number>> = {
  REMINDER: 30,
  DUNNING_1: 60,
  DUNNING_2: 90,
  PHONE: 120,
  AGENCY: 150,
  COURT: 20,
  ENFORCEMENT: 10,
};

function finite(value: number, name: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`Priority input ${name} must be a finite number, got ${value}`);
  return value;
}

/** The named, integer parts of a case's priority (each monotonic in its input). */
export function priorityParts(input: PriorityInput): PriorityParts {
  const openCents = Math.max(0, finite(input.openCents, 'openCents'));
  const daysOverdue = Math.max(0, finite(input.daysOverdue, 'daysOverdue'));
  const broken = Math.max(0, finite(input.brokenPromises, 'brokenPromises'));
  const stagePoints = STAGE_PRIORITY[input.stage];
  if (stagePoints === undefined) throw new RangeError(`Unknown dunning stage: ${String(input.stage)}`);

  // log10(1 + amount in major units) / log10(1 + 1,000,000): 0 at nothing open, 1 at a million.
  const balanceShare = Math.min(
    1,
    Math.log10(1 + openCents / 100) / Math.log10(1 + BALANCE_FULL_WEIGHT_CENTS / 100),
  );
  return {
    balance: Math.round(PRIORITY_WEIGHTS.balance * balanceShare),
    overdue: Math.round((PRIORITY_WEIGHTS.overdue * Math.min(daysOverdue, OVERDUE_CAP_DAYS)) / OVERDUE_CAP_DAYS),
    stage: stagePoints,
    brokenPromises: PRIORITY_WEIGHTS.brokenPromise * Math.min(Math.floor(broken), BROKEN_PROMISES_CAP),
    callback: input.callbackDue ? PRIORITY_WEIGHTS.callback : 0,
  };
}

/** Work-first score, an integer 0..1000: the sum of {@link priorityParts}. */
export function casePriority(input: PriorityInput): number {
  const p = priorityParts(input);
  const total = p.balance + p.overdue + p.stage + p.brokenPromises + p.callback;
  return Math.min(1000, Math.max(0, total));
}
