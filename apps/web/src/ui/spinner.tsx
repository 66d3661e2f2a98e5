import { useIntl } from 'react-intl';

export function Spinner({ label, inline = false }: { label?: string; inline?: boolean }) {
  const intl = useIntl();
  return (
    <div className={inline ? 'spinner-inline' : 'spinner-block'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span className="spinner-label">{label ?? intl.formatMessage({ id: 'ui.loading', defaultMessage: 'Loading…' })}</span>
    </div>
  );
}
