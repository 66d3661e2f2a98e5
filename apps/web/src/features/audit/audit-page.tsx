import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useOpenDocument } from '../case/hooks/use-open-document';
import { auditExportHref } from './audit-export';
import { AUDIT_CHOICES, AUDIT_EVENTS } from './audit.graphql';
import './audit.css';

const PAGE_SIZE = 50;

interface Filter {
  caseId: string;
  userId: string;
  action: string;
  from: string;
  to: string;
}

const EMPTY: Filter = { caseId: '', userId: '', action: '', from: '', to: '' };

/** Only the filters that are set, trimmed. */
function asVariables(f: Filter) {
  const set = Object.entries(f).map(([k, v]) => [k, v.trim()] as const).filter(([, v]) => v !== '');
  return Object.fromEntries(set);
}

/** `/audit` (admins): the audit trail by case, user, operation and period, and the export per creditor. */
export function AuditPage() {
  const openDocument = useOpenDocument();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(AUDIT_EVENTS, {
    variables: { filter: asVariables(filter), page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const choices = useQuery(AUDIT_CHOICES);
  const today = todayIso();
  const [exportFor, setExportFor] = useState({ creditorId: '', from: `${today.slice(0, 7)}-01`, to: today });
  const creditorId = exportFor.creditorId || choices.data?.creditors[0]?.id || '';

  function search(e: FormEvent) {
    e.preventDefault();
    setOffset(0);
    setFilter(draft);
  }

  const page = data?.auditEvents;
  const set = (key: keyof Filter) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  return (
    <div className="page page-audit" data-testid="audit-page">
      <div className="page-header">
        <h1>Audit trail</h1>
        <span className="muted">Every change and every staff read of a debtor&apos;s personal data, append-only.</span>
      </div>
      <div className="audit-layout">
        <Card title="Search" testId="audit-filters">
          <form className="form audit-filters" onSubmit={search}>
            <label className="field">
              <span className="field-label">Case id</span>
              <input value={draft.caseId} onChange={set('caseId')} placeholder="UUID" data-testid="audit-case" />
            </label>
            <label className="field">
              <span className="field-label">User</span>
              <select value={draft.userId} onChange={set('userId')} data-testid="audit-user">
                <option value="">Anyone</option>
                {(choices.data?.users ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.email})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">Operation</span>
              <input value={draft.action} onChange={set('action')} placeholder="e.g. debtor.read or hold" data-testid="audit-action" />
            </label>
            <label className="field">
              <span className="field-label">From</span>
              <input type="date" value={draft.from} onChange={set('from')} data-testid="audit-from" />
            </label>
            <label className="field">
              <span className="field-label">To</span>
              <input type="date" value={draft.to} onChange={set('to')} data-testid="audit-to" />
            </label>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" data-testid="audit-search">
                Search
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setDraft(EMPTY);
                  setFilter(EMPTY);
                  setOffset(0);
                }}
              >
                Clear
              </button>
            </div>
          </form>
        </Card>
        <Card title="Export per creditor" testId="audit-export">
          <div className="form audit-export">
            <label className="field">
              <span className="field-label">Creditor</span>
              <select value={creditorId} onChange={(e) => setExportFor({ ...exportFor, creditorId: e.target.value })} data-testid="audit-export-creditor">
                {(choices.data?.creditors ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <div className="field-row">
              <label className="field">
                <span className="field-label">From</span>
                <input type="date" value={exportFor.from} onChange={(e) => setExportFor({ ...exportFor, from: e.target.value })} data-testid="audit-export-from" />
              </label>
              <label className="field">
                <span className="field-label">To</span>
                <input type="date" value={exportFor.to} onChange={(e) => setExportFor({ ...exportFor, to: e.target.value })} data-testid="audit-export-to" />
              </label>
            </div>
            <p className="muted small">
              Each row carries the hash of the row before it; check a file with <code>npm run audit:verify -- &lt;file&gt;</code>.
            </p>
            <div className="form-actions">
              {(['csv', 'json'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="btn"
                  disabled={!creditorId}
                  onClick={() => void openDocument(auditExportHref(format, { creditorId, from: exportFor.from, to: exportFor.to }), 'download')}
                  data-testid={`audit-export-${format}`}
                >
                  Download {format.toUpperCase()}
                </button>
              ))}
            </div>
          </div>
        </Card>
      </div>
      <Card
        title="Events"
        actions={page ? <span className="muted" data-testid="audit-total">{page.totalCount} event{page.totalCount === 1 ? '' : 's'}</span> : null}
        flush
        testId="audit-results"
      >
        {error && !data ? <ErrorBanner error={error} title="Could not load the audit trail." onRetry={() => void refetch()} /> : null}
        {error && data ? <ErrorBanner error={error} title="The search was refused." /> : null}
        {loading && !data ? <Spinner label="Loading the audit trail…" /> : null}
        {page && page.items.length === 0 ? <EmptyState title="No events match.">Widen the period or clear a filter.</EmptyState> : null}
        {page && page.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table table-audit" data-testid="audit-table">
              <thead>
                <tr>
                  <th>Time</th>
                  <th>User</th>
                  <th>Operation</th>
                  <th>Case</th>
                  <th>Summary</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                    <td className="nowrap">{formatDateTime(e.at)}</td>
                    <td>{e.actor ? <span title={e.actor.email}>{e.actor.name}</span> : <span className="muted">system</span>}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.caseId ? (
                        <Link to={`/cases/${e.caseId}`} title={e.caseId}>
                          {e.caseId.slice(0, 8)}
                        </Link>
                      ) : (
                        <span className="muted" title={`${e.entity} ${e.entityId}`}>
                          {e.entity}
                        </span>
                      )}
                    </td>
                    <td className="audit-summary">{e.summary || <span className="muted">–</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {page && page.totalCount > PAGE_SIZE ? (
          <div className="audit-pager">
            <button type="button" className="btn" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} data-testid="audit-prev">
              Newer
            </button>
            <span className="muted">
              {offset + 1}–{Math.min(offset + PAGE_SIZE, page.totalCount)} of {page.totalCount}
            </span>
            <button
              type="button"
              className="btn"
              disabled={offset + PAGE_SIZE >= page.totalCount}
              onClick={() => setOffset(offset + PAGE_SIZE)}
              data-testid="audit-next"
            >
              Older
            </button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
