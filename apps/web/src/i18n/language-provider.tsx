import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider, type IntlConfig } from 'react-intl';
import { useAuth } from '../app/auth-context';
import { loadCatalogue, type Catalogue } from './catalogues';
import { setDisplayLanguage } from './display-locale';
import { browserUiLanguage, isUiLanguage, type UiLanguage } from './languages';

interface LanguageValue {
  language: UiLanguage;
  /** Switches the workbench; a signed-in person keeps the choice (updateMyPreferences). */
  setLanguage(language: UiLanguage): Promise<void>;
}

const LanguageContext = createContext<LanguageValue | null>(null);

// Missing German or Danish texts fall back to English; the catalogue tests catch them before a release.
const onIntlError: IntlConfig['onError'] = (error) => {
  if (import.meta.env.DEV) console.warn(error.message);
};

/**
 * The workbench's language: the signed-in person's setting, else the one picked before signing in,
 * else the browser's, else English. Every screen renders inside it; `<html lang>` follows it.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { user, saveLanguage } = useAuth();
  const [picked, setPicked] = useState<UiLanguage | null>(null);
  const saved = isUiLanguage(user?.language) ? user.language : null;
  const wanted = saved ?? picked ?? browserUiLanguage();

  const [shown, setShown] = useState<{ language: UiLanguage; messages: Catalogue } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadCatalogue(wanted).then((messages) => {
      if (!cancelled) setShown({ language: wanted, messages });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown.language;
  }, [shown]);

  // A language picked on the sign-in page becomes the setting of an account that has none yet.
  const signedIn = user !== null;
  useEffect(() => {
    if (signedIn && saved === null && picked !== null) void saveLanguage(picked).catch(() => undefined);
  }, [signedIn, saved, picked, saveLanguage]);

  const setLanguage = useCallback(
    async (language: UiLanguage) => {
      // Saved first: the screen switches once the choice is kept with the account.
      if (user) await saveLanguage(language);
      setPicked(language);
    },
    [user, saveLanguage],
  );

  const language = shown?.language ?? wanted;
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  if (!shown) return null;
  // Set before the screens render: plain functions format and word messages with it (display-locale.ts).
  const intl = setDisplayLanguage(shown.language, shown.messages, onIntlError);
  return (
    <LanguageContext.Provider value={value}>
      {/* Keyed: a new language renders every screen afresh, also those that format without react-intl. */}
      <RawIntlProvider key={shown.language} value={intl}>
        {children}
      </RawIntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage outside <LanguageProvider>');
  return value;
}
