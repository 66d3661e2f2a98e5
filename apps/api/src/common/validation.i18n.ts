import { untranslated, type LocalizedText } from '@mahnwerk/domain';

/**
 * class-validator's messages ("amountCents must not be less than 1") and the inputs' own, in every
 * language: the English text after the field's name, matched whole; `{1}`, `{2}` are the values it
 * carries (a length, a list of allowed values).
 */
export const VALIDATION_TEXTS: readonly { pattern: RegExp; text: LocalizedText }[] = [
  { pattern: /^must be a UUID$/, text: { en: 'must be a UUID', de: 'muss eine UUID sein', da: 'skal være et UUID' } },
  { pattern: /^must be a string$/, text: { en: 'must be a string', de: 'muss ein Text sein', da: 'skal være en tekst' } },
  { pattern: /^must be an integer number$/, text: { en: 'must be an integer number', de: 'muss eine ganze Zahl sein', da: 'skal være et heltal' } },
  { pattern: /^must be a boolean value$/, text: { en: 'must be a boolean value', de: 'muss ein Wahrheitswert sein', da: 'skal være en sandhedsværdi' } },
  { pattern: /^should not be empty$/, text: { en: 'should not be empty', de: 'darf nicht leer sein', da: 'må ikke være tom' } },
  { pattern: /^must not be empty$/, text: { en: 'must not be empty', de: 'darf nicht leer sein', da: 'må ikke være tom' } },
  { pattern: /^must be an email$/, text: { en: 'must be an email', de: 'muss eine E-Mail-Adresse sein', da: 'skal være en e-mailadresse' } },
  { pattern: /^must be an e-mail address$/, text: { en: 'must be an e-mail address', de: 'muss eine E-Mail-Adresse sein', da: 'skal være en e-mailadresse' } },
  { pattern: /^must be a valid phone number$/, text: { en: 'must be a valid phone number', de: 'muss eine gültige Telefonnummer sein', da: 'skal være et gyldigt telefonnummer' } },
  { pattern: /^must be a Date instance$/, text: { en: 'must be a Date instance', de: 'muss ein Datum sein', da: 'skal være en dato' } },
  { pattern: /^must be shorter than or equal to (\d+) characters$/, text: { en: 'must be shorter than or equal to {1} characters', de: 'darf höchstens {1} Zeichen lang sein', da: 'må højst være {1} tegn lang' } },
  { pattern: /^must be longer than or equal to (\d+) characters$/, text: { en: 'must be longer than or equal to {1} characters', de: 'muss mindestens {1} Zeichen lang sein', da: 'skal være mindst {1} tegn lang' } },
  {
    pattern: /^must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/,
    text: { en: 'must be longer than or equal to {1} and shorter than or equal to {2} characters', de: 'muss zwischen {1} und {2} Zeichen lang sein', da: 'skal være mellem {1} og {2} tegn lang' },
  },
  { pattern: /^must not be less than (-?[\d.]+)$/, text: { en: 'must not be less than {1}', de: 'darf nicht kleiner als {1} sein', da: 'må ikke være mindre end {1}' } },
  { pattern: /^must not be greater than (-?[\d.]+)$/, text: { en: 'must not be greater than {1}', de: 'darf nicht größer als {1} sein', da: 'må ikke være større end {1}' } },
  { pattern: /^must be one of the following values: (.*)$/, text: { en: 'must be one of the following values: {1}', de: 'muss einer der folgenden Werte sein: {1}', da: 'skal være en af følgende værdier: {1}' } },
  { pattern: /^must contain no more than (\d+) elements$/, text: { en: 'must contain no more than {1} elements', de: 'darf höchstens {1} Einträge enthalten', da: 'må højst indeholde {1} elementer' } },
  { pattern: /^must contain at least (\d+) elements$/, text: { en: 'must contain at least {1} elements', de: 'muss mindestens {1} Einträge enthalten', da: 'skal indeholde mindst {1} elementer' } },
  { pattern: /^must match (.*) regular expression$/, text: { en: 'must match {1} regular expression', de: 'muss dem Muster {1} entsprechen', da: 'skal matche mønsteret {1}' } },
  { pattern: /^must be either object or array$/, text: { en: 'must be either object or array', de: 'muss ein Objekt oder eine Liste sein', da: 'skal være et objekt eller en liste' } },
  { pattern: /^must be a case id \(UUID\)$/, text: { en: 'must be a case id (UUID)', de: 'muss eine Fall-ID (UUID) sein', da: 'skal være et sags-id (UUID)' } },
  { pattern: /^must be case ids \(UUID\)$/, text: { en: 'must be case ids (UUID)', de: 'müssen Fall-IDs (UUID) sein', da: 'skal være sags-id’er (UUID)' } },
  { pattern: /^must be a team id \(UUID\)$/, text: { en: 'must be a team id (UUID)', de: 'muss eine Team-ID (UUID) sein', da: 'skal være et team-id (UUID)' } },
  { pattern: /^must be a creditor id \(UUID\)$/, text: { en: 'must be a creditor id (UUID)', de: 'muss eine Gläubiger-ID (UUID) sein', da: 'skal være et kreditor-id (UUID)' } },
  { pattern: /^must be a mapping id \(UUID\)$/, text: { en: 'must be a mapping id (UUID)', de: 'muss die ID einer Zuordnung (UUID) sein', da: 'skal være et tilknytnings-id (UUID)' } },
  { pattern: /^must hold at least one invoice$/, text: { en: 'must hold at least one invoice', de: 'muss mindestens eine Rechnung enthalten', da: 'skal indeholde mindst én faktura' } },
  {
    pattern: /^must hold at most (\d+) invoices per case$/,
    text: { en: 'must hold at most {1} invoices per case', de: 'darf höchstens {1} Rechnungen je Fall enthalten', da: 'må højst indeholde {1} fakturaer pr. sag' },
  },
  { pattern: /^must be creditor ids \(UUID\)$/, text: { en: 'must be creditor ids (UUID)', de: 'müssen Gläubiger-IDs (UUID) sein', da: 'skal være kreditor-id’er (UUID)' } },
  {
    pattern: /^must be two-letter codes such as de, da or en$/,
    text: { en: 'must be two-letter codes such as de, da or en', de: 'müssen zweibuchstabige Codes wie de, da oder en sein', da: 'skal være koder på to bogstaver som de, da eller en' },
  },
  { pattern: /^is letters, digits, "_" and "."$/, text: { en: 'is letters, digits, "_" and "."', de: 'besteht aus Buchstaben, Ziffern, „_“ und „.“', da: 'består af bogstaver, cifre, "_" og "."' } },
];

/** "each value in languages must ..." and "All X's elements must be unique" have the field inside the sentence. */
export const EACH_VALUE_IN: LocalizedText = { en: 'each value in {field} {rule}', de: 'jeder Wert in {field} {rule}', da: 'hver værdi i {field} {rule}' };
export const ELEMENTS_UNIQUE: LocalizedText = { en: "All {field}'s elements must be unique", de: 'Alle Einträge in {field} müssen eindeutig sein', da: 'Alle elementer i {field} skal være unikke' };
export const FIELD_RULE: LocalizedText = untranslated('{field} {rule}');
