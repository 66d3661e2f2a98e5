import { Suspense } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useLabels } from '../i18n/labels';
import { LanguageSelect } from '../i18n/language-select';
import { DemoMarker } from '../ui/demo-marker';
import { Spinner } from '../ui/spinner';
import { useAuth, useCurrentUser } from './auth-context';
import { useConnectionState, type ConnectionState } from './connection-status';
import { NavMore } from './nav-more';
import { AREA_LABELS, navItems, PASSWORD_PATH } from './role-routes';

/** Areas shown in the top bar itself; an admin's further ones are under "More" (fits 1280 px in every language). */
const TOP_BAR_AREAS = 7;

/** The product's name, the same in every language. */
const BRAND = 'Mahnwerk';

const CONNECTION_TEXT = defineMessages({
  connecting: { id: 'app.connection.connecting', defaultMessage: 'Connecting…' },
  live: { id: 'app.connection.live', defaultMessage: 'Live' },
  reconnecting: { id: 'app.connection.reconnecting', defaultMessage: 'Reconnecting…' },
});

function LiveIndicator() {
  const intl = useIntl();
  const state: ConnectionState = useConnectionState();
  if (state === 'idle') return null;
  return (
    <span
      className={`live-indicator live-${state}`}
      title={intl.formatMessage({ id: 'app.connection.title', defaultMessage: 'Real-time updates' })}
    >
      <span className="live-dot" aria-hidden="true" />
      {intl.formatMessage(CONNECTION_TEXT[state])}
    </span>
  );
}

export function AppShell() {
  const intl = useIntl();
  const labels = useLabels();
  const user = useCurrentUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  // With a one-time password nothing but the password screen opens: no navigation until it is changed.
  const items = user.mustChangePassword ? [] : navItems(user.role);
  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-brand">
          <span className="brand-mark" aria-hidden="true">
            M
          </span>
          <span className="brand-name">{BRAND}</span>
          <DemoMarker onDark />
        </div>
        <nav className="topbar-nav" aria-label={intl.formatMessage({ id: 'app.nav.label', defaultMessage: 'Main' })}>
          {items.slice(0, TOP_BAR_AREAS).map((item) => (
            <NavLink key={item.area} to={item.path} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
              {intl.formatMessage(AREA_LABELS[item.area])}
            </NavLink>
          ))}
          {items.length > TOP_BAR_AREAS ? <NavMore items={items.slice(TOP_BAR_AREAS)} /> : null}
        </nav>
        <div className="topbar-spacer" />
        <LiveIndicator />
        <LanguageSelect />
        <div className="topbar-user" data-testid="current-user">
          <span className="user-name">{user.name}</span>
          <span className="user-role">{labels.role(user.role)}</span>
        </div>
        <NavLink to={PASSWORD_PATH} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} data-testid="nav-password">
          <FormattedMessage id="app.nav.password" defaultMessage="Password" />
        </NavLink>
        <button
          type="button"
          className="btn btn-ghost btn-on-dark"
          onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
          data-testid="logout"
        >
          <FormattedMessage id="app.logout" defaultMessage="Log out" />
        </button>
      </header>
      <main className="app-main">
        <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'app.loading', defaultMessage: 'Loading…' })} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
