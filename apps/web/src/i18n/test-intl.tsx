import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import da from './lang/da.json';
import de from './lang/de.json';
import { LOCALE_OF, type UiLanguage } from './languages';

const CATALOGUES: Record<UiLanguage, Record<string, string>> = { en: {}, de, da };

/** A component as a unit test renders it: inside react-intl, in English unless a language is given. */
export function withIntl(node: ReactNode, language: UiLanguage = 'en') {
  return (
    <IntlProvider locale={LOCALE_OF[language]} defaultLocale="en-GB" messages={CATALOGUES[language]}>
      {node}
    </IntlProvider>
  );
}
