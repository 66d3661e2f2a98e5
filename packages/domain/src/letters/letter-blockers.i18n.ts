import type { LocalizedText } from '../i18n/localized-text.js';

/** Why RDG 13a holds a letter to a German consumer, as a lead or collector reads it. */
export const LETTER_BLOCKER_TEXTS = {
  noSubjectNoDate: {
    en: 'Claim {reference} has no contract subject and no contract date (RDG 13a(1) no. 2)',
    de: 'Forderung {reference}: Vertragsgegenstand und Datum des Vertragsschlusses fehlen (§ 13a Abs. 1 Nr. 2 RDG)',
    da: 'Krav {reference} mangler aftalens genstand og aftaledato (RDG § 13a, stk. 1, nr. 2)',
  },
  noSubject: {
    en: 'Claim {reference} has no contract subject (RDG 13a(1) no. 2)',
    de: 'Forderung {reference}: Vertragsgegenstand fehlt (§ 13a Abs. 1 Nr. 2 RDG)',
    da: 'Krav {reference} mangler aftalens genstand (RDG § 13a, stk. 1, nr. 2)',
  },
  noDate: {
    en: 'Claim {reference} has no contract date (RDG 13a(1) no. 2)',
    de: 'Forderung {reference}: Datum des Vertragsschlusses fehlt (§ 13a Abs. 1 Nr. 2 RDG)',
    da: 'Krav {reference} mangler aftaledato (RDG § 13a, stk. 1, nr. 2)',
  },
  noAuthority: {
    en: 'No supervisory authority is in force on the letter date (RDG 13a(1) no. 8): an admin adds it in the agency settings',
    de: 'Am Datum des Schreibens ist keine Aufsichtsbehörde eingetragen (§ 13a Abs. 1 Nr. 8 RDG): Die Administration trägt sie in den Einstellungen der Agentur ein',
    da: 'Ingen tilsynsmyndighed gælder på brevets dato (RDG § 13a, stk. 1, nr. 8): en administrator tilføjer den i bureauets indstillinger',
  },
} satisfies Record<string, LocalizedText>;
