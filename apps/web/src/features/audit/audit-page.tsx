import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useOpenDocument } from '../case/hooks/use-open-document';
import { auditExportHref } from './audit-export';
import { AUDIT_CHOICES, AUDIT_EVENTS } from './audit.graphql';
import './audit.css';
import { DateInput } from '../../ui/date-input';

const PAGE_SIZE = 50;
/** The command that checks an export's hash chain (a command line, not language). */
const VERIFY_COMMAND = 'npm run audit:verify -- <file>';

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
  const intl = useIntl();
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
        <h1>
          <FormattedMessage id="audit.title" defaultMessage="Audit trail" />
        </h1>
        <span className="muted">
          <FormattedMessage id="audit.intro" defaultMessage="Every change and every staff read of a debtor's personal data, append-only." />
        </span>
      </div>
      <div className="audit-layout">
        <Card title={<FormattedMessage id="audit.search.title" defaultMessage="Search" />} testId="audit-filters">
          <form className="form audit-filters" onSubmit={search}>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.filter.case" defaultMessage="Case id" />
              </span>
              <input value={draft.caseId} onChange={set('caseId')} placeholder={intl.formatMessage({ id: 'audit.filter.case.example', defaultMessage: 'UUID' })} data-testid="audit-case" />
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.filter.user" defaultMessage="User" />
              </span>
              <select value={draft.userId} onChange={set('userId')} data-testid="audit-user">
                <option value="">{intl.formatMessage({ id: 'audit.filter.anyone', defaultMessage: 'Anyone' })}</option>
                {(choices.data?.users ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.email})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.filter.operation" defaultMessage="Operation" />
              </span>
              <input value={draft.action} onChange={set('action')} placeholder={intl.formatMessage({ id: 'audit.filter.operation.example', defaultMessage: 'e.g. debtor.read' })} data-testid="audit-action" />
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.filter.from" defaultMessage="From" />
              </span>
              <DateInput value={draft.from} onChange={(from) => setDraft({ ...draft, from })} data-testid="audit-from" />
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.filter.to" defaultMessage="To" />
              </span>
              <DateInput value={draft.to} onChange={(to) => setDraft({ ...draft, to })} data-testid="audit-to" />
            </label>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" data-testid="audit-search">
                <FormattedMessage id="audit.search.submit" defaultMessage="Search" />
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
                <FormattedMessage id="audit.search.clear" defaultMessage="Clear" />
              </button>
            </div>
          </form>
        </Card>
        <Card title={<FormattedMessage id="audit.export.title" defaultMessage="Export per creditor" />} testId="audit-export">
          <div className="form audit-export">
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="audit.export.creditor" defaultMessage="Creditor" />
              </span>
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
                <span className="field-label">
                  <FormattedMessage id="audit.export.from" defaultMessage="From" />
                </span>
                <DateInput value={exportFor.from} onChange={(from) => setExportFor({ ...exportFor, from })} data-testid="audit-export-from" />
              </label>
              <label className="field">
                <span className="field-label">
                  <FormattedMessage id="audit.export.to" defaultMessage="To" />
                </span>
                <DateInput value={exportFor.to} onChange={(to) => setExportFor({ ...exportFor, to })} data-testid="audit-export-to" />
              </label>
            </div>
            <p className="muted small">
              <FormattedMessage
                id="audit.export.verify"
                defaultMessage="Each row carries the hash of the row before it; check a file with {command}."
                values={{ command: <code>{VERIFY_COMMAND}</code> }}
              />
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
                  <FormattedMessage id="audit.export.download" defaultMessage="Download {format}" values={{ format: format.toUpperCase() }} />
                </button>
              ))}
            </div>
          </div>
        </Card>
      </div>
      <Card
        title={<FormattedMessage id="audit.events.title" defaultMessage="Events" />}
        actions={
          page ? (
            <span className="muted" data-testid="audit-total">
              <FormattedMessage
                id="audit.events.total"
                defaultMessage="{count, plural, one {# event} other {# events}}"
                values={{ count: page.totalCount }}
              />
            </span>
          ) : null
        }
        flush
        testId="audit-results"
      >
        {error && !data ? <ErrorBanner
            error={error}
            title={intl.formatMessage({ id: 'audit.loadError', defaultMessage: 'Could not load the audit trail.' })}
            onRetry={() => void refetch()}
          /> : null}
        {error && data ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'audit.searchRefused', defaultMessage: 'The search was refused.' })} /> : null}
        {loading && !data ? <Spinner label={intl.formatMessage({ id: 'audit.loading', defaultMessage: 'Loading the audit trail…' })} /> : null}
        {page && page.items.length === 0 ? <EmptyState title={intl.formatMessage({ id: 'audit.empty.title', defaultMessage: 'No events match.' })}>
            <FormattedMessage id="audit.empty.body" defaultMessage="Widen the period or clear a filter." />
          </EmptyState> : null}
        {page && page.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table table-audit" data-testid="audit-table">
              <thead>
                <tr>
                  <th>
                    <FormattedMessage id="audit.column.time" defaultMessage="Time" />
                  </th>
                  <th>
                    <FormattedMessage id="audit.column.user" defaultMessage="User" />
                  </th>
                  <th>
                    <FormattedMessage id="audit.column.operation" defaultMessage="Operation" />
                  </th>
                  <th>
                    <FormattedMessage id="audit.column.case" defaultMessage="Case" />
                  </th>
                  <th>
                    <FormattedMessage id="audit.column.summary" defaultMessage="Summary" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                    <td className="nowrap">{formatDateTime(e.at)}</td>
                    <td>{e.actor ? <span title={e.actor.email}>{e.actor.name}</span> : <span className="muted">
                          <FormattedMessage id="audit.actor.system" defaultMessage="system" />
                        </span>}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.caseId ? (
                        <Link to={`/cases/${e.caseId}`} title={e.caseId}>
                          {e.caseId.slice(0, 8)}
                        </Link>
                      ) : (
                        <span className="muted" title={[e.entity, e.entityId].join(' ')}>
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
              <FormattedMessage id="audit.page.newer" defaultMessage="Newer" />
            </button>
            <span className="muted">
              <FormattedMessage
                id="audit.page.range"
                defaultMessage="{first, number}–{last, number} of {total, number}"
                values={{ first: offset + 1, last: Math.min(offset + PAGE_SIZE, page.totalCount), total: page.totalCount }}
              />
            </span>
            <button
              type="button"
              className="btn"
              disabled={offset + PAGE_SIZE >= page.totalCount}
              onClick={() => setOffset(offset + PAGE_SIZE)}
              data-testid="audit-next"
            >
              <FormattedMessage id="audit.page.older" defaultMessage="Older" />
            </button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
