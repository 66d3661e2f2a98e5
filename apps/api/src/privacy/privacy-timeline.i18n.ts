import type { LocalizedText } from '@mahnwerk/domain';

/** A restriction of processing's hold reasons as the case timeline words them (the hold itself keeps the English). */
export const PRIVACY_TIMELINE_TEXTS = {
  restricted: {
    en: "Processing restricted at the debtor's request (Art. 18 GDPR)",
    de: 'Verarbeitung auf Wunsch des Schuldners eingeschränkt (Art. 18 DSGVO)',
    da: 'Behandlingen begrænset efter skyldnerens ønske (art. 18 i GDPR)',
  },
  lifted: { en: 'Restriction of processing lifted', de: 'Einschränkung der Verarbeitung aufgehoben', da: 'Begrænsningen af behandlingen ophævet' },
} satisfies Record<string, LocalizedText>;
