import type { CaseStatus, DisputeReason, HoldType, LocalizedText } from '@mahnwerk/domain';

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

/** A hold's type at the start of a timeline entry ("Fraud check hold placed"); the English as HOLD_TYPE_LABELS. */
export const HOLD_TYPE_NAMES: Readonly<Record<HoldType, LocalizedText>> = {
  DISPUTE: { en: 'Dispute', de: 'Einwand', da: 'Indsigelse' },
  INSOLVENCY: { en: 'Insolvency', de: 'Insolvenz', da: 'Insolvens' },
  DECEASED: { en: 'Deceased', de: 'Verstorben', da: 'Afdød' },
  CEASE_CONTACT: { en: 'Cease contact', de: 'Kontaktverbot', da: 'Kontaktstop' },
  FRAUD_CHECK: { en: 'Fraud check', de: 'Betrugsprüfung', da: 'Svindelkontrol' },
  CREDITOR_RECALL: { en: 'Creditor recall', de: 'Rückruf durch Gläubiger', da: 'Tilbagekaldt af kreditor' },
  ADDRESS_RESEARCH: { en: 'Address research', de: 'Adressermittlung', da: 'Adresseeftersøgning' },
};

/**
 * The timeline's entries for holds and disputes. {reason}, {note}, {clarification} and {name} are
 * what a person typed (or a file's name): put in as written.
 */
export const HOLD_TIMELINE_TEXTS = {
  placed: { en: '{type} hold placed: {reason}', de: 'Zurückstellung ({type}) gesetzt: {reason}', da: 'Pause ({type}) oprettet: {reason}' },
  placedUntil: {
    en: '{type} hold placed until {until}: {reason}',
    de: 'Zurückstellung ({type}) gesetzt bis {until}: {reason}',
    da: 'Pause ({type}) oprettet indtil {until}: {reason}',
  },
  released: { en: '{type} hold released: {reason}', de: 'Zurückstellung ({type}) aufgehoben: {reason}', da: 'Pause ({type}) ophævet: {reason}' },
  ended: {
    en: '{type} hold ended on its end date',
    de: 'Zurückstellung ({type}) zum Enddatum beendet',
    da: 'Pause ({type}) udløbet på sin slutdato',
  },
  clarified: {
    en: "Creditor's clarification of the dispute: {clarification}",
    de: 'Stellungnahme des Gläubigers zum Einwand: {clarification}',
    da: 'Kreditors afklaring af indsigelsen: {clarification}',
  },
  upheldWithdrawn: {
    en: 'Dispute upheld, claim withdrawn: {note}',
    de: 'Einwand stattgegeben, Forderung zurückgenommen: {note}',
    da: 'Indsigelse taget til følge, kravet trukket tilbage: {note}',
  },
  upheldReduced: {
    en: 'Dispute upheld, claim reduced by {amount}: {note}',
    de: 'Einwand stattgegeben, Forderung um {amount} gemindert: {note}',
    da: 'Indsigelse taget til følge, kravet nedsat med {amount}: {note}',
  },
  rejected: {
    en: 'Dispute rejected, dunning resumes; a letter answers the objection: {note}',
    de: 'Einwand zurückgewiesen, das Mahnverfahren wird fortgesetzt; ein Brief beantwortet den Einwand: {note}',
    da: 'Indsigelse afvist, rykkerforløbet fortsætter; et brev besvarer indsigelsen: {note}',
  },
  resolvedRelease: { en: 'Dispute {resolution}: {note}', de: 'Einwand {resolution}: {note}', da: 'Indsigelse {resolution}: {note}' },
  documentAdded: {
    en: 'Document added to the dispute: {name}',
    de: 'Dokument zum Einwand hinzugefügt: {name}',
    da: 'Dokument føjet til indsigelsen: {name}',
  },
} satisfies Record<string, LocalizedText>;

/** Why a debtor disputes, at the start of a dispute hold's reason; the English as DISPUTE_REASON_LABELS. */
export const DISPUTE_REASON_TEXTS: Readonly<Record<DisputeReason, LocalizedText>> = {
  AMOUNT: { en: 'The amount is wrong', de: 'Der Betrag ist falsch', da: 'Beløbet er forkert' },
  NOT_RECEIVED: { en: 'Goods or service not received', de: 'Ware oder Leistung nicht erhalten', da: 'Vare eller ydelse ikke modtaget' },
  ALREADY_PAID: { en: 'Already paid', de: 'Bereits bezahlt', da: 'Allerede betalt' },
  NOT_MY_DEBT: { en: 'Not my debt', de: 'Schulde ich nicht', da: 'Ikke min gæld' },
  OTHER: { en: 'Other', de: 'Sonstiges', da: 'Andet' },
};

/** A dispute hold's reason: why, then the words of the person who opened it. */
export const DISPUTE_HOLD_REASON: LocalizedText = { en: '{why}: {note}', de: '{why}: {note}', da: '{why}: {note}' };

/** How a dispute was decided, inside "Dispute {resolution}". */
export const DISPUTE_RESOLUTION_WORDS = {
  UPHELD: { en: 'upheld', de: 'stattgegeben', da: 'taget til følge' },
  REJECTED: { en: 'rejected', de: 'zurückgewiesen', da: 'afvist' },
} satisfies Record<string, LocalizedText>;
