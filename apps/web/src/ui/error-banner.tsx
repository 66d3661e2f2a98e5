import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useDescribeError } from './describe-error-text';

/** A failed load or action: the server's code and its message, optionally with a retry button. */
export function ErrorBanner({
  error,
  title,
  onRetry,
  children,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { code, message } = useDescribeError()(error);
  return (
    <div className="error-banner" role="alert">
      <div>
        {title ? <strong>{title} </strong> : null}
        {code ? <code className="error-code">{code}</code> : null} <span>{message}</span>
        {children}
      </div>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          <FormattedMessage id="ui.error.retry" defaultMessage="Retry" />
        </button>
      ) : null}
    </div>
  );
}

/** Inline error next to a form's submit button. */
export function FormError({ error }: { error: unknown }) {
  const describe = useDescribeError();
  if (!error) return null;
  const { code, message } = describe(error);
  return (
    <div className="form-error" role="alert">
      {code ? <code className="error-code">{code}</code> : null} {message}
    </div>
  );
}
