import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { landingPath, PASSWORD_PATH } from '../../app/role-routes';
import { describeError } from '../../ui/describe-error';
import { DemoMarker, useDemoData } from '../../ui/demo-marker';
import { LanguageSelect } from '../../i18n/language-select';
import { useLabels } from '../../i18n/labels';
import './login.css';

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'Mahnwerk';

const DEMO_LOGINS: { email: string; role: string }[] = [
  { email: 'admin@demo.mahnwerk', role: 'ADMIN' },
  { email: 'manager@demo.mahnwerk', role: 'MANAGER' },
  { email: 'lead@demo.mahnwerk', role: 'LEAD' },
  { email: 'collector1@demo.mahnwerk', role: 'COLLECTOR' },
];

export function LoginPage() {
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const demo = useDemoData();
  const intl = useIntl();
  const labels = useLabels();

  if (user) return <Navigate to={user.mustChangePassword ? PASSWORD_PATH : landingPath(user.role)} replace />;

  const from = (location.state as { from?: string } | null)?.from;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    try {
      const signedIn = await login(email.trim(), password);
      const target = from && from !== '/login' && from !== PASSWORD_PATH ? from : landingPath(signedIn.role);
      // A one-time password: change it first, then go on to where the user was headed.
      if (signedIn.mustChangePassword) navigate(PASSWORD_PATH, { replace: true, state: { from: target } });
      else navigate(target, { replace: true });
    } catch (err) {
      setError(describeError(err).message);
      setSubmitting(false);
    }
  }

  // The demo password is not the app's to know: a production start generates one per data directory.
  function fillDemo(demoEmail: string) {
    setEmail(demoEmail);
    setError(null);
    document.querySelector<HTMLInputElement>('[data-testid="login-password"]')?.focus();
  }

  return (
    <div className="login-screen">
      <div className="login-panel">
        <div className="login-brand">
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            M
          </span>
          <div>
            <h1>{PRODUCT_NAME}</h1>
            <p className="muted">
              <FormattedMessage id="login.tagline" defaultMessage="Collector workbench" />
            </p>
          </div>
          <div className="login-brand-end">
            <DemoMarker />
            <LanguageSelect className="login-language" />
          </div>
        </div>

        <form className="login-form" onSubmit={onSubmit} noValidate>
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="login.email" defaultMessage="Email" />
            </span>
            <input
              type="email"
              name="email"
              autoComplete="username"
              autoFocus
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="login-email"
            />
          </label>
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="login.password" defaultMessage="Password" />
            </span>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="login-password"
            />
          </label>
          {error ? (
            <div className="form-error" role="alert" data-testid="login-error">
              {error}
            </div>
          ) : null}
          <button
            type="submit"
            className="btn btn-primary btn-block"
            disabled={submitting || !email || !password}
            data-testid="login-submit"
          >
            {submitting ? (
              <FormattedMessage id="login.submitting" defaultMessage="Signing in…" />
            ) : (
              <FormattedMessage id="login.submit" defaultMessage="Sign in" />
            )}
          </button>
        </form>

        {demo ? (
          <aside
            className="login-demo"
            aria-label={intl.formatMessage({ id: 'login.demo.title', defaultMessage: 'Demo logins' })}
            data-testid="demo-logins"
          >
            <p className="login-demo-title">
              <FormattedMessage id="login.demo.title" defaultMessage="Demo logins" />
            </p>
            <p className="muted small">
              <FormattedMessage
                id="login.demo.help"
                defaultMessage="One password for all: the one printed where Mahnwerk was started (a production start generates it and keeps it in <code>demo-password</code> in its data directory). Collectors are <code>collector1@demo.mahnwerk</code> … <code>collector12@demo.mahnwerk</code>."
                values={{ code: (chunks) => <code>{chunks}</code> }}
              />
            </p>
            <div className="login-demo-list">
              {DEMO_LOGINS.map((d) => (
                <button key={d.email} type="button" className="demo-chip" onClick={() => fillDemo(d.email)}>
                  <span className="demo-role">{labels.role(d.role)}</span>
                  <span className="demo-email">{d.email}</span>
                </button>
              ))}
            </div>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
