import type { LocalizedText } from '@mahnwerk/domain';

/** The timeline's entries when a debtor's address is marked as found by an address search, or no longer. */
export const DEBTOR_TIMELINE_TEXTS = {
  addressResearched: {
    en: 'Address found by an address search (letters say so, RDG 13a(1) no. 7)',
    de: 'Anschrift durch eine Adressermittlung gefunden (die Briefe weisen darauf hin, § 13a Abs. 1 Nr. 7 RDG)',
    da: 'Adressen fundet ved en adresseeftersøgning (brevene oplyser det, tysk RDG § 13a, stk. 1, nr. 7)',
  },
  addressNoLongerResearched: {
    en: 'Address no longer marked as found by an address search',
    de: 'Anschrift nicht mehr als durch eine Adressermittlung gefunden markiert',
    da: 'Adressen er ikke længere markeret som fundet ved en adresseeftersøgning',
  },
} satisfies Record<string, LocalizedText>;
