import { fill, type LocalizedText } from '../i18n/localized-text.js';

/**
 * What a lead reads about a case import file: a row's fault (after the column at fault, "debtor_email: …"),
 * the header's and the import's own problems. Column names stay as the file spells them.
 */
export const INTAKE_TEXTS = {
  rowProblem: { en: '{field}: {problem}', de: '{field}: {problem}', da: '{field}: {problem}' },
  empty: { en: 'is empty; every row needs it.', de: 'ist leer; jede Zeile braucht diesen Wert.', da: 'er tom; hver række skal have den.' },
  tooLong: {
    en: 'is {length} characters long; at most {max} are allowed.',
    de: 'ist {length} Zeichen lang; erlaubt sind höchstens {max}.',
    da: 'er {length} tegn lang; højst {max} er tilladt.',
  },
  notADate: { en: '"{value}" is not a date in the form YYYY-MM-DD.', de: '„{value}“ ist kein Datum der Form JJJJ-MM-TT.', da: '"{value}" er ikke en dato på formen ÅÅÅÅ-MM-DD.' },
  notOneOf: { en: '"{value}" is not one of {values}.', de: '„{value}“ ist keiner der Werte {values}.', da: '"{value}" er ikke en af {values}.' },
  refWithSlash: { en: '"{value}" may not contain "/".', de: '„{value}“ darf kein „/“ enthalten.', da: '"{value}" må ikke indeholde "/".' },
  notACountry: {
    en: '"{value}" is not a two-letter country code (ISO 3166, e.g. DE, DK).',
    de: '„{value}“ ist kein zweibuchstabiger Ländercode (ISO 3166, z. B. DE, DK).',
    da: '"{value}" er ikke en landekode på to bogstaver (ISO 3166, f.eks. DE, DK).',
  },
  notAnEmail: { en: '"{value}" is not an e-mail address.', de: '„{value}“ ist keine E-Mail-Adresse.', da: '"{value}" er ikke en e-mailadresse.' },
  notAPhone: { en: '"{value}" is not a phone number.', de: '„{value}“ ist keine Telefonnummer.', da: '"{value}" er ikke et telefonnummer.' },
  notCents: {
    en: '"{value}" is not a whole number of cents (e.g. 12500 for 125.00).',
    de: '„{value}“ ist kein ganzzahliger Centbetrag (z. B. 12500 für 125,00).',
    da: '"{value}" er ikke et helt antal øre (f.eks. 12500 for 125,00).',
  },
  notPositive: { en: 'must be more than 0.', de: 'muss größer als 0 sein.', da: 'skal være større end 0.' },
  tooLarge: {
    en: '{value} exceeds the largest claim ({max} cents).',
    de: '{value} übersteigt die größte zulässige Forderung ({max} Cent).',
    da: '{value} overstiger det største tilladte krav ({max} øre).',
  },
  notACurrency: {
    en: '"{value}" is not a three-letter currency code (e.g. EUR, DKK).',
    de: '„{value}“ ist kein dreibuchstabiger Währungscode (z. B. EUR, DKK).',
    da: '"{value}" er ikke en valutakode på tre bogstaver (f.eks. EUR, DKK).',
  },
  inTheFuture: { en: '{date} lies in the future.', de: '{date} liegt in der Zukunft.', da: '{date} ligger i fremtiden.' },
  beforeInvoiceDate: {
    en: '{date} is before the invoice date {invoiceDate}.',
    de: '{date} liegt vor dem Rechnungsdatum {invoiceDate}.',
    da: '{date} ligger før fakturadatoen {invoiceDate}.',
  },
  beforeDueDate: {
    en: '{date} is before the due date {dueDate}.',
    de: '{date} liegt vor dem Fälligkeitsdatum {dueDate}.',
    da: '{date} ligger før forfaldsdatoen {dueDate}.',
  },
  afterInvoiceDate: {
    en: '{date} is after the invoice date {invoiceDate}.',
    de: '{date} liegt nach dem Rechnungsdatum {invoiceDate}.',
    da: '{date} ligger efter fakturadatoen {invoiceDate}.',
  },
  notReminders: {
    en: '"{value}" is not a number of reminders from 0 to {max}.',
    de: '„{value}“ ist keine Anzahl von Mahnungen zwischen 0 und {max}.',
    da: '"{value}" er ikke et antal rykkere fra 0 til {max}.',
  },
  // Rows and files as a whole.
  fieldCount: {
    en: 'The row has {count} fields; the header has {headerCount}.',
    de: 'Die Zeile hat {count} Felder; die Kopfzeile hat {headerCount}.',
    da: 'Rækken har {count} felter; overskriftsrækken har {headerCount}.',
  },
  unreadableLine: { en: 'The line is not valid CSV: {reason}', de: 'Die Zeile ist kein gültiges CSV: {reason}', da: 'Linjen er ikke gyldig CSV: {reason}' },
  noCreditor: {
    en: 'creditor_ref: no creditor has the ref "{ref}".',
    de: 'creditor_ref: Kein Gläubiger hat die Referenz „{ref}“.',
    da: 'creditor_ref: ingen kreditor har referencen "{ref}".',
  },
  otherCurrency: {
    en: 'currency: the creditor {creditor} keeps its claims in {currency}, not {given}.',
    de: 'currency: Der Gläubiger {creditor} führt seine Forderungen in {currency}, nicht in {given}.',
    da: 'currency: kreditoren {creditor} fører sine krav i {currency}, ikke i {given}.',
  },
  creditorCurrency: {
    en: 'currency: the creditor {creditor} keeps its claims in {currency}.',
    de: 'currency: Der Gläubiger {creditor} führt seine Forderungen in {currency}.',
    da: 'currency: kreditoren {creditor} fører sine krav i {currency}.',
  },
  notStored: { en: 'The row could not be stored: {reason}', de: 'Die Zeile konnte nicht gespeichert werden: {reason}', da: 'Rækken kunne ikke gemmes: {reason}' },
  missingColumnOne: {
    en: 'The header row lacks the column {columns}; a case import file needs {required}.',
    de: 'In der Kopfzeile fehlt die Spalte {columns}; eine Fallimportdatei braucht {required}.',
    da: 'Overskriftsrækken mangler kolonnen {columns}; en sagsimportfil skal have {required}.',
  },
  missingColumnOther: {
    en: 'The header row lacks the columns {columns}; a case import file needs {required}.',
    de: 'In der Kopfzeile fehlen die Spalten {columns}; eine Fallimportdatei braucht {required}.',
    da: 'Overskriftsrækken mangler kolonnerne {columns}; en sagsimportfil skal have {required}.',
  },
  duplicatedColumns: {
    en: 'The header row names {columns} more than once.',
    de: 'Die Kopfzeile nennt {columns} mehr als einmal.',
    da: 'Overskriftsrækken nævner {columns} mere end én gang.',
  },
  unknownColumnOne: { en: 'Unknown column ignored: {columns}.', de: 'Unbekannte Spalte ignoriert: {columns}.', da: 'Ukendt kolonne ignoreret: {columns}.' },
  unknownColumnOther: { en: 'Unknown columns ignored: {columns}.', de: 'Unbekannte Spalten ignoriert: {columns}.', da: 'Ukendte kolonner ignoreret: {columns}.' },
  fileEmpty: {
    en: 'The file is empty: it needs a header row and at least one row.',
    de: 'Die Datei ist leer: Sie braucht eine Kopfzeile und mindestens eine Zeile.',
    da: 'Filen er tom: den skal have en overskriftsrække og mindst én række.',
  },
  stoppedAtRow: { en: 'The import stopped at row {row}: {reason}', de: 'Der Import wurde in Zeile {row} abgebrochen: {reason}', da: 'Importen stoppede ved række {row}: {reason}' },
  importFailed: { en: 'The import failed.', de: 'Der Import ist fehlgeschlagen.', da: 'Importen mislykkedes.' },
  interrupted: {
    en: 'interrupted: the server stopped during the import; re-import the file, rows already placed count as duplicates',
    de: 'unterbrochen: Der Server wurde während des Imports beendet; bitte importieren Sie die Datei erneut, bereits übergebene Zeilen zählen als Dubletten',
    da: 'afbrudt: serveren stoppede under importen; importér filen igen, rækker der allerede er overdraget, tæller som dubletter',
  },
} satisfies Record<string, LocalizedText>;

/** A row's fault as the lead reads it: the column at fault, then what is wrong with it. */
export function rowProblemText(field: string, problem: LocalizedText): LocalizedText {
  return fill(INTAKE_TEXTS.rowProblem, { field, problem });
}

/** "The row has 3 fields; the header has 13." */
export function fieldCountText(count: number, headerCount: number): LocalizedText {
  return fill(INTAKE_TEXTS.fieldCount, { count, headerCount });
}
