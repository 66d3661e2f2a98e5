import type { LocalizedText } from '@mahnwerk/domain';

/** The timeline's entries for a letter the writer wrote ({title}: the letter's own title, in the letter's language). */
export const LETTER_WRITER_TEXTS = {
  dunningSentOne: {
    en: '{title} sent by post ({count} case, payment due by {deadline})',
    de: '{title} per Post versandt ({count} Fall, Zahlung fällig bis {deadline})',
    da: '{title} sendt med posten ({count} sag, betaling senest {deadline})',
  },
  dunningSentOther: {
    en: '{title} sent by post ({count} cases, payment due by {deadline})',
    de: '{title} per Post versandt ({count} Fälle, Zahlung fällig bis {deadline})',
    da: '{title} sendt med posten ({count} sager, betaling senest {deadline})',
  },
  caseLetterWritten: {
    en: '{title}: letter written, goes out with the print batch',
    de: '{title}: Brief erstellt, geht mit dem nächsten Druckstapel hinaus',
    da: '{title}: brev skrevet, sendes med næste udskriftsbunke',
  },
} satisfies Record<string, LocalizedText>;
