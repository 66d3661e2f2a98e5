import { type IsoDate, daysBetween } from '../dates.js';
import { amountText, dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { BANK_TEXTS } from './bank.i18n.js';

/** How far apart a bank credit's date and a manual payment's date may be to count as the same money. */
export const DOUBLE_BOOKING_WINDOW_DAYS = 3;

/** A payment already booked on the case, as the rule compares it. */
export interface BookedPayment {
  id: string;
  /** MANUAL: recorded by a person (recordPayment); BANK: from a statement; other sources as stored. */
  source: string;
  amountCents: number;
  currency: string;
  receivedAt: IsoDate;
}

/** A bank credit about to be booked on a case. */
export interface BankCredit {
  amountCents: number;
  currency: string;
  bookingDate: IsoDate;
  valueDate: IsoDate | null;
}

const withinWindow = (a: IsoDate, b: IsoDate) => Math.abs(daysBetween(a, b)) <= DOUBLE_BOOKING_WINDOW_DAYS;

/**
 * The earlier manual payment this bank credit probably is already (a collector recorded the transfer
 * the debtor announced, then the statement brings it): same case (the caller's list), same amount and
 * currency, and its date within DOUBLE_BOOKING_WINDOW_DAYS of the credit's booking or value date.
 * The closest in time wins (then the first given); null when none matches.
 */
export function possibleDoubleBooking(credit: BankCredit, payments: readonly BookedPayment[]): BookedPayment | null {
  const dates = credit.valueDate ? [credit.bookingDate, credit.valueDate] : [credit.bookingDate];
  const distance = (p: BookedPayment) => Math.min(...dates.map((d) => Math.abs(daysBetween(d, p.receivedAt))));
  const hits = payments.filter((p) => p.source === 'MANUAL' && p.amountCents === credit.amountCents
    && p.currency === credit.currency && dates.some((d) => withinWindow(d, p.receivedAt)));
  return hits.reduce<BookedPayment | null>((best, p) => (best === null || distance(p) < distance(best) ? p : best), null);
}

/** Why the credit waits for review instead of being booked, for the review list, in every language. */
export function doubleBookingReason(payment: BookedPayment): LocalizedText {
  return fill(BANK_TEXTS.possiblyBookedTwice, {
    amount: amountText(payment.amountCents, payment.currency), date: dateText(payment.receivedAt), paymentId: payment.id,
  });
}
