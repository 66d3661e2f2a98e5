import type { LocalizedText, PaymentApprovalReason } from '@mahnwerk/domain';

/** The timeline's entries for a payment booked or waiting for approval ({reference}: as given). */
export const PAYMENT_TIMELINE_TEXTS = {
  received: { en: 'Payment of {amount} received {date} ({reference})', de: 'Zahlung von {amount} eingegangen am {date} ({reference})', da: 'Betaling på {amount} modtaget {date} ({reference})' },
  receivedByBank: {
    en: 'Payment of {amount} received {date} by bank transfer ({reference})',
    de: 'Zahlung von {amount} eingegangen am {date} per Überweisung ({reference})',
    da: 'Betaling på {amount} modtaget {date} ved bankoverførsel ({reference})',
  },
  paidInFull: { en: '; case paid in full', de: '; Fall vollständig bezahlt', da: '; sagen er betalt fuldt ud' },
  overpaid: { en: '; {amount} overpaid, to refund', de: '; {amount} zu viel gezahlt, zu erstatten', da: '; {amount} betalt for meget, skal tilbagebetales' },
  awaitsApproval: {
    en: 'Payment of {amount} received {date} ({reference}) waits for approval: {reasons}',
    de: 'Zahlung von {amount}, eingegangen am {date} ({reference}), wartet auf Freigabe: {reasons}',
    da: 'Betaling på {amount} modtaget {date} ({reference}) afventer godkendelse: {reasons}',
  },
} satisfies Record<string, LocalizedText>;

/** Why a manual payment waits for a lead; the English as PAYMENT_APPROVAL_REASON_LABELS. */
export const PAYMENT_APPROVAL_REASON_TEXTS: Readonly<Record<PaymentApprovalReason, LocalizedText>> = {
  ABOVE_THRESHOLD: { en: "above the creditor's approval threshold", de: 'über der Freigabegrenze des Gläubigers', da: 'over kreditors godkendelsesgrænse' },
  OVERPAYMENT: { en: 'more than the open balance', de: 'mehr als der offene Saldo', da: 'mere end den åbne saldo' },
  PAID_WITH_BALANCE: { en: 'marked paid while a balance is open', de: 'als bezahlt markiert, obwohl ein Saldo offen ist', da: 'markeret som betalt, mens der er en åben saldo' },
};
