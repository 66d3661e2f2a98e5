import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { DEBTOR_PRIVACY, type DataSubjectRequestView, type DebtorPrivacyData } from './privacy.graphql';
import { PdfExportError, useDebtorExport } from './hooks/use-debtor-export';
import { useEraseDebtorData } from './hooks/use-erase-debtor-data';
import { useLiftDebtorRestriction } from './hooks/use-lift-debtor-restriction';
import { useRestrictDebtorProcessing } from './hooks/use-restrict-debtor-processing';
import './privacy.css';

const RECORD_LABELS: Record<string, MessageDescriptor> = defineMessages({
  BOOKS: { id: 'privacy.record.BOOKS', defaultMessage: 'Books (10 years)' },
  BOOKKEEPING_RECORDS: { id: 'privacy.record.BOOKKEEPING_RECORDS', defaultMessage: 'Booking records (8 years)' },
  BUSINESS_LETTERS: { id: 'privacy.record.BUSINESS_LETTERS', defaultMessage: 'Business letters (6 years)' },
});
const KIND_LABELS: Record<string, MessageDescriptor> = defineMessages({
  EXPORT: { id: 'privacy.request.EXPORT', defaultMessage: 'Export' },
  RESTRICTION: { id: 'privacy.request.RESTRICTION', defaultMessage: 'Restriction' },
  RESTRICTION_LIFTED: { id: 'privacy.request.RESTRICTION_LIFTED', defaultMessage: 'Restriction lifted' },
  ERASURE: { id: 'privacy.request.ERASURE', defaultMessage: 'Erasure' },
});

const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Admins: the debtor's data protection (export JSON/PDF, restrict, erase) with the retention periods and the kept-until statement. */
export function DataProtectionCard({ debtorId }: { debtorId: string }) {
  const { user, token } = useAuth();
  const { data } = useQuery(DEBTOR_PRIVACY, { variables: { debtorId }, fetchPolicy: 'cache-and-network', skip: user?.role !== 'ADMIN' });
  if (user?.role !== 'ADMIN' || !data) return null;
  return <DataProtection p={data.debtorPrivacy} token={token} />;
}

