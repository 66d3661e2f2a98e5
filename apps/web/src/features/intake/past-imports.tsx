import { useQuery } from '@apollo/client/react';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { downloadRejectedRows } from './hooks/use-upload-case-file';
import { CASE_IMPORTS } from './intake.graphql';

const STATUS_TONE = { RUNNING: 'info', DONE: 'good', FAILED: 'bad' } as const;

/** The latest imports with their counts; a failed one says why, rejected rows download as CSV. */
export function PastImports() {
  const { token } = useAuth();
  const { data, loading } = useQuery(CASE_IMPORTS, { variables: { limit: 20 }, fetchPolicy: 'cache-and-network' });
  const jobs = data?.caseImports ?? [];
  return (
    <Card title="Past imports" testId="intake-history" flush>
      {jobs.length === 0 ? (
        <EmptyState title={loading ? 'Loading…' : 'No imports yet'} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Started</th>
                <th>File</th>
                <th>By</th>
                <th>Status</th>
                <th className="num">Rows</th>
                <th className="num">Imported</th>
                <th className="num">Cases</th>
                <th className="num">Duplicates</th>
                <th className="num">Rejected</th>
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
                  <td><Badge tone={STATUS_TONE[j.status]}>{j.status.toLowerCase()}</Badge></td>
                  <td className="num">{(j.rowsTotal ?? j.rowsProcessed).toLocaleString()}</td>
                  <td className="num">{j.imported.toLocaleString()}</td>
                  <td className="num">{j.casesCreated.toLocaleString()}</td>
                  <td className="num">{j.duplicates.toLocaleString()}</td>
                  <td className="num">
                    {j.rejected ? (
                      <button type="button" className="btn btn-ghost btn-small" onClick={() => void downloadRejectedRows(j.id, token)} title="Download the rejected rows">
                        {j.rejected.toLocaleString()} ↓
                      </button>
                    ) : '0'}
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
