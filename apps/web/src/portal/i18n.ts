import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, PORTAL_LANGUAGES, type PortalLanguage } from './language';
import da from './locales/da.json';
import de from './locales/de.json';
import en from './locales/en.json';

export const PORTAL_RESOURCES = { de: { translation: de }, en: { translation: en }, da: { translation: da } } as const;

/** The portal's own i18next instance (the staff screens are not translated). */
export function createPortalI18n(language: PortalLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: PORTAL_RESOURCES,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...PORTAL_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
