import type { LocalizedText } from '@mahnwerk/domain';

/** What a lead reads when the API refuses a case file or a case placed by hand (the rows' faults are the domain's INTAKE_TEXTS). */
export const INTAKE_API_TEXTS = {
  fileTooLong: {
    en: 'The file has {length} characters; importCases takes at most {max}. Upload larger files on the Intake screen (POST /imports/cases).',
    de: 'Die Datei hat {length} Zeichen; importCases nimmt höchstens {max}. Laden Sie größere Dateien auf der Seite „Fallannahme“ hoch (POST /imports/cases).',
    da: 'Filen har {length} tegn; importCases tager højst {max}. Upload større filer på siden Sagsmodtagelse (POST /imports/cases).',
  },
  idTaken: {
    en: 'An import with the id {id} exists already; start a new one with a new id.',
    de: 'Ein Import mit der ID {id} existiert bereits; starten Sie einen neuen mit einer neuen ID.',
    da: 'En import med id {id} findes allerede; start en ny med et nyt id.',
  },
  noCreditorWithId: { en: 'No creditor has the id {id}.', de: 'Kein Gläubiger hat die ID {id}.', da: 'Ingen kreditor har id {id}.' },
  invoiceRefTwice: {
    en: 'invoiceRef: each invoice of a case needs its own reference.',
    de: 'invoiceRef: Jede Rechnung eines Falls braucht eine eigene Referenz.',
    da: 'invoiceRef: hver faktura i en sag skal have sin egen reference.',
  },
  placedBefore: {
    en: 'The creditor {creditor} placed {invoices} before; an invoice is placed once.',
    de: 'Der Gläubiger {creditor} hat {invoices} bereits übergeben; eine Rechnung wird nur einmal übergeben.',
    da: 'Kreditoren {creditor} har allerede overdraget {invoices}; en faktura overdrages kun én gang.',
  },
  idNotUuid: { en: 'id must be a UUID.', de: 'id muss eine UUID sein.', da: 'id skal være et UUID.' },
  sendBody: {
    en: 'Send the file as the request body with Content-Type: text/csv.',
    de: 'Senden Sie die Datei als Anfrageinhalt mit Content-Type: text/csv.',
    da: 'Send filen som anmodningens indhold med Content-Type: text/csv.',
  },
  roleMayNotImport: {
    en: 'Your role {role} may not import cases; it needs LEAD or ADMIN.',
    de: 'Ihre Rolle {role} darf keine Fälle importieren; dafür ist LEAD oder ADMIN erforderlich.',
    da: 'Din rolle {role} må ikke importere sager; det kræver LEAD eller ADMIN.',
  },
} satisfies Record<string, LocalizedText>;
