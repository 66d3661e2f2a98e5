import type { LocalizedText } from '../i18n/localized-text.js';

/** What a collector reads when a debtor's corrected details are refused. */
export const DEBTOR_DETAILS_TEXTS = {
  nameRequired: { en: 'The debtor needs a name.', de: 'Der Schuldner braucht einen Namen.', da: 'Skyldneren skal have et navn.' },
  nameTooLong: { en: 'A name has at most 200 characters.', de: 'Ein Name hat höchstens 200 Zeichen.', da: 'Et navn har højst 200 tegn.' },
  notAnEmail: { en: '"{email}" is not an e-mail address.', de: '„{email}“ ist keine E-Mail-Adresse.', da: '"{email}" er ikke en e-mailadresse.' },
  languageUnsupported: {
    en: 'Language "{language}" is not supported; choose one of {languages}.',
    de: 'Die Sprache „{language}“ wird nicht unterstützt; bitte wählen Sie eine von {languages}.',
    da: 'Sproget "{language}" understøttes ikke; vælg et af {languages}.',
  },
  notATimeZone: { en: '"{zone}" is not a time zone (e.g. Europe/Berlin).', de: '„{zone}“ ist keine Zeitzone (z. B. Europe/Berlin).', da: '"{zone}" er ikke en tidszone (f.eks. Europe/Copenhagen).' },
  addressRequired: {
    en: 'Enter the postal address, or mark it as unknown.',
    de: 'Bitte geben Sie die Postanschrift ein oder markieren Sie sie als unbekannt.',
    da: 'Angiv postadressen, eller markér den som ukendt.',
  },
  addressTooLong: { en: 'An address has at most 500 characters.', de: 'Eine Anschrift hat höchstens 500 Zeichen.', da: 'En adresse har højst 500 tegn.' },
} satisfies Record<string, LocalizedText>;

/** A debtor's fields as the timeline names them when they change; the English as DEBTOR_FIELD_LABELS. */
export const DEBTOR_FIELD_TEXTS = {
  name: { en: 'Name', de: 'Name', da: 'Navn' },
  address: { en: 'Address', de: 'Anschrift', da: 'Adresse' },
  email: { en: 'E-mail', de: 'E-Mail', da: 'E-mail' },
  phone: { en: 'Phone', de: 'Telefon', da: 'Telefon' },
  language: { en: 'Language', de: 'Sprache', da: 'Sprog' },
  timeZone: { en: 'Time zone', de: 'Zeitzone', da: 'Tidszone' },
  addressUnknown: { en: 'Address unknown', de: 'Anschrift unbekannt', da: 'Adresse ukendt' },
} satisfies Record<string, LocalizedText>;

/** The timeline's sentence for changed debtor details ({value}s are the details as entered). */
export const DEBTOR_CHANGE_TEXTS = {
  changed: { en: 'Debtor details changed: {changes}', de: 'Schuldnerdaten geändert: {changes}', da: 'Skyldneroplysninger ændret: {changes}' },
  change: { en: '{field} {before} → {after}', de: '{field} {before} → {after}', da: '{field} {before} → {after}' },
  none: { en: '(none)', de: '(keine)', da: '(ingen)' },
  yes: { en: 'yes', de: 'ja', da: 'ja' },
  no: { en: 'no', de: 'nein', da: 'nej' },
} satisfies Record<string, LocalizedText>;