function DataProtection({ p, token }: { p: DebtorPrivacyData; token: string | null }) {
  const intl = useIntl();
  const exporter = useDebtorExport(p.debtorId, token);
  const [restrict, restricting] = useRestrictDebtorProcessing(p.debtorId);
  const [lift, lifting] = useLiftDebtorRestriction(p.debtorId);
  const [erase, erasing] = useEraseDebtorData(p.debtorId);
  const [confirmErase, setConfirmErase] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const latestErasure = p.requests.find((r) => r.kind === 'ERASURE');
  const run = (f: () => Promise<unknown>) => () => void f().then(() => setExportError(null), setExportError);
  return (
    <Card title={<FormattedMessage id="privacy.title" defaultMessage="Data protection" />} testId="data-protection">
      <div className="privacy-status">
        {p.pseudonymisedAt ? (
          <Badge tone="neutral">
            <FormattedMessage id="privacy.status.pseudonymised" defaultMessage="Pseudonymised {at}" values={{ at: formatDateTime(p.pseudonymisedAt) }} />
          </Badge>
        ) : p.processingRestrictedSince ? (
          <Badge tone="warn">
            <FormattedMessage
              id="privacy.status.restricted"
              defaultMessage="Processing restricted since {at}"
              values={{ at: formatDateTime(p.processingRestrictedSince) }}
            />
          </Badge>
        ) : (
          <Badge tone="good">
            <FormattedMessage id="privacy.status.none" defaultMessage="No restriction" />
          </Badge>
        )}
        <span className="muted small" data-testid="privacy-pseudonymised-from">
          {p.pseudonymisedFrom ? (
            <FormattedMessage
              id="privacy.pseudonymisedFrom"
              defaultMessage="Pseudonymised by the retention job from {date}"
              values={{ date: formatDate(p.pseudonymisedFrom) }}
            />
          ) : p.pseudonymisedAt ? null : (
            <FormattedMessage id="privacy.retentionStarts" defaultMessage="Retention periods start when the open cases close" />
          )}
        </span>
      </div>
      <table className="privacy-table" data-testid="privacy-retention">
        <thead>
          <tr>
            <th>
              <FormattedMessage id="privacy.retention.type" defaultMessage="Record type" />
            </th>
            <th>
              <FormattedMessage id="privacy.retention.until" defaultMessage="Kept until" />
            </th>
          </tr>
        </thead>
        <tbody>
          {p.retention.map((r) => (
            <tr key={r.type}>
              <td>{RECORD_LABELS[r.type] ? intl.formatMessage(RECORD_LABELS[r.type]) : r.type}</td>
              <td>
                {!r.lastDay ? (
                  <FormattedMessage id="privacy.retention.openCase" defaultMessage="open case" />
                ) : r.ended ? (
                  <FormattedMessage id="privacy.retention.ended" defaultMessage="{date} (ended)" values={{ date: formatDate(r.lastDay) }} />
                ) : (
                  formatDate(r.lastDay)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="privacy-actions">
        <button type="button" className="btn btn-small" onClick={run(exporter.json)} data-testid="privacy-export-json">
          <FormattedMessage id="privacy.export.json" defaultMessage="Export JSON" />
        </button>
        <button type="button" className="btn btn-small" onClick={run(exporter.pdf)} data-testid="privacy-export-pdf">
          <FormattedMessage id="privacy.export.pdf" defaultMessage="Export PDF" />
        </button>
        {p.processingRestrictedSince ? (
          <button type="button" className="btn btn-small" disabled={lifting.loading} onClick={() => void lift({ variables: { debtorId: p.debtorId } })} data-testid="privacy-lift">
            <FormattedMessage id="privacy.lift" defaultMessage="Lift restriction" />
          </button>
        ) : (
          <button type="button" className="btn btn-small" disabled={restricting.loading || !!p.pseudonymisedAt} onClick={() => void restrict({ variables: { debtorId: p.debtorId } })} data-testid="privacy-restrict">
            <FormattedMessage id="privacy.restrict" defaultMessage="Restrict processing" />
          </button>
        )}
        {confirmErase ? (
          <>
            <button type="button" className="btn btn-small btn-primary" disabled={erasing.loading} onClick={() => void erase({ variables: { debtorId: p.debtorId } }).then(() => setConfirmErase(false))} data-testid="privacy-erase-confirm">
              <FormattedMessage id="privacy.erase.confirm" defaultMessage="Erase what may be erased" />
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirmErase(false)}>
              <FormattedMessage id="privacy.erase.cancel" defaultMessage="Cancel" />
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-small" disabled={!!p.pseudonymisedAt} onClick={() => setConfirmErase(true)} data-testid="privacy-erase">
            <FormattedMessage id="privacy.erase.request" defaultMessage="Erasure request…" />
          </button>
        )}
      </div>
      {confirmErase ? (
        <KeptStatement title={<FormattedMessage id="privacy.kept.ifErased" defaultMessage="An erasure today keeps" />} kept={p.keptIfErased} />
      ) : null}
      {exportError instanceof PdfExportError ? (
        <div className="form-error" role="alert">
          <FormattedMessage id="privacy.export.pdfFailed" defaultMessage="The PDF export failed ({status})." values={{ status: exportError.status }} />
        </div>
      ) : (
        <FormError error={exportError ?? restricting.error ?? lifting.error ?? erasing.error} />
      )}
      {latestErasure ? <ErasureStatement r={latestErasure} /> : null}
      {p.requests.length ? (
        <ul className="privacy-requests" data-testid="privacy-requests">
          {p.requests.map((r) => (
            <li key={r.id}>
              <strong>{KIND_LABELS[r.kind] ? intl.formatMessage(KIND_LABELS[r.kind]) : r.kind}</strong> · {formatDateTime(r.requestedAt)}
              {r.requestedByName ? (
                <>
                  {' · '}
                  {r.requestedByName}
                </>
              ) : null}
              <div className="muted small">{r.summary}</div>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function ErasureStatement({ r }: { r: DataSubjectRequestView }) {
  return (
    <div className="privacy-statement" data-testid="privacy-statement">
      <p className="small">
        <FormattedMessage
          id="privacy.erasure.statement"
          defaultMessage="<b>Erasure of {at}:</b> {summary}"
          values={{ at: formatDateTime(r.requestedAt), summary: r.summary, b: bold }}
        />
      </p>
      {r.kept.length ? <KeptStatement title={<FormattedMessage id="privacy.kept.title" defaultMessage="Kept" />} kept={r.kept} /> : null}
    </div>
  );
}

function KeptStatement({ title, kept }: { title: ReactNode; kept: DataSubjectRequestView['kept'] }) {
  if (kept.length === 0) {
    return (
      <p className="muted small">
        <FormattedMessage id="privacy.kept.nothing" defaultMessage="Nothing is kept: every retention period has ended." />
      </p>
    );
  }
  return (
    <table className="privacy-table" data-testid="privacy-kept">
      <thead>
        <tr>
          <th>{title}</th>
          <th>
            <FormattedMessage id="privacy.kept.until" defaultMessage="Until" />
          </th>
          <th>
            <FormattedMessage id="privacy.kept.why" defaultMessage="Why" />
          </th>
        </tr>
      </thead>
      <tbody>
        {kept.map((k) => (
          <tr key={k.type}>
            <td title={k.records}>{k.label}</td>
            <td>{k.keptUntil ? formatDate(k.keptUntil) : <FormattedMessage id="privacy.kept.casesClose" defaultMessage="cases close" />}</td>
            <td className="small">{k.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
