import { BROKEN_PROMISES_CAP, DEFAULT_PRIORITY_WEIGHTS } from '../priority/case-priority.js';

/**
 * Days after a promise's due date before an unpaid promise counts as broken, unless configured
 * otherwise (the API's PROMISE_GRACE_DAYS): a bank transfer made on the due day may take this long.
 */
export const PROMISE_GRACE_DAYS = 3;

/** The highest priority a case can have (casePriority's range is 0..1000). */
export const PRIORITY_MAX = 1000;

/**
 * What breaking promises adds to a case's priority: the broken-promise part grows as
 * priorityParts computes it, from `alreadyBroken` to `alreadyBroken + newlyBroken` broken promises
 * (counted up to {@link BROKEN_PROMISES_CAP}), out of the creditor's maximum for the part.
 */
export const BROKEN_PROMISE_PRIORITY_BUMP = {
  cap: BROKEN_PROMISES_CAP,
  defaultMaxPoints: DEFAULT_PRIORITY_WEIGHTS.brokenPromises,
  priorityMax: PRIORITY_MAX,
} as const;

/** Points of the broken-promise part for `broken` broken promises, with `maxPoints` for the part. */
export function brokenPromisePoints(broken: number, maxPoints: number = BROKEN_PROMISE_PRIORITY_BUMP.defaultMaxPoints): number {
  if (!Number.isSafeInteger(broken) || broken < 0) throw new RangeError(`broken must be a non-negative whole number, got ${broken}`);
  if (!Number.isSafeInteger(maxPoints) || maxPoints < 0) throw new RangeError(`maxPoints must be a non-negative whole number, got ${maxPoints}`);
  return Math.round((maxPoints * Math.min(broken, BROKEN_PROMISES_CAP)) / BROKEN_PROMISES_CAP);
}

export interface BrokenPromiseEffect {
  /** Points added to the priority. */
  bump: number;
  /** The case's priority afterwards (at most {@link PRIORITY_MAX}). */
  priority: number;
}

/**
 * The effect of `newlyBroken` promises breaking on a case with `priority`, `alreadyBroken` broken
 * before and `maxPoints` for the broken-promise part (the creditor's weight).
 */
export function brokenPromiseEffect(
  c: { priority: number; alreadyBroken: number; newlyBroken: number; maxPoints?: number | null },
): BrokenPromiseEffect {
  const max = c.maxPoints ?? BROKEN_PROMISE_PRIORITY_BUMP.defaultMaxPoints;
  const bump = brokenPromisePoints(c.alreadyBroken + c.newlyBroken, max) - brokenPromisePoints(c.alreadyBroken, max);
  return { bump, priority: Math.min(PRIORITY_MAX, c.priority + bump) };
}
