import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { OnlineDot } from '../../ui/badge';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate } from '../../ui/date';
import { describeError, errorCode } from '../../ui/describe-error';
import { Money } from '../../ui/money';
import type { QueueCase } from '../queue/queue.graphql';
import { dragSet, plural, toggleAll, toggleSelected } from './move-plan';
import type { Collector } from './team.graphql';
import { useTeamMoves } from './team-moves';
import { useReassignCase } from './hooks/use-reassign-case';
import { useReleaseCase } from './hooks/use-release-case';
import type { Notice } from '../../ui/notice-bar';

export const CONFLICT_TEXT = 'This case changed meanwhile — reloaded';

function CaseActions({
  item,
  collectors,
  onDone,
}: {
  item: QueueCase;
  collectors: Collector[];
  onDone: (notice: Notice, reload: boolean) => Promise<void> | void;
}) {
  const [reassign] = useReassignCase();
  const [release] = useReleaseCase();
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
          title="Release to the unassigned pool"
        >
          Release
        </button>
      ) : null}
    </div>
  );
}

/** The bar over a list with a selection: how many, "Move to…" for keyboard users, clear. */
function SelectionBar({
  selected,
  collectors,
  currentAssigneeId,
  onMove,
  onClear,
}: {
  selected: QueueCase[];
  collectors: Collector[];
  currentAssigneeId: string | null;
  onMove: (toCollectorId: string | null) => void;
  onClear: () => void;
}) {
  const anyAssigned = selected.some((c) => c.assignee);
  return (
    <div className={`selection-bar${selected.length ? ' active' : ''}`} data-testid="selection-bar">
      {selected.length ? (
        <>
          <span className="selection-count" aria-live="polite">
            {plural(selected.length, 'case')} selected
          </span>
          <select
            value=""
            aria-label="Move the selected cases to"
            onChange={(e) => {
              const value = e.target.value;
              if (value === 'pool') onMove(null);
              else if (value) onMove(value);
            }}
            data-testid="move-to-select"
          >
            <option value="">Move to…</option>
            {anyAssigned ? <option value="pool">Unassigned pool</option> : null}
            {collectors
              .filter((c) => c.id !== currentAssigneeId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.online ? '' : ' (offline)'}
                </option>
              ))}
          </select>
          <button type="button" className="btn btn-small" onClick={onClear}>
            Clear
          </button>
          <span className="muted small selection-hint">or drag them onto a collector</span>
        </>
      ) : (
        <span className="muted small">Tick cases to move several at once, or drag a row onto a collector.</span>
      )}
    </div>
  );
}

export interface ExtraColumn {
  header: ReactNode;
  cell: (item: QueueCase) => ReactNode;
}

export function CaseTable({
  items,
  collectors,
  showAssignee,
  onDone,
  currentAssigneeId = null,
  extraColumn,
}: {
  items: QueueCase[];
  collectors: Collector[];
  showAssignee: boolean;
  onDone: (notice: Notice, reload: boolean) => Promise<void> | void;
  /** The collector whose queue this is (not offered as a target); null for the pool. */
  currentAssigneeId?: string | null;
  extraColumn?: ExtraColumn;
}) {
  const { requestMove, startDrag, endDrag, dragging, moveCount } = useTeamMoves();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());
  useEffect(() => setSelectedIds(new Set()), [moveCount, currentAssigneeId]);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const selected = useMemo(() => items.filter((i) => selectedIds.has(i.id)), [items, selectedIds]);
  const allSelected = ids.length > 0 && ids.every((id) => selectedIds.has(id));
  const draggingIds = useMemo(() => new Set((dragging ?? []).map((c) => c.id)), [dragging]);

  return (
    <>
      <SelectionBar
        selected={selected}
        collectors={collectors}
        currentAssigneeId={currentAssigneeId}
        onMove={(to) => requestMove(selected, to)}
        onClear={() => setSelectedIds(new Set())}
      />
      <div className="table-wrap">
        <table className="table table-cases table-selectable">
          <thead>
            <tr>
              <th className="select-cell">
                <input
                  type="checkbox"
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = !allSelected && selected.length > 0;
                  }}
                  onChange={() => setSelectedIds((s) => toggleAll(s, ids))}
                  aria-label="Select all cases on this page"
                  data-testid="select-all"
                />
              </th>
              <th>Debtor / creditor</th>
              <th>Stage</th>
              {showAssignee ? <th>Assignee</th> : null}
              {extraColumn ? <th>{extraColumn.header}</th> : null}
              <th className="num">Open · oldest due</th>
              <th className="num" title="Priority and case version">
                Prio. · v
              </th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const isSelected = selectedIds.has(item.id);
              return (
                <tr
                  key={item.id}
                  data-testid="case-row"
                  data-case-id={item.id}
                  className={[isSelected ? 'selected' : '', draggingIds.has(item.id) ? 'dragging' : ''].join(' ').trim() || undefined}
                  draggable
                  onDragStart={(e) => startDrag(dragSet(items, selectedIds, item), e)}
                  onDragEnd={endDrag}
                  aria-selected={isSelected}
                >
                  <td className="select-cell">
                    <span className="drag-handle" aria-hidden="true" title="Drag onto a collector" />
                    <input
                      type="checkbox"
                      checked={isSelected}
                      onChange={() => setSelectedIds((s) => toggleSelected(s, item.id))}
                      aria-label={`Select ${item.debtor.name}`}
                      data-testid="select-case"
                    />
                  </td>
                  <td>
                    <Link to={`/cases/${item.id}`} className="strong-link" draggable={false}>
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
                  {showAssignee ? (
                    <td>
                      {item.assignee ? (
                        <span className="collector-cell">
                          <OnlineDot online={collectors.find((c) => c.id === item.assignee?.id)?.online ?? false} />
                          {item.assignee.name}
                        </span>
                      ) : (
                        <span className="badge badge-warn">Unassigned</span>
                      )}
                    </td>
                  ) : null}
                  {extraColumn ? <td>{extraColumn.cell(item)}</td> : null}
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
              );
            })}
          </tbody>
        </table>
      </div>
    </>
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
