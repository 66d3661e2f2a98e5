import { addDays, compareDates, type IsoDate } from '../dates.js';

export interface PromiseProgress {
  /** Day by which the promised amount must have arrived. */
  dueDate: IsoDate;
  amountCents: number;
  /** Payments counted towards this promise so far. */
  paidTowardsCents: number;
}

export type PromiseState = 'KEPT' | 'BROKEN' | 'PENDING';

/**
 * KEPT once the promised amount is paid in full; BROKEN when it is not and the due date plus
 * the grace days has passed (as of `asOf`); PENDING otherwise.
 */
export function promiseState(promise: PromiseProgress, asOf: IsoDate, graceDays = 0): PromiseState {
  if (!Number.isSafeInteger(graceDays) || graceDays < 0) {
    throw new RangeError(`graceDays must be a non-negative whole number, got ${graceDays}`);
  }
  if (promise.paidTowardsCents >= promise.amountCents) return 'KEPT';
  return compareDates(asOf, addDays(promise.dueDate, graceDays)) > 0 ? 'BROKEN' : 'PENDING';
}

/** The promised amount was not paid in full by the due date (+ grace) and that day has passed. */
export function isPromiseBroken(promise: PromiseProgress, asOf: IsoDate, graceDays = 0): boolean {
  return promiseState(promise, asOf, graceDays) === 'BROKEN';
}

/** The promised amount has been paid in full. */
export function isPromiseKept(promise: PromiseProgress, asOf: IsoDate, graceDays = 0): boolean {
  return promiseState(promise, asOf, graceDays) === 'KEPT';
}
