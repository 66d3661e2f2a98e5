import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { MAX_AMOUNT_CENTS } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { dateText, fill } from '../i18n/localized-text.js';
import { OUTCOME_TEXTS as T } from './outcomes.i18n.js';

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
    throw new RuleViolation(T.enterAmountReceived, 'amountCents');
  }
  if (!Number.isInteger(amountCents)) {
    throw new RuleViolation(fill(T.amountFraction, { amount: amountCents }), 'amountCents');
  }
  if (amountCents <= 0) {
    throw new RuleViolation(T.amountNotPositive, 'amountCents');
  }
  if (amountCents > MAX_AMOUNT_CENTS) {
    throw new RuleViolation(
      fill(T.amountTooLarge, { amount: amountCents, max: MAX_AMOUNT_CENTS }),
      'amountCents',
    );
  }
  if (!isIsoDate(receivedOn)) {
    throw new RuleViolation(fill(T.paymentDateInvalid, { value: String(receivedOn) }), 'receivedOn');
  }
  if (compareDates(receivedOn, today) > 0) {
    throw new RuleViolation(fill(T.paymentInFuture, { date: dateText(receivedOn) }), 'receivedOn');
  }
}
