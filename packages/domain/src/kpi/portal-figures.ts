import { addDays, compareDates, type IsoDate } from '../dates.js';

/**
 * Debtor portal figures for the managers' dashboard. The self-cure rate measures how often a visit to
 * the portal is followed by money: of the cases whose debtor signed in during the period, the share
 * with a payment received within SELF_CURE_WINDOW_DAYS days after a sign-in (the sign-in day counts
 * as day 0). Null when nobody signed in (nothing to measure), never 0 and never NaN.
 */
export const SELF_CURE_WINDOW_DAYS = 14;

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

/** Whether a payment received on `paidOn` follows a portal sign-in on `signedInOn` within the window. */
export function paidAfterPortalVisit(signedInOn: IsoDate, paidOn: IsoDate, windowDays: number = SELF_CURE_WINDOW_DAYS): boolean {
  assertCount('windowDays', windowDays);
  return compareDates(paidOn, signedInOn) >= 0 && compareDates(paidOn, addDays(signedInOn, windowDays)) <= 0;
}

/** Self-cure rate: cases with a payment within the window after a portal sign-in / cases with a sign-in. */
export function portalSelfCureRate(curedCases: number, signedInCases: number): number | null {
  assertCount('curedCases', curedCases);
  assertCount('signedInCases', signedInCases);
  if (curedCases > signedInCases) throw new RangeError(`more cured cases (${curedCases}) than cases signed in (${signedInCases})`);
  return signedInCases === 0 ? null : curedCases / signedInCases;
}
