import type { IsoDate } from '../dates.js';
import { formatCents } from '../money.js';
import type { Country } from '../stages.js';
import { formatIban } from '../creditors/creditor-settings.js';
import { letterTexts, type LetterLanguage } from './letter-texts.js';

/**
 * The payment reference a letter or e-mail asks the debtor to quote, in the form the bank import
 * matches (payments/bank-import/reference-match.ts: a claim reference and the debtor reference, joined
 * by "/", are each looked up by equality, and a claim hit confirmed by the debtor reference wins).
 * One case: its first claim reference and the debtor reference ("INV-2025-001/D-000123"), which
 * names exactly that case. Several cases in one consolidated letter: the debtor reference alone; a
 * transfer for several cases at once cannot be booked to one case automatically, and the debtor
 * reference leads the person reconciling it to the debtor.
 */
export function paymentReference(cases: readonly { claimReferences: readonly string[] }[], debtorRef: string): string {
  const first = cases.length === 1 ? cases[0]!.claimReferences[0]?.trim() : undefined;
  return first ? `${first}/${debtorRef}` : debtorRef;
}

export interface PaymentInstructionsInput {
  language: LetterLanguage;
  country: Country;
  accountHolder: string;
  iban: string;
  bic: string | null;
  reference: string;
  amountCents: number;
  currency: string;
  deadline: IsoDate;
}

/** The payment block of a dunning e-mail, in the words of the letters: amount and deadline, then where and how to pay. */
export function paymentInstructions(input: PaymentInstructionsInput): string[] {
  const t = letterTexts(input.language, input.country);
  return [
    t.payBy(formatCents(input.amountCents, input.currency, t.locale), t.date(input.deadline)),
    t.payTo(input.accountHolder, formatIban(input.iban), input.bic, input.reference),
  ];
}
