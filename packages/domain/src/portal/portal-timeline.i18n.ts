import type { LocalizedText } from '../i18n/localized-text.js';

/**
 * The staff timeline's entries for what a debtor did in the portal. Codes ({reasons}, {reason},
 * {channel}), a file's name and the debtor's own words are put in as they are.
 */
export const PORTAL_TIMELINE_TEXTS = {
  planAccepted: {
    en: 'Proposed by the debtor in the portal: {count} monthly installments from {date}',
    de: 'Vom Schuldner im Portal vorgeschlagen: {count} Monatsraten ab {date}',
    da: 'Foreslået af skyldneren i portalen: {count} månedlige rater fra {date}',
  },
  planForReview: {
    en: 'Plan proposed in the portal, for review: {count} monthly installments from {date} ({reasons})',
    de: 'Ratenplan im Portal vorgeschlagen, zur Prüfung: {count} Monatsraten ab {date} ({reasons})',
    da: 'Afdragsordning foreslået i portalen, til gennemsyn: {count} månedlige rater fra {date} ({reasons})',
  },
  contactChanged: {
    en: 'Contact details changed by the debtor in the portal: {changes}',
    de: 'Kontaktdaten vom Schuldner im Portal geändert: {changes}',
    da: 'Kontaktoplysninger ændret af skyldneren i portalen: {changes}',
  },
  preferredChannel: { en: 'Preferred channel: {channel}', de: 'Bevorzugter Kanal: {channel}', da: 'Foretrukken kanal: {channel}' },
  noChannel: { en: 'none', de: 'keiner', da: 'ingen' },
  disputed: {
    en: 'The debtor disputes the claim in the portal ({reason}): {text}',
    de: 'Der Schuldner bestreitet die Forderung im Portal ({reason}): {text}',
    da: 'Skyldneren bestrider kravet i portalen ({reason}): {text}',
  },
  documentAdded: {
    en: 'The debtor added a document to the dispute in the portal: {name}',
    de: 'Der Schuldner hat im Portal ein Dokument zum Einwand hinzugefügt: {name}',
    da: 'Skyldneren har tilføjet et dokument til indsigelsen i portalen: {name}',
  },
  proposalDeclined: {
    en: 'Plan proposed in the portal declined',
    de: 'Im Portal vorgeschlagener Ratenplan abgelehnt',
    da: 'Afdragsordning foreslået i portalen afvist',
  },
} satisfies Record<string, LocalizedText>;
