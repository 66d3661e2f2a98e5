import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate } from '../../ui/date';
import { describeError, errorCode } from '../../ui/describe-error';
import { Money } from '../../ui/money';
import type { QueueCase } from '../queue/queue.graphql';
import { RELEASE_CASE, REASSIGN_CASE, type Collector } from './team.graphql';

export interface TableNotice {
  tone: 'info' | 'error' | 'success';
  text: string;
}

export const CONFLICT_TEXT = 'This case changed meanwhile — reloaded';

function CaseActions({
  item,
  collectors,
  onDone,
}: {
  item: QueueCase;
  collectors: Collector[];
  onDone: (notice: TableNotice, reload: boolean) => Promise<void> | void;
}) {
  const [reassign] = useMutation(REASSIGN_CASE);
  const [release] = useMutation(RELEASE_CASE);
  const [busy, setBusy] = useState(false);
  const subject = item.debtor.name;

  async function run(action: () => Promise<unknown>, success: string) {
    setBusy(true);
    try {
      await action();
      await onDone({ tone: 'success', text: `${subject}: ${success}` }, true);
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        await onDone({ tone: 'info', text: `${subject}: ${CONFLICT_TEXT}` }, true);
      } else {
        const { code, message } = describeError(err);
        await onDone({ tone: 'error', text: `${subject}: ${code ? `${code} — ` : ''}${message}` }, false);
      }
    } finally {
      setBusy(false);
    }
  }

  const targets = collectors.filter((c) => c.id !== item.assignee?.id);
  return (
    <div className="row-actions">
      <select
        value=""
        disabled={busy || targets.length === 0}
        aria-label={`Reassign ${subject} to`}
        onChange={(e) => {
          const target = collectors.find((c) => c.id === e.target.value);
          if (!target) return;
          void run(
            () => reassign({ variables: { caseId: item.id, collectorId: target.id, expectedVersion: item.version } }),
            `moved to ${target.name}.`,
          );
        }}
        data-testid="reassign-select"
      >
        <option value="">{item.assignee ? 'Reassign to…' : 'Assign to…'}</option>
        {targets.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
            {c.online ? '' : ' (offline)'}
          </option>
        ))}
      </select>
      {item.assignee ? (
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          onClick={() => void run(() => release({ variables: { caseId: item.id } }), 'released to the pool.')}
          data-testid="release-case"
        >
          Release to pool
        </button>
      ) : null}
    </div>
  );
}

export function CaseTable({
  items,
  collectors,
  showAssignee,
  onDone,
}: {
  items: QueueCase[];
  collectors: Collector[];
  showAssignee: boolean;
  onDone: (notice: TableNotice, reload: boolean) => Promise<void> | void;
}) {
  return (
    <div className="table-wrap">
      <table className="table table-cases">
        <thead>
          <tr>
            <th>Debtor / creditor</th>
            <th>Stage</th>
            {showAssignee ? <th>Assignee</th> : null}
            <th className="num">Open · oldest due</th>
            <th className="num" title="Priority and case version">
              Prio. · v
            </th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="case-row" data-case-id={item.id}>
              <td>
                <Link to={`/cases/${item.id}`} className="strong-link">
                  {item.debtor.name}
                </Link>
                <div className="muted small">{item.creditor.name}</div>
              </td>
              <td>
                <StageBadge stage={item.stage} />
                {item.status !== 'OPEN' ? (
                  <>
                    {' '}
                    <StatusBadge status={item.status} />
                  </>
                ) : null}
              </td>
              {showAssignee ? <td>{item.assignee ? item.assignee.name : <span className="badge badge-warn">Unassigned</span>}</td> : null}
              <td className="num">
                <Money cents={item.openCents} currency={item.creditor.currency} />
                <div className="muted small">{formatDate(item.oldestDueDate)}</div>
              </td>
              <td className="num">
                {item.priority}
                <div className="muted small" title="Case version">
                  v{item.version}
                </div>
              </td>
              <td>
                <CaseActions item={item} collectors={collectors} onDone={onDone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  if (total <= limit && offset === 0) return <span className="muted small">{total} cases</span>;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <span className="muted small">
        {from}–{to} of {total}
      </span>
      <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <button type="button" className="btn btn-small" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        Next →
      </button>
    </div>
  );
}

export function NoticeBar({ notice, onClose }: { notice: TableNotice | null; onClose: () => void }) {
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="team-notice">
      {notice.text}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
