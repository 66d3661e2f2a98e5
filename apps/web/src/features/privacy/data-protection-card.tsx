import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { DEBTOR_PRIVACY, type DataSubjectRequestView, type DebtorPrivacyData } from './privacy.graphql';
import { useDebtorExport } from './hooks/use-debtor-export';
import { useEraseDebtorData } from './hooks/use-erase-debtor-data';
import { useLiftDebtorRestriction } from './hooks/use-lift-debtor-restriction';
import { useRestrictDebtorProcessing } from './hooks/use-restrict-debtor-processing';
import './privacy.css';

const RECORD_LABELS: Record<string, string> = {
  BOOKS: 'Books (10 years)', BOOKKEEPING_RECORDS: 'Booking records (8 years)', BUSINESS_LETTERS: 'Business letters (6 years)',
};
const KIND_LABELS: Record<string, string> = {
  EXPORT: 'Export', RESTRICTION: 'Restriction', RESTRICTION_LIFTED: 'Restriction lifted', ERASURE: 'Erasure',
};

/** Admins: the debtor's data protection (export JSON/PDF, restrict, erase) with the retention periods and the kept-until statement. */
export function DataProtectionCard({ debtorId }: { debtorId: string }) {
  const { user, token } = useAuth();
  const { data } = useQuery(DEBTOR_PRIVACY, { variables: { debtorId }, fetchPolicy: 'cache-and-network', skip: user?.role !== 'ADMIN' });
  if (user?.role !== 'ADMIN' || !data) return null;
  return <DataProtection p={data.debtorPrivacy} token={token} />;
}

function DataProtection({ p, token }: { p: DebtorPrivacyData; token: string | null }) {
  const exporter = useDebtorExport(p.debtorId, token);
  const [restrict, restricting] = useRestrictDebtorProcessing(p.debtorId);
  const [lift, lifting] = useLiftDebtorRestriction(p.debtorId);
  const [erase, erasing] = useEraseDebtorData(p.debtorId);
  const [confirmErase, setConfirmErase] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const latestErasure = p.requests.find((r) => r.kind === 'ERASURE');
  const run = (f: () => Promise<unknown>) => () => void f().then(() => setExportError(null), setExportError);
  return (
    <Card title="Data protection" testId="data-protection">
      <div className="privacy-status">
        {p.pseudonymisedAt ? (
          <Badge tone="neutral">Pseudonymised {formatDateTime(p.pseudonymisedAt)}</Badge>
        ) : p.processingRestrictedSince ? (
          <Badge tone="warn">Processing restricted since {formatDateTime(p.processingRestrictedSince)}</Badge>
        ) : (
          <Badge tone="good">No restriction</Badge>
        )}
        <span className="muted small" data-testid="privacy-pseudonymised-from">
          {p.pseudonymisedFrom ? `Pseudonymised by the retention job from ${formatDate(p.pseudonymisedFrom)}` : p.pseudonymisedAt ? '' : 'Retention periods start when the open cases close'}
        </span>
      </div>
      <table className="privacy-table" data-testid="privacy-retention">
        <thead>
          <tr><th>Record type</th><th>Kept until</th></tr>
        </thead>
        <tbody>
          {p.retention.map((r) => (
            <tr key={r.type}>
              <td>{RECORD_LABELS[r.type] ?? r.type}</td>
              <td>{r.lastDay ? `${formatDate(r.lastDay)}${r.ended ? ' (ended)' : ''}` : 'open case'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="privacy-actions">
        <button type="button" className="btn btn-small" onClick={run(exporter.json)} data-testid="privacy-export-json">Export JSON</button>
        <button type="button" className="btn btn-small" onClick={run(exporter.pdf)} data-testid="privacy-export-pdf">Export PDF</button>
        {p.processingRestrictedSince ? (
          <button type="button" className="btn btn-small" disabled={lifting.loading} onClick={() => void lift({ variables: { debtorId: p.debtorId } })} data-testid="privacy-lift">
            Lift restriction
          </button>
        ) : (
          <button type="button" className="btn btn-small" disabled={restricting.loading || !!p.pseudonymisedAt} onClick={() => void restrict({ variables: { debtorId: p.debtorId } })} data-testid="privacy-restrict">
            Restrict processing
          </button>
        )}
        {confirmErase ? (
          <>
            <button type="button" className="btn btn-small btn-primary" disabled={erasing.loading} onClick={() => void erase({ variables: { debtorId: p.debtorId } }).then(() => setConfirmErase(false))} data-testid="privacy-erase-confirm">
              Erase what may be erased
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirmErase(false)}>Cancel</button>
          </>
        ) : (
          <button type="button" className="btn btn-small" disabled={!!p.pseudonymisedAt} onClick={() => setConfirmErase(true)} data-testid="privacy-erase">
            Erasure request…
          </button>
        )}
      </div>
      {confirmErase ? <KeptStatement title="An erasure today keeps" kept={p.keptIfErased} /> : null}
      <FormError error={exportError ?? restricting.error ?? lifting.error ?? erasing.error} />
      {latestErasure ? <ErasureStatement r={latestErasure} /> : null}
      {p.requests.length ? (
        <ul className="privacy-requests" data-testid="privacy-requests">
          {p.requests.map((r) => (
            <li key={r.id}>
              <strong>{KIND_LABELS[r.kind] ?? r.kind}</strong> · {formatDateTime(r.requestedAt)}{r.requestedByName ? ` · ${r.requestedByName}` : ''}
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
      <p className="small"><strong>Erasure of {formatDateTime(r.requestedAt)}:</strong> {r.summary}</p>
      {r.kept.length ? <KeptStatement title="Kept" kept={r.kept} /> : null}
    </div>
  );
}

function KeptStatement({ title, kept }: { title: string; kept: DataSubjectRequestView['kept'] }) {
  if (kept.length === 0) return <p className="muted small">Nothing is kept: every retention period has ended.</p>;
  return (
    <table className="privacy-table" data-testid="privacy-kept">
      <thead>
        <tr><th>{title}</th><th>Until</th><th>Why</th></tr>
      </thead>
      <tbody>
        {kept.map((k) => (
          <tr key={k.type}>
            <td title={k.records}>{k.label}</td>
            <td>{k.keptUntil ? formatDate(k.keptUntil) : 'cases close'}</td>
            <td className="small">{k.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
