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
} satisfies Record<string, LocalizedText>;
