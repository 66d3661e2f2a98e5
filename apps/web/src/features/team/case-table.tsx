import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { OnlineDot } from '../../ui/badge';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate } from '../../ui/date';
import { describeError, errorCode } from '../../ui/describe-error';
import { formatNumber } from '../../ui/format';
import { Money } from '../../ui/money';
import type { Notice } from '../../ui/notice-bar';
import type { QueueCase } from '../queue/queue.graphql';
import { CollectorPicker, moveTargets } from './collector-picker';
import { dragSet, toggleAll, toggleSelected } from './move-plan';
import { SelectionBar } from './selection-bar';
import type { Collector } from './team.graphql';
import { useTeamMoves } from './team-moves';
import { useReleaseCase } from './hooks/use-release-case';
import { useCaseListKeys } from './use-case-list-keys';

/** One row's actions: "Reassign to…" asks for confirmation like a drag does; Release returns the case to the pool. */
function CaseActions({
  item,
  collectors,
  onDone,
}: {
  item: QueueCase;
  collectors: Collector[];
  onDone: (notice: Notice, reload: boolean) => Promise<void> | void;
}) {
  const intl = useIntl();
  const { requestMove } = useTeamMoves();
  const [release] = useReleaseCase();
  const [busy, setBusy] = useState(false);
  const subject = item.debtor.name;

  async function releaseCase() {
    setBusy(true);
    try {
      await release({ variables: { caseId: item.id } });
      await onDone({ tone: 'success', text: intl.formatMessage({ id: 'team.case.released', defaultMessage: '{subject}: released to the pool.' }, { subject }) }, true);
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        const text = intl.formatMessage({ id: 'team.case.conflict', defaultMessage: '{subject}: this case changed meanwhile — reloaded' }, { subject });
        await onDone({ tone: 'info', text }, true);
      } else {
        const { code, message } = describeError(err);
        const text = code
          ? intl.formatMessage({ id: 'team.case.errorWithCode', defaultMessage: '{subject}: {code} — {message}' }, { subject, code, message })
          : intl.formatMessage({ id: 'team.case.error', defaultMessage: '{subject}: {message}' }, { subject, message });
        await onDone({ tone: 'error', text }, false);
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
        aria-label={intl.formatMessage({ id: 'team.case.reassignLabel', defaultMessage: 'Reassign {subject} to' }, { subject })}
        onChange={(e) => {
          if (e.target.value) requestMove([item], e.target.value);
        }}
        data-testid="reassign-select"
      >
        <option value="">
          {item.assignee
            ? intl.formatMessage({ id: 'team.case.reassignTo', defaultMessage: 'Reassign to…' })
            : intl.formatMessage({ id: 'team.case.assignTo', defaultMessage: 'Assign to…' })}
        </option>
        {targets.map((c) => (
          <option key={c.id} value={c.id}>
            {c.online ? c.name : intl.formatMessage({ id: 'team.collector.offlineName', defaultMessage: '{name} (offline)' }, { name: c.name })}
          </option>
        ))}
      </select>
      {item.assignee ? (
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          onClick={() => void releaseCase()}
          data-testid="release-case"
          title={intl.formatMessage({ id: 'team.case.releaseTitle', defaultMessage: 'Release to the unassigned pool' })}
        >
          <FormattedMessage id="team.case.release" defaultMessage="Release" />
        </button>
      ) : null}
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
  const intl = useIntl();
  const { requestMove, startDrag, endDrag, dragging, moveCount, confirming } = useTeamMoves();
  const [selectedIds, setSelectedIds] = useState<Set<string>>(new Set());
  const [picking, setPicking] = useState<QueueCase[] | null>(null);
  useEffect(() => setSelectedIds(new Set()), [moveCount, currentAssigneeId]);
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const selected = useMemo(() => items.filter((i) => selectedIds.has(i.id)), [items, selectedIds]);
  const allSelected = ids.length > 0 && ids.every((id) => selectedIds.has(id));
  const draggingIds = useMemo(() => new Set((dragging ?? []).map((c) => c.id)), [dragging]);
  const keys = useCaseListKeys({
    items,
    setSelectedIds,
    hasSelection: selected.length > 0,
    onMove: (fallback) => {
      const cases = selected.length ? selected : fallback ? [fallback] : [];
      if (cases.length) setPicking(cases);
    },
    enabled: !confirming && !picking,
  });
  const poolName = intl.formatMessage({ id: 'team.poolName', defaultMessage: 'Unassigned pool' });

  return (
    <>
      <SelectionBar
        selected={selected}
        collectors={collectors}
        currentAssigneeId={currentAssigneeId}
        onMove={(to) => requestMove(selected, to)}
        onClear={() => setSelectedIds(new Set())}
      />
      {picking ? (
        <CollectorPicker
          caseCount={picking.length}
          targets={moveTargets(collectors, currentAssigneeId, picking.some((c) => c.assignee) ? poolName : null)}
          onChoose={(target) => {
            setPicking(null);
            requestMove(picking, target.id);
          }}
          onClose={() => setPicking(null)}
        />
      ) : null}
      <div className="table-wrap">
        <table className="table table-cases table-selectable" data-testid="team-case-table">
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
                  aria-label={intl.formatMessage({ id: 'team.table.selectAll', defaultMessage: 'Select all cases on this page' })}
                  data-testid="select-all"
                />
              </th>
              <th>
                <FormattedMessage id="team.table.debtorCreditor" defaultMessage="Debtor / creditor" />
              </th>
              <th>
                <FormattedMessage id="team.table.stage" defaultMessage="Stage" />
              </th>
              {showAssignee ? (
                <th>
                  <FormattedMessage id="team.table.assignee" defaultMessage="Assignee" />
                </th>
              ) : null}
              {extraColumn ? <th>{extraColumn.header}</th> : null}
              <th className="num">
                <FormattedMessage id="team.table.openOldestDue" defaultMessage="Open · oldest due" />
              </th>
              <th className="num" title={intl.formatMessage({ id: 'team.table.priorityVersionTitle', defaultMessage: 'Priority and case version' })}>
                <FormattedMessage id="team.table.priorityVersion" defaultMessage="Prio. · v" />
              </th>
              <th>
                <FormattedMessage id="team.table.actions" defaultMessage="Actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const isSelected = selectedIds.has(item.id);
              const classes = [isSelected ? 'selected' : '', draggingIds.has(item.id) ? 'dragging' : '', keys.cursor === index ? 'cursor' : ''];
              return (
                <tr
                  key={item.id}
                  data-testid="case-row"
                  data-case-id={item.id}
                  className={classes.join(' ').trim() || undefined}
                  draggable
                  onDragStart={(e) => startDrag(dragSet(items, selectedIds, item), e)}
                  onDragEnd={endDrag}
                  aria-selected={isSelected}
                  {...keys.rowProps(index, item.id)}
                >
                  <td className="select-cell">
                    <span
                      className="drag-handle"
                      aria-hidden="true"
                      title={intl.formatMessage({ id: 'team.table.dragHandle', defaultMessage: 'Drag onto a collector' })}
                    />
                    <input
                      type="checkbox"
                      checked={isSelected}
                      onChange={() => setSelectedIds((s) => toggleSelected(s, item.id))}
                      aria-label={intl.formatMessage({ id: 'team.table.selectCase', defaultMessage: 'Select {name}' }, { name: item.debtor.name })}
                      data-testid="select-case"
                    />
                  </td>
                  <td>
                    <Link to={`/cases/${item.id}`} className="strong-link" draggable={false}>
                      {item.debtor.name}
                    </Link>
                    <div className="muted small">{item.creditor.name}</div>
                  </td>
                  <td className="stage-cell">
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
                        <span className="badge badge-warn">
                          <FormattedMessage id="team.table.unassigned" defaultMessage="Unassigned" />
                        </span>
                      )}
                    </td>
                  ) : null}
                  {extraColumn ? <td>{extraColumn.cell(item)}</td> : null}
                  <td className="num">
                    <Money cents={item.openCents} currency={item.creditor.currency} />
                    <div className="muted small">{formatDate(item.oldestDueDate)}</div>
                  </td>
                  <td className="num">
                    {formatNumber(item.priority)}
                    <div className="muted small" title={intl.formatMessage({ id: 'team.table.versionTitle', defaultMessage: 'Case version' })}>
                      <FormattedMessage id="team.table.version" defaultMessage="v{version}" values={{ version: item.version }} />
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
