import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { useAuth, useCurrentUser } from '../../app/auth-context';
import { landingPath, PASSWORD_PATH } from '../../app/role-routes';
import { Card } from '../../ui/card';
import { describeError } from '../../ui/describe-error';
import { useChangePassword } from './hooks/use-change-password';
import './login.css';

/** The server's policy (auth/password-policy.ts), said before the person types. */
export const PASSWORD_MIN_LENGTH = 12;

type PasswordField = 'currentPassword' | 'newPassword' | 'repeat';

const MESSAGES = defineMessages({
  differ: { id: 'login.password.error.differ', defaultMessage: 'The two new passwords differ.' },
});

/** Which field a server error is about (`extensions.field`), if any. */
function fieldOf(error: unknown): PasswordField | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  return field === 'currentPassword' || field === 'newPassword' ? field : null;
}

/**
 * `/password`: changes the signed-in user's password. A user signing in with a one-time password is
 * sent here first and can open nothing else until it is changed; everyone else reaches it from the shell.
 */
export function ChangePasswordPage() {
  const user = useCurrentUser();
  const { passwordChanged } = useAuth();
  const navigate = useNavigate();
  const intl = useIntl();
  const location = useLocation();
  const [changePassword, { loading }] = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<{ field: PasswordField | null; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const oneTime = Boolean(user.mustChangePassword);
  const from = (location.state as { from?: string } | null)?.from;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (next !== repeat) {
      setError({ field: 'repeat', message: intl.formatMessage(MESSAGES.differ) });
      return;
    }
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setRepeat('');
      if (oneTime) {
        passwordChanged();
        navigate(from && from !== PASSWORD_PATH ? from : landingPath(user.role), { replace: true });
      } else {
        setDone(true);
      }
    } catch (err) {
      setError({ field: fieldOf(err), message: describeError(err).message });
    }
  }

  const errorAt = (field: PasswordField) =>
    error?.field === field ? (
      <span className="field-error" role="alert" data-testid={`password-error-${field}`}>
        {error.message}
      </span>
    ) : null;

  return (
    <div className="page page-password" data-testid="change-password-page">
      <div className="page-header">
        <h1>
          {oneTime ? (
            <FormattedMessage id="login.password.title.oneTime" defaultMessage="Choose your password" />
          ) : (
            <FormattedMessage id="login.password.title.change" defaultMessage="Change password" />
          )}
        </h1>
        <span className="muted">
          {oneTime ? (
            <FormattedMessage
              id="login.password.intro.oneTime"
              defaultMessage="You signed in with a one-time password. Choose your own before you start; nothing else opens until then."
            />
          ) : (
            <FormattedMessage
              id="login.password.intro.change"
              defaultMessage="Your other sessions (other browsers and devices) are signed out when you change it."
            />
          )}
        </span>
      </div>
      <div className="password-layout">
        <Card title={<FormattedMessage id="login.password.card.new" defaultMessage="New password" />}>
          <form className="form password-form" onSubmit={onSubmit} noValidate>
            <label className="field">
              <span className="field-label">
                {oneTime ? (
                  <FormattedMessage id="login.password.field.oneTime" defaultMessage="One-time password" />
                ) : (
                  <FormattedMessage id="login.password.field.current" defaultMessage="Current password" />
                )}
              </span>
              <input
                type="password"
                autoComplete="current-password"
                autoFocus
                value={current}
                onChange={(e) => setCurrent(e.target.value)}
                aria-invalid={error?.field === 'currentPassword' || undefined}
                data-testid="password-current"
              />
              {errorAt('currentPassword')}
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="login.password.field.new" defaultMessage="New password" />
              </span>
              <input
                type="password"
                autoComplete="new-password"
                value={next}
                onChange={(e) => setNext(e.target.value)}
                aria-invalid={error?.field === 'newPassword' || undefined}
                aria-describedby="password-policy"
                data-testid="password-new"
              />
              <span className="muted small password-count">
                <FormattedMessage
                  id="login.password.count"
                  defaultMessage="{typed, number} / {minimum, number} characters"
                  values={{ typed: next.length, minimum: PASSWORD_MIN_LENGTH }}
                />
              </span>
              {errorAt('newPassword')}
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="login.password.field.repeat" defaultMessage="New password again" />
              </span>
              <input
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                aria-invalid={error?.field === 'repeat' || undefined}
                data-testid="password-repeat"
              />
              {errorAt('repeat')}
            </label>
            {error && error.field === null ? (
              <div className="form-error" role="alert" data-testid="password-error">
                {error.message}
              </div>
            ) : null}
            {done ? (
              <div className="form-success" role="status" data-testid="password-changed">
                <FormattedMessage id="login.password.changed" defaultMessage="Your password was changed." />
              </div>
            ) : null}
            <div className="form-actions">
              <button
                type="submit"
                className="btn btn-primary"
                disabled={loading || !current || !next || !repeat}
                data-testid="password-submit"
              >
                {loading ? (
                  <FormattedMessage id="login.password.saving" defaultMessage="Saving…" />
                ) : (
                  <FormattedMessage id="login.password.save" defaultMessage="Save password" />
                )}
              </button>
            </div>
          </form>
        </Card>
        <Card title={<FormattedMessage id="login.password.policy.title" defaultMessage="What a password needs" />}>
          <ul className="password-policy" id="password-policy" data-testid="password-policy">
            <li>
              <FormattedMessage
                id="login.password.policy.length"
                defaultMessage="At least {minimum, plural, one {# character} other {# characters}}."
                values={{ minimum: PASSWORD_MIN_LENGTH }}
              />
            </li>
            <li>
              <FormattedMessage
                id="login.password.policy.guess"
                defaultMessage="Hard to guess: not a common or breached password, no keyboard runs or repeats, not your name or e-mail address."
              />
            </li>
            <li>
              <FormattedMessage
                id="login.password.policy.words"
                defaultMessage="A few unrelated words with a number or sign between them are easy to remember and hard to guess."
              />
            </li>
          </ul>
          <p className="muted small">
            <FormattedMessage id="login.password.policy.server" defaultMessage="The server checks each new password and says which rule it misses." />
          </p>
        </Card>
      </div>
    </div>
  );
}
