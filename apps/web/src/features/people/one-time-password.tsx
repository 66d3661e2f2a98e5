import { useState } from 'react';
import { FormattedMessage } from 'react-intl';

/** A one-time password, shown once, with a copy button. */
export function OneTimePassword({ name, email, password, onDone }: { name: string; email: string; password: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="otp" data-testid="one-time-password">
      <p>
        <FormattedMessage
          id="people.otp.give"
          defaultMessage="Give <strong>{name}</strong> (<mono>{email}</mono>) this one-time password. They sign in with it and choose their own at once."
          values={{
            name,
            email,
            strong: (chunks) => <strong>{chunks}</strong>,
            mono: (chunks) => <span className="mono">{chunks}</span>,
          }}
        />
      </p>
      <div className="otp-row">
        <code className="otp-value" data-testid="one-time-password-value">
          {password}
        </code>
        <button type="button" className="btn btn-small" onClick={() => void copy()} data-testid="copy-one-time-password">
          {copied === 'yes' ? (
            <FormattedMessage id="people.otp.copied" defaultMessage="Copied" />
          ) : (
            <FormattedMessage id="people.otp.copy" defaultMessage="Copy" />
          )}
        </button>
      </div>
      {copied === 'failed' ? <p className="field-error">
          <FormattedMessage id="people.otp.copyFailed" defaultMessage="The browser did not allow copying; select the password and copy it." />
        </p> : null}
      <p className="muted small">
        <FormattedMessage id="people.otp.once" defaultMessage="It is shown only now. If it gets lost, reset the password again." />
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={onDone} data-testid="one-time-password-done">
          <FormattedMessage id="people.otp.done" defaultMessage="Done" />
        </button>
      </div>
    </div>
  );
}
