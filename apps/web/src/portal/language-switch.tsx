import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, PORTAL_LANGUAGES } from './language';
import { usePortalLanguage, usePortalSession } from './portal-context';

/** Deutsch · English · Dansk, always visible in the header. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = usePortalSession();
  const current = usePortalLanguage();
  return (
    <div className="portal-languages" role="group" aria-label={t('common.language')} data-testid="portal-language">
      {PORTAL_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="portal-language"
          aria-pressed={language === current}
          data-testid={`portal-language-${language}`}
          onClick={() => {
            session.chooseLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
