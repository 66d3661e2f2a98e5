import { useIntl } from 'react-intl';
import { isUiLanguage, LANGUAGE_NAMES, UI_LANGUAGES } from './languages';
import { useLanguage } from './language-provider';

/** The workbench language picker; each language is named in its own words. */
export function LanguageSelect({ className }: { className?: string }) {
  const intl = useIntl();
  const { language, setLanguage } = useLanguage();
  return (
    <select
      className={className ?? 'language-select'}
      value={language}
      aria-label={intl.formatMessage({ id: 'app.language.label', defaultMessage: 'Language' })}
      data-testid="language-select"
      onChange={(e) => {
        if (isUiLanguage(e.target.value)) void setLanguage(e.target.value);
      }}
    >
      {UI_LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
