import type { LocalizedText } from '@mahnwerk/domain';

/** What an admin reads when a published reference rate is refused. */
export const INTEREST_RATE_TEXTS = {
  noTable: {
    en: 'Country {country} has no rate table; use DE or DK.',
    de: 'Für das Land {country} gibt es keine Zinstabelle; verwenden Sie DE oder DK.',
    da: 'Landet {country} har ingen rentetabel; brug DE eller DK.',
  },
  sourceTooShort: {
    en: 'Say where the rate was published (at least 3 characters).',
    de: 'Geben Sie an, wo der Satz veröffentlicht wurde (mindestens 3 Zeichen).',
    da: 'Angiv, hvor satsen blev offentliggjort (mindst 3 tegn).',
  },
  addedAlready: {
    en: 'A {country} rate from {from} was added already.',
    de: 'Ein Satz für {country} ab dem {from} wurde bereits eingetragen.',
    da: 'En sats for {country} fra {from} er allerede tilføjet.',
  },
} satisfies Record<string, LocalizedText>;
