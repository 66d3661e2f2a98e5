import { useQuery } from '@apollo/client/react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import { downloadRejectedRows } from './hooks/use-upload-case-file';
import { CASE_IMPORTS } from './intake.graphql';

const STATUS_TONE = { RUNNING: 'info', DONE: 'good', FAILED: 'bad' } as const;

const STATUS_LABELS = defineMessages({
  RUNNING: { id: 'intake.history.status.RUNNING', defaultMessage: 'running' },
  DONE: { id: 'intake.history.status.DONE', defaultMessage: 'done' },
  FAILED: { id: 'intake.history.status.FAILED', defaultMessage: 'failed' },
});

/** The latest imports with their counts; a failed one says why, rejected rows download as CSV. */
export function PastImports() {
  const { token } = useAuth();
  const intl = useIntl();
  const { data, loading } = useQuery(CASE_IMPORTS, { variables: { limit: 20 }, fetchPolicy: 'cache-and-network' });
  const jobs = data?.caseImports ?? [];
  return (
    <Card title={<FormattedMessage id="intake.history.title" defaultMessage="Past imports" />} testId="intake-history" flush>
      {jobs.length === 0 ? (
        <EmptyState
          title={
            loading
              ? intl.formatMessage({ id: 'intake.history.loading', defaultMessage: 'Loading…' })
              : intl.formatMessage({ id: 'intake.history.empty', defaultMessage: 'No imports yet' })
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th><FormattedMessage id="intake.history.started" defaultMessage="Started" /></th>
                <th><FormattedMessage id="intake.history.file" defaultMessage="File" /></th>
                <th><FormattedMessage id="intake.history.by" defaultMessage="By" /></th>
                <th><FormattedMessage id="intake.history.status" defaultMessage="Status" /></th>
                <th className="num"><FormattedMessage id="intake.history.rows" defaultMessage="Rows" /></th>
                <th className="num"><FormattedMessage id="intake.history.imported" defaultMessage="Imported" /></th>
                <th className="num"><FormattedMessage id="intake.history.cases" defaultMessage="Cases" /></th>
                <th className="num"><FormattedMessage id="intake.history.duplicates" defaultMessage="Duplicates" /></th>
                <th className="num"><FormattedMessage id="intake.history.rejected" defaultMessage="Rejected" /></th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} data-testid="intake-history-row">
                  <td>{formatDateTime(j.startedAt)}</td>
                  <td className="intake-file-name">
                    {j.fileName}
                    {j.status === 'FAILED' && j.error ? <div className="intake-job-error" data-testid="intake-history-error">{j.error}</div> : null}
                  </td>
                  <td>{j.createdByName}</td>
                  <td><Badge tone={STATUS_TONE[j.status]}>{intl.formatMessage(STATUS_LABELS[j.status])}</Badge></td>
                  <td className="num">{formatNumber(j.rowsTotal ?? j.rowsProcessed)}</td>
                  <td className="num">{formatNumber(j.imported)}</td>
                  <td className="num">{formatNumber(j.casesCreated)}</td>
                  <td className="num">{formatNumber(j.duplicates)}</td>
                  <td className="num">
                    {j.rejected ? (
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        onClick={() => void downloadRejectedRows(j.id, token)}
                        title={intl.formatMessage({ id: 'intake.history.downloadRejected', defaultMessage: 'Download the rejected rows' })}
                      >
                        {formatNumber(j.rejected)} ↓
                      </button>
                    ) : formatNumber(0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
