/** The portal's languages and how one is chosen: pure, so it is tested without a browser. */
export const PORTAL_LANGUAGES = ['de', 'en', 'da'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/** What the switch shows: each language in its own words. */
export const LANGUAGE_NAMES: Record<PortalLanguage, string> = { de: 'Deutsch', en: 'English', da: 'Dansk' };

/** The locale numbers and dates are written in for each language. */
export const LANGUAGE_LOCALES: Record<PortalLanguage, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

/** When none of the browser's languages is one of ours. */
export const FALLBACK_LANGUAGE: PortalLanguage = 'en';

export function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages ("da-DK", "de", "en-US", ...) that the portal speaks. */
export function browserLanguage(preferred: readonly string[]): PortalLanguage {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isPortalLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/**
 * The language to show: the one the debtor picked with the switch in this session, else (once signed
 * in) the case's language, else the browser's.
 */
export function chooseLanguage(input: {
  chosen?: string | null;
  caseLanguage?: string | null;
  browser: readonly string[];
}): PortalLanguage {
  if (isPortalLanguage(input.chosen)) return input.chosen;
  const caseLanguage = input.caseLanguage?.toLowerCase();
  if (isPortalLanguage(caseLanguage)) return caseLanguage;
  return browserLanguage(input.browser);
}
