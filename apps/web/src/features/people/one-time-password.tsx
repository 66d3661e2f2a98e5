import { useState } from 'react';

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
        Give <strong>{name}</strong> (<span className="mono">{email}</span>) this one-time password. They sign in with it and
        choose their own at once.
      </p>
      <div className="otp-row">
        <code className="otp-value" data-testid="one-time-password-value">
          {password}
        </code>
        <button type="button" className="btn btn-small" onClick={() => void copy()} data-testid="copy-one-time-password">
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'failed' ? <p className="field-error">The browser did not allow copying; select the password and copy it.</p> : null}
      <p className="muted small">It is shown only now. If it gets lost, reset the password again.</p>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={onDone} data-testid="one-time-password-done">
          Done
        </button>
      </div>
    </div>
  );
}
