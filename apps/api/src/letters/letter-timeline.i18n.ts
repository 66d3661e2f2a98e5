import type { LocalizedText } from '@mahnwerk/domain';
import type { ReturnedMailReason } from './returned-mail.model.js';

/** The timeline's entries for letters posted with a print batch and for post that came back. */
export const LETTER_TIMELINE_TEXTS = {
  posted: {
    en: 'Letter posted with the print batch of {date}',
    de: 'Brief mit dem Druckstapel vom {date} zur Post gegeben',
    da: 'Brev sendt med udskriftsbunken fra {date}',
  },
  returned: {
    en: 'Post returned undelivered ({reason}). Address marked unknown; letters held until it is corrected.',
    de: 'Post unzustellbar zurückgekommen ({reason}). Anschrift als unbekannt markiert; Briefe werden zurückgehalten, bis sie korrigiert ist.',
    da: 'Post returneret som uanbringelig ({reason}). Adressen er markeret som ukendt; breve holdes tilbage, indtil den er rettet.',
  },
  returnedWithNote: {
    en: 'Post returned undelivered ({reason}): {note}. Address marked unknown; letters held until it is corrected.',
    de: 'Post unzustellbar zurückgekommen ({reason}): {note}. Anschrift als unbekannt markiert; Briefe werden zurückgehalten, bis sie korrigiert ist.',
    da: 'Post returneret som uanbringelig ({reason}): {note}. Adressen er markeret som ukendt; breve holdes tilbage, indtil den er rettet.',
  },
} satisfies Record<string, LocalizedText>;

/** Why post came back, as the timeline names it. */
export const RETURNED_MAIL_REASON_TEXTS: Readonly<Record<ReturnedMailReason, LocalizedText>> = {
  ADDRESSEE_UNKNOWN: { en: 'addressee unknown', de: 'Empfänger unbekannt', da: 'modtager ukendt' },
  MOVED: { en: 'moved', de: 'verzogen', da: 'fraflyttet' },
  REFUSED: { en: 'refused', de: 'Annahme verweigert', da: 'modtagelse nægtet' },
  INSUFFICIENT_ADDRESS: { en: 'address insufficient', de: 'Anschrift unzureichend', da: 'utilstrækkelig adresse' },
  OTHER: { en: 'other reason', de: 'sonstiger Grund', da: 'anden årsag' },
};
