import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useParams } from 'react-router';
import { usePortalSignOut } from './hooks/use-portal-sign-out';
import { createPortalI18n } from './i18n';
import { chooseLanguage } from './language';
import { DisputePage } from './dispute-page';
import { LanguageSwitch } from './language-switch';
import { MorePage } from './more-page';
import { OverviewPage } from './overview-page';
import { PayPage } from './pay-page';
import { PlanPage } from './plan-page';
import { createPortalClient } from './portal-client';
import { PortalSessionContext, usePortalPath, usePortalSession, usePortalSessionState } from './portal-context';
import { PORTAL_CASE } from './portal.graphql';
import { createPortalSessionStore } from './portal-session';
import { SignInPage } from './sign-in-page';
import './portal.css';

function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function Header({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const session = usePortalSession();
  const [signOut] = usePortalSignOut();
  return (
    <header className="portal-header">
      <div className="portal-header-inner">
        <p className="portal-brand">
          <span className="portal-brand-mark" aria-hidden="true">
            M
          </span>
          <span>{t('common.portalName')}</span>
        </p>
        <LanguageSwitch />
        {signedIn ? (
          <button
            type="button"
            className="portal-link-button"
            data-testid="portal-sign-out"
            onClick={() => {
              void signOut()
                .catch(() => undefined)
                .finally(() => session.clear('signedOut'));
            }}
          >
            {t('common.signOut')}
          </button>
        ) : null}
      </div>
    </header>
  );
}

function CaseNav() {
  const { t } = useTranslation();
  const path = usePortalPath();
  return (
    <nav className="portal-nav" aria-label={t('common.mainNav')}>
      <NavLink end to={path('')} data-testid="portal-nav-overview">
        {t('nav.overview')}
      </NavLink>
      <NavLink to={path('pay')} data-testid="portal-nav-pay">
        {t('nav.pay')}
      </NavLink>
      <NavLink to={path('plan')} data-testid="portal-nav-plan">
        {t('nav.plan')}
      </NavLink>
    </nav>
  );
}

/** The signed-in portal: the case, read once and shared by the three pages. */
function SignedIn() {
  const { t, i18n } = useTranslation();
  const session = usePortalSession();
  const { data, error, refetch } = useQuery(PORTAL_CASE);
  const caseLanguage = data?.portalCase.language;

  // Once signed in, the case's language applies unless the debtor picks another with the switch.
  useEffect(() => {
    if (!caseLanguage) return;
    const language = chooseLanguage({ chosen: session.chosenLanguage(), caseLanguage, browser: browserLanguages() });
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [caseLanguage, i18n, session]);

  return (
    <>
      <CaseNav />
      <main className="portal-main" id="portal-main">
        {data ? (
          <Routes>
            <Route index element={<OverviewPage data={data.portalCase} />} />
            <Route path="pay" element={<PayPage data={data.portalCase} />} />
            <Route path="plan" element={<PlanPage data={data.portalCase} />} />
            <Route path="more" element={<MorePage data={data.portalCase} />} />
            <Route path="dispute" element={<DisputePage data={data.portalCase} />} />
            <Route path="*" element={<OverviewPage data={data.portalCase} />} />
          </Routes>
        ) : error ? (
          <div className="portal-card" role="alert">
            <p>{t('common.error')}</p>
            <button type="button" className="portal-button" onClick={() => void refetch().catch(() => undefined)}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <p className="portal-card portal-muted" role="status">
            {t('common.loading')}
          </p>
        )}
      </main>
    </>
  );
}

function PortalScreens() {
  const { token = '' } = useParams();
  const signedIn = usePortalSessionState((s) => s.get(token) !== null);
  return (
    <div className="portal">
      <Header signedIn={signedIn} />
      {signedIn ? (
        <SignedIn />
      ) : (
        <main className="portal-main" id="portal-main">
          <SignInPage linkToken={token} />
        </main>
      )}
    </div>
  );
}

/**
 * The debtor portal at /p/:token: public, outside the staff shell, with its own session (sessionStorage),
 * its own Apollo client (only the portal token is sent) and its own translations.
 */
export default function PortalApp() {
  const [session] = useState(() => createPortalSessionStore());
  const [client] = useState(() => createPortalClient(session));
  const [i18n] = useState(() => createPortalI18n(chooseLanguage({ chosen: session.chosenLanguage(), browser: browserLanguages() })));

  // The page's language follows the one on screen (screen readers, hyphenation, the browser's translate offer).
  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = language;
      document.title = `${i18n.t('common.portalName')} · ${i18n.t('common.brand')}`;
    };
    const previousTitle = document.title;
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => {
      i18n.off('languageChanged', apply);
      document.documentElement.lang = 'en';
      document.title = previousTitle;
    };
  }, [i18n]);

  // A new session starts from a clean cache: nothing of an earlier one shows.
  useEffect(
    () =>
      session.subscribe(() => {
        if (!session.token()) void client.clearStore();
      }),
    [session, client],
  );

  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <PortalSessionContext.Provider value={session}>
          <PortalScreens />
        </PortalSessionContext.Provider>
      </I18nextProvider>
    </ApolloProvider>
  );
}
