/** Languages the workbench speaks; English is the fallback. */
export const UI_LANGUAGES = ['en', 'de', 'da'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_UI_LANGUAGE: UiLanguage = 'en';

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * The first supported language among a person's preferences, in their order ("de-AT" counts as "de");
 * English when none is supported.
 */
export function pickUiLanguage(preferences: readonly string[]): UiLanguage {
  for (const tag of preferences) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return FALLBACK_UI_LANGUAGE;
}
