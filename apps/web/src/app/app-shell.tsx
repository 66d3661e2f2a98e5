import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../ui/case-badges';
import { DemoMarker } from '../ui/demo-marker';
import { Spinner } from '../ui/spinner';
import { useAuth, useCurrentUser } from './auth-context';
import { useConnectionState, type ConnectionState } from './connection-status';
import { navItems, PASSWORD_PATH } from './role-routes';

const CONNECTION_TEXT: Record<ConnectionState, string | null> = {
  idle: null,
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

function LiveIndicator() {
  const state = useConnectionState();
  const text = CONNECTION_TEXT[state];
  if (!text) return null;
  return (
    <span className={`live-indicator live-${state}`} title="Real-time updates">
      <span className="live-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

export function AppShell() {
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
          <span className="brand-name">Mahnwerk</span>
          <DemoMarker onDark />
        </div>
        <nav className="topbar-nav" aria-label="Main">
          {items.map((item) => (
            <NavLink key={item.area} to={item.path} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-spacer" />
        <LiveIndicator />
        <div className="topbar-user" data-testid="current-user">
          <span className="user-name">{user.name}</span>
          <span className="user-role">{ROLE_LABELS[user.role] ?? user.role}</span>
        </div>
        <NavLink to={PASSWORD_PATH} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} data-testid="nav-password">
          Password
        </NavLink>
        <button
          type="button"
          className="btn btn-ghost btn-on-dark"
          onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
          data-testid="logout"
        >
          Log out
        </button>
      </header>
      <main className="app-main">
        <Suspense fallback={<Spinner label="Loading…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
