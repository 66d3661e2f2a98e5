import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { MAX_AMOUNT_CENTS } from '../money.js';
import { RuleViolation } from '../rule-violation.js';

export interface PaymentToValidate {
  amountCents: number;
  receivedOn: IsoDate;
  /** Today in the creditor's time zone. */
  today: IsoDate;
}

/**
 * Checks a payment before it is recorded: a whole, positive number of cents no larger than
 * 10^12, received on a real calendar date that is not in the future. Throws RuleViolation.
 */
export function validatePayment({ amountCents, receivedOn, today }: PaymentToValidate): void {
  if (!isIsoDate(today)) throw new RangeError(`today is not a calendar date: ${String(today)}`);
  if (typeof amountCents !== 'number' || !Number.isFinite(amountCents)) {
    throw new RuleViolation('Enter the amount received, in cents', 'amountCents');
  }
  if (!Number.isInteger(amountCents)) {
    throw new RuleViolation(`The amount must be whole cents; ${amountCents} has a fraction of a cent`, 'amountCents');
  }
  if (amountCents <= 0) {
    throw new RuleViolation('The amount must be greater than zero; record refunds separately', 'amountCents');
  }
  if (amountCents > MAX_AMOUNT_CENTS) {
    throw new RuleViolation(
      `The amount ${amountCents} cents exceeds the maximum of ${MAX_AMOUNT_CENTS} cents for one payment`,
      'amountCents',
    );
  }
  if (!isIsoDate(receivedOn)) {
    throw new RuleViolation(`Payment date "${String(receivedOn)}" is not a valid date; use YYYY-MM-DD`, 'receivedOn');
  }
  if (compareDates(receivedOn, today) > 0) {
    throw new RuleViolation(`Payment date ${receivedOn} is in the future; use the day the money arrived`, 'receivedOn');
  }
}
