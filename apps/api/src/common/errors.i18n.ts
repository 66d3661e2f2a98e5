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
  // The operation limits (graphql-limits.ts): a query refused before it runs.
  depthLimit: {
    en: 'Query depth limit of {max} exceeded, found {found}.',
    de: 'Die Abfrage ist zu tief verschachtelt: erlaubt sind {max} Ebenen, gefunden wurden {found}.',
    da: 'Forespørgslen er for dybt indlejret: {max} niveauer er tilladt, der blev fundet {found}.',
  },
  aliasLimit: {
    en: 'Aliases limit of {max} exceeded, found {found}.',
    de: 'Die Abfrage hat zu viele Aliasse: erlaubt sind {max}, gefunden wurden {found}.',
    da: 'Forespørgslen har for mange aliasser: {max} er tilladt, der blev fundet {found}.',
  },
  costLimit: {
    en: 'Query Cost limit of {max} exceeded, found {found}.',
    de: 'Die Abfrage ist zu aufwendig: erlaubt sind Kosten von {max}, berechnet wurden {found}.',
    da: 'Forespørgslen er for krævende: en pris på {max} er tilladt, der blev beregnet {found}.',
  },
  directiveLimit: {
    en: 'Directives limit of {max} exceeded, found {found}.',
    de: 'Die Abfrage hat zu viele Direktiven: erlaubt sind {max}, gefunden wurden {found}.',
    da: 'Forespørgslen har for mange direktiver: {max} er tilladt, der blev fundet {found}.',
  },
  tokenLimit: {
    en: 'Token limit of {max} exceeded.',
    de: 'Die Abfrage ist zu lang: erlaubt sind {max} Token.',
    da: 'Forespørgslen er for lang: {max} token er tilladt.',
  },
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
