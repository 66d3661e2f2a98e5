import type { LocalizedText } from '@mahnwerk/domain';

/** The API's own error messages a person reads, in every language. */
export const ERROR_TEXTS = {
  signInFirst: { en: 'Sign in first: this needs a valid token.', de: 'Bitte melden Sie sich zuerst an: Dafür ist ein gültiges Token erforderlich.', da: 'Log ind først: dette kræver et gyldigt token.' },
  notFound: { en: '{what} {id} does not exist.', de: '{what} {id} existiert nicht.', da: '{what} {id} findes ikke.' },
  rateLimited: {
    en: 'Too many sign-in attempts. Please wait {seconds} seconds and try again.',
    de: 'Zu viele Anmeldeversuche. Bitte warten Sie {seconds} Sekunden und versuchen Sie es dann erneut.',
    da: 'For mange loginforsøg. Vent venligst {seconds} sekunder, og prøv igen.',
  },
  rateLimitedOne: {
    en: 'Too many sign-in attempts. Please wait {seconds} second and try again.',
    de: 'Zu viele Anmeldeversuche. Bitte warten Sie {seconds} Sekunde und versuchen Sie es dann erneut.',
    da: 'For mange loginforsøg. Vent venligst {seconds} sekund, og prøv igen.',
  },
  valueNotAllowed: { en: 'A value is not allowed here; check the input.', de: 'Ein Wert ist hier nicht zulässig; bitte prüfen Sie Ihre Eingabe.', da: 'En værdi er ikke tilladt her; kontrollér venligst indtastningen.' },
  changedAtTheSameMoment: {
    en: 'Someone changed the same data at the same moment; try again.',
    de: 'Jemand hat im selben Moment dieselben Daten geändert; bitte versuchen Sie es erneut.',
    da: 'En anden har ændret de samme data i samme øjeblik; prøv venligst igen.',
  },
  internal: { en: 'Internal error; it has been logged.', de: 'Interner Fehler; er wurde protokolliert.', da: 'Intern fejl; den er blevet logget.' },
  invalidId: { en: '{name} "{value}" is not a valid id.', de: '{name} „{value}“ ist keine gültige ID.', da: '{name} "{value}" er ikke et gyldigt id.' },
  invalidInput: { en: 'Invalid input: {problems}.', de: 'Ungültige Eingabe: {problems}.', da: 'Ugyldigt input: {problems}.' },
  things: {
    Creditor: { en: 'Creditor', de: 'Gläubiger', da: 'Kreditor' },
    Case: { en: 'Case', de: 'Fall', da: 'Sag' },
    Debtor: { en: 'Debtor', de: 'Schuldner', da: 'Skyldner' },
    User: { en: 'User', de: 'Benutzer', da: 'Bruger' },
    Dispute: { en: 'Dispute', de: 'Einwand', da: 'Indsigelse' },
    Collector: { en: 'Collector', de: 'Sachbearbeiter', da: 'Sagsbehandler' },
    'Bank CSV mapping': { en: 'Bank CSV mapping', de: 'Bank-CSV-Zuordnung', da: 'Bank-CSV-tilknytning' },
    Settlement: { en: 'Settlement', de: 'Vergleich', da: 'Forlig' },
    Letter: { en: 'Letter', de: 'Brief', da: 'Brev' },
    Hold: { en: 'Hold', de: 'Zurückstellung', da: 'Pause' },
    Document: { en: 'Document', de: 'Dokument', da: 'Dokument' },
    'Case import': { en: 'Case import', de: 'Fallimport', da: 'Sagsimport' },
    'Bank transaction': { en: 'Bank transaction', de: 'Bankumsatz', da: 'Banktransaktion' },
    Approval: { en: 'Approval', de: 'Freigabe', da: 'Godkendelse' },
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
