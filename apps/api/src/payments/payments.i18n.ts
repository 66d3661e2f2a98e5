import type { LocalizedText } from '@mahnwerk/domain';

/** What a person reads when a manual payment is refused. */
export const PAYMENT_API_TEXTS = {
  otherCurrency: {
    en: 'The case is kept in {caseCurrency}; a payment in {currency} cannot be booked on it.',
    de: 'Der Fall wird in {caseCurrency} geführt; eine Zahlung in {currency} kann darauf nicht gebucht werden.',
    da: 'Sagen føres i {caseCurrency}; en betaling i {currency} kan ikke bogføres på den.',
  },
  keyReused: {
    en: 'Idempotency key {key} was already used for a different payment; use a new key for a new payment.',
    de: 'Der Idempotenzschlüssel {key} wurde bereits für eine andere Zahlung verwendet; bitte verwenden Sie für eine neue Zahlung einen neuen Schlüssel.',
    da: 'Idempotensnøglen {key} er allerede brugt til en anden betaling; brug en ny nøgle til en ny betaling.',
  },
  sayWhyDeclined: { en: 'Say why it is declined.', de: 'Bitte geben Sie an, warum abgelehnt wird.', da: 'Angiv, hvorfor det afvises.' },
  reasonTooLong: { en: 'Keep the reason to {max} characters.', de: 'Bitte beschränken Sie den Grund auf {max} Zeichen.', da: 'Hold begrundelsen på højst {max} tegn.' },
  approvedAlready: {
    en: 'It was approved already; an approved payment cannot be declined.',
    de: 'Die Zahlung wurde bereits freigegeben; eine freigegebene Zahlung kann nicht abgelehnt werden.',
    da: 'Den er allerede godkendt; en godkendt betaling kan ikke afvises.',
  },
  declinedAlready: { en: 'It was declined; ask for it again if needed.', de: 'Die Freigabe wurde abgelehnt; bitte fordern Sie sie bei Bedarf erneut an.', da: 'Den blev afvist; anmod om den igen, hvis det er nødvendigt.' },
  declinedAlreadyBecause: {
    en: 'It was declined ("{reason}"); ask for it again if needed.',
    de: 'Die Freigabe wurde abgelehnt („{reason}“); bitte fordern Sie sie bei Bedarf erneut an.',
    da: 'Den blev afvist ("{reason}"); anmod om den igen, hvis det er nødvendigt.',
  },
} satisfies Record<string, LocalizedText>;

/** The kinds of approval a `notFound` names. */
export const APPROVAL_KIND_NAMES = {
  PAYMENT: { en: 'Payment approval', de: 'Zahlungsfreigabe', da: 'Betalingsgodkendelse' },
  PAID: { en: 'PAID outcome approval', de: 'Freigabe des Ergebnisses PAID', da: 'Godkendelse af resultatet PAID' },
} satisfies Record<string, LocalizedText>;
