import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState } from 'react';
import { Card } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { useIssuePortalLink } from './hooks/use-issue-portal-link';
import './portal-link.css';

/**
 * A personal portal link for the debtor, issued on demand (assigned collector, lead, admin): the URL with
 * a copy button and until when it works. Each press issues a new link; earlier ones stay valid.
 */
export function PortalLinkCard({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const intl = useIntl();
  const [issue, { data, loading, error, reset }] = useIssuePortalLink();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const urlId = useId();
  const link = data?.issuePortalLink ?? null;

  async function onIssue() {
    setCopied(null);
    reset();
    await issue({ variables: { caseId } }).catch(() => undefined);
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <Card
      title={intl.formatMessage({ id: 'case.portalLink.title', defaultMessage: 'Debtor portal' })}
      testId="portal-link-card"
      actions={
        <button type="button" className="btn btn-small" onClick={() => void onIssue()} disabled={loading} data-testid="portal-link-issue">
          {loading ? <FormattedMessage id="case.portalLink.issuing" defaultMessage="Issuing…" /> : link ? <FormattedMessage id="case.portalLink.new" defaultMessage="New portal link" /> : <FormattedMessage id="case.portalLink.issue" defaultMessage="Portal link" />}
        </button>
      }
    >
      {error ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'case.portalLink.error', defaultMessage: 'Could not issue a portal link.' })} /> : null}
      {link ? (
        <div className="portal-link" data-testid="portal-link">
          <label htmlFor={urlId} className="portal-link-label">
            <FormattedMessage id="case.portalLink.label" defaultMessage="Personal link for the debtor" />
          </label>
          <div className="portal-link-row">
            <input id={urlId} className="portal-link-url mono" readOnly value={link.url} onFocus={(e) => e.target.select()} data-testid="portal-link-url" />
            <button type="button" className="btn btn-small" onClick={() => void copy(link.url)} data-testid="portal-link-copy">
              {copied === 'yes' ? <FormattedMessage id="case.portalLink.copied" defaultMessage="Copied" /> : <FormattedMessage id="case.portalLink.copy" defaultMessage="Copy" />}
            </button>
          </div>
          {copied === 'failed' ? <p className="field-error"><FormattedMessage id="case.portalLink.copyFailed" defaultMessage="The browser did not allow copying; select the link and copy it." /></p> : null}
          <p className="muted small" data-testid="portal-link-expiry">
            <FormattedMessage
              id="case.portalLink.expiry"
              defaultMessage="Valid until {at} while the case is open. It is shown only now; the debtor signs in with it and their postcode."
              values={{ at: formatDateTime(link.expiresAt, timeZone) }}
            />
          </p>
        </div>
      ) : (
        <p className="muted small">
          <FormattedMessage
            id="case.portalLink.about"
            defaultMessage="The debtor sees the balance, pays, proposes a plan or objects online. Letters carry a link already; issue one here to send it another way."
          />
        </p>
      )}
    </Card>
  );
}
