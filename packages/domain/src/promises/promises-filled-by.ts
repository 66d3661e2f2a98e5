import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { isPromiseKept } from './promise-state.js';

/** A promise to pay (or one installment of a payment plan) that is still open. */
export interface OpenPromise {
  id: string;
  /** Day by which the promised amount must have arrived. */
  dueDate: IsoDate;
  /** Installment number within a payment plan; null for a single promise. */
  installment: number | null;
  amountCents: number;
  /** Payments counted towards this promise so far. */
  paidTowardsCents: number;
}

/** What one payment does to one open promise. */
export interface PromiseFill {
  id: string;
  /** Cents of this payment counted towards the promise (0 when it only turns out kept). */
  appliedCents: number;
  /** Counted towards the promise after this payment. */
  paidTowardsCents: number;
  /** The promise is kept now (isPromiseKept as of `asOf`). */
  kept: boolean;
}

/** Due date first; a plan's installments by number, a promise without one after them; otherwise as given. */
const fillOrder = (a: OpenPromise, b: OpenPromise): number =>
  compareDates(a.dueDate, b.dueDate) || installmentRank(a) - installmentRank(b);
const installmentRank = (p: OpenPromise): number => p.installment ?? Number.MAX_SAFE_INTEGER;

/** What the promise still waits for; never negative. */
const owedOn = (p: OpenPromise): number => Math.max(p.amountCents - p.paidTowardsCents, 0);

/**
 * Which open promises a payment of `paidCents` fills: the promises in due order (fillOrder), each
 * taking what it still waits for until the payment is used up, each cent counted once. A promise
 * whose amount is reached is kept (isPromiseKept), so part payments add up to keep one promise.
 * A remainder beyond the last promise counts towards none. Returns only the promises that change:
 * those the payment reaches, and an open promise already paid in full (it is kept now).
 */
export function promisesFilledBy(promises: readonly OpenPromise[], paidCents: number, asOf: IsoDate): PromiseFill[] {
  if (!Number.isSafeInteger(paidCents) || paidCents <= 0) {
    throw new RangeError(`paidCents must be a positive whole number of cents, got ${paidCents}`);
  }
  if (!isIsoDate(asOf)) throw new RangeError(`asOf is not a calendar date: ${String(asOf)}`);
  let remaining = paidCents;
  const fills: PromiseFill[] = [];
  for (const promise of [...promises].sort(fillOrder)) {
    const appliedCents = Math.min(remaining, owedOn(promise));
    remaining -= appliedCents;
    const paidTowardsCents = promise.paidTowardsCents + appliedCents;
    const kept = isPromiseKept({ dueDate: promise.dueDate, amountCents: promise.amountCents, paidTowardsCents }, asOf);
    if (appliedCents > 0 || kept) fills.push({ id: promise.id, appliedCents, paidTowardsCents, kept });
  }
  return fills;
}
