import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { FALLBACK_UI_LANGUAGE, LOCALE_OF, type UiLanguage } from './languages';

/**
 * The language the workbench currently shows. Formatting helpers (ui/format, ui/date, ui/money), plain
 * functions that word a message (an amount parser's hint) and the API link (Accept-Language) read it
 * here, so they follow the language without each call site passing it; the language provider sets it
 * before the screens render in a new language.
 */
let current: UiLanguage = FALLBACK_UI_LANGUAGE;
const cache = createIntlCache();
let intl: IntlShape = createIntl({ locale: LOCALE_OF[current], defaultLocale: 'en-GB', messages: {} }, cache);

export function setDisplayLanguage(language: UiLanguage, messages: Record<string, string> = {}, onError?: IntlShape['onError']): IntlShape {
  if (language !== current || intl.messages !== messages) {
    current = language;
    intl = createIntl({ locale: LOCALE_OF[language], defaultLocale: 'en-GB', messages, onError }, cache);
  }
  return intl;
}

export const displayLanguage = (): UiLanguage => current;

/** The locale of the current language ("de-DE", "da-DK", "en-GB"). */
export const displayLocale = (): string => LOCALE_OF[current];

/** react-intl for code outside components; the same instance the screens render with. */
export const displayIntl = (): IntlShape => intl;
