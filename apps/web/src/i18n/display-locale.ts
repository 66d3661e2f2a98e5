import { FALLBACK_UI_LANGUAGE, LOCALE_OF, type UiLanguage } from './languages';

/**
 * The language the workbench currently shows. Formatting helpers (ui/format, ui/date, ui/money) and
 * the API link (Accept-Language) read it here, so plain functions follow the language without each
 * call site passing it; the language provider sets it before the screens render in a new language.
 */
let current: UiLanguage = FALLBACK_UI_LANGUAGE;

export function setDisplayLanguage(language: UiLanguage): void {
  current = language;
}

export const displayLanguage = (): UiLanguage => current;

/** The locale of the current language ("de-DE", "da-DK", "en-GB"). */
export const displayLocale = (): string => LOCALE_OF[current];
