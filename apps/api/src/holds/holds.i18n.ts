import type { CaseStatus, LocalizedText } from '@mahnwerk/domain';

/** What a person reads when a hold, a dispute or a dispute's document is refused. */
export const HOLD_API_TEXTS = {
  onlyLeadClarifies: {
    en: "Only a lead or an admin records the creditor's clarification.",
    de: 'Nur ein Teamleiter oder Administrator kann die Stellungnahme des Gläubigers erfassen.',
    da: 'Kun en teamleder eller administrator kan registrere kreditors afklaring.',
  },
  disputeResolved: { en: 'This dispute is resolved already.', de: 'Dieser Einwand ist bereits erledigt.', da: 'Denne indsigelse er allerede afgjort.' },
  onlyLeadResolves: { en: 'Only a lead or an admin resolves a dispute.', de: 'Nur ein Teamleiter oder Administrator kann über einen Einwand entscheiden.', da: 'Kun en teamleder eller administrator kan afgøre en indsigelse.' },
  noOpenDispute: {
    en: 'There is no open dispute on this case to add a document to.',
    de: 'Zu diesem Fall gibt es keinen offenen Einwand, dem ein Dokument hinzugefügt werden könnte.',
    da: 'Der er ingen åben indsigelse på denne sag, som et dokument kan tilføjes til.',
  },
  fileAttachedAlready: { en: 'This file is attached to the dispute already.', de: 'Diese Datei ist dem Einwand bereits beigefügt.', da: 'Denne fil er allerede vedhæftet indsigelsen.' },
  fileEmpty: { en: 'The file is empty.', de: 'Die Datei ist leer.', da: 'Filen er tom.' },
  fileTooLarge: { en: 'The file is larger than {mb} MB.', de: 'Die Datei ist größer als {mb} MB.', da: 'Filen er større end {mb} MB.' },
  fileKinds: { en: 'Only PDF, PNG and JPEG files are accepted.', de: 'Es werden nur PDF-, PNG- und JPEG-Dateien angenommen.', da: 'Kun PDF-, PNG- og JPEG-filer accepteres.' },
  onlyOpenHeld: {
    en: 'This case is {status}; only an open case can be put on hold.',
    de: 'Dieser Fall ist {status}; nur ein offener Fall kann zurückgestellt werden.',
    da: 'Denne sag er {status}; kun en åben sag kan sættes i bero.',
  },
  restrictionHold: {
    en: "This hold restricts processing at the debtor's request (Art. 18 GDPR); an admin lifts the restriction under Data protection.",
    de: 'Diese Zurückstellung schränkt die Verarbeitung auf Wunsch des Schuldners ein (Art. 18 DSGVO); ein Administrator hebt die Einschränkung unter Datenschutz auf.',
    da: 'Denne pause begrænser behandlingen efter skyldnerens ønske (art. 18 i GDPR); en administrator ophæver begrænsningen under Databeskyttelse.',
  },
  holdEnded: { en: 'This hold has ended already.', de: 'Diese Zurückstellung ist bereits beendet.', da: 'Denne pause er allerede afsluttet.' },
} satisfies Record<string, LocalizedText>;

/** A case's status inside a hold's refusal ("This case is uncollectible"). */
export const CASE_STATUS_WORDS: Readonly<Record<CaseStatus, LocalizedText>> = {
  OPEN: { en: 'open', de: 'offen', da: 'åben' },
  ON_HOLD: { en: 'on hold', de: 'zurückgestellt', da: 'sat i bero' },
  PAID: { en: 'paid', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'uncollectible', de: 'uneinbringlich', da: 'uerholdelig' },
  LEGAL: { en: 'legal', de: 'bei der Rechtsabteilung', da: 'hos juridisk afdeling' },
};
