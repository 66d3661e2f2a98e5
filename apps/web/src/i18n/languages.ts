import { FALLBACK_UI_LANGUAGE, isUiLanguage, pickUiLanguage, UI_LANGUAGES, type UiLanguage } from '@mahnwerk/domain';

export { FALLBACK_UI_LANGUAGE, isUiLanguage, pickUiLanguage, UI_LANGUAGES, type UiLanguage };

/** The locale numbers, amounts and dates are written in for each language. */
export const LOCALE_OF: Readonly<Record<UiLanguage, string>> = { en: 'en-GB', de: 'de-DE', da: 'da-DK' };

/** Each language in its own words, as a language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', de: 'Deutsch', da: 'Dansk' };

/** The browser's preferred language among ours (English when none is). */
export const browserUiLanguage = (): UiLanguage =>
  pickUiLanguage(globalThis.navigator?.languages?.length ? globalThis.navigator.languages : [globalThis.navigator?.language ?? '']);
