import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { NavLink, useNavigate } from 'react-router';
import { OnlineDot } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import { AggregateMoney } from '../../ui/money';
import { CapacityInput } from './capacity-input';
import { loadTone } from './move-plan';
import type { CollectorQueue } from './team.graphql';
import { useTeamMoves } from './team-moves';

function loadClass(size: number, capacity: number): string {
  return `load-${loadTone(size, capacity)}`;
}

/** Drop handling of one target on the board (a collector, or null for the pool). */
function useDropTarget(toCollectorId: string | null) {
  const { dragging, requestMove, endDrag } = useTeamMoves();
  const [over, setOver] = useState(false);
  // A drag only from cases that would all stay where they are is not offered here.
  const accepts = !!dragging && dragging.some((c) => (c.assignee?.id ?? null) !== toCollectorId);
  useEffect(() => {
    if (!dragging) setOver(false);
  }, [dragging]);
  return {
    over: over && accepts,
    accepts,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!accepts) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        if (!accepts || !dragging) return;
        e.preventDefault();
        setOver(false);
        requestMove(dragging, toCollectorId);
        endDrag();
      },
    },
  };
}

function CollectorRow({ row, currency, selected }: { row: CollectorQueue; currency: string | null; selected: boolean }) {
  const navigate = useNavigate();
  const { collector } = row;
  const drop = useDropTarget(collector.id);
  const fill = collector.capacity > 0 ? Math.min(100, Math.round((row.queueSize / collector.capacity) * 100)) : 100;
  const classes = [selected ? 'selected' : '', drop.accepts ? 'drop-candidate' : '', drop.over ? 'drop-over' : ''].join(' ').trim();
  return (
    <tr
      className={classes || undefined}
      onClick={() => navigate(`/team/collectors/${collector.id}`)}
      data-testid="collector-row"
      data-collector-id={collector.id}
      aria-selected={selected}
      {...drop.handlers}
    >
      <td>
        <div className="collector-cell">
          <OnlineDot online={collector.online} />
          <NavLink to={`/team/collectors/${collector.id}`} className="strong-link" onClick={(e) => e.stopPropagation()}>
            {collector.name}
          </NavLink>
          {drop.over ? (
            <span className="drop-label">
              <FormattedMessage id="team.board.dropHere" defaultMessage="Drop to move here" />
            </span>
          ) : null}
        </div>
      </td>
      <td>
        <div className={`load ${loadClass(row.queueSize, collector.capacity)}`}>
          <span className="load-text" data-testid="queue-size">
            {formatNumber(row.queueSize)} / {formatNumber(collector.capacity)}
          </span>
          <span className="load-bar" aria-hidden="true">
            <span style={{ width: `${fill}%` }} />
          </span>
        </div>
      </td>
      <td className="num">
        <div>
          <AggregateMoney cents={row.openBalanceCents} currency={currency} />
        </div>
        <div className="muted small">
          {row.oldestCaseDate ? (
            <FormattedMessage id="team.board.since" defaultMessage="since {date}" values={{ date: formatDate(row.oldestCaseDate) }} />
          ) : (
            <FormattedMessage id="team.board.noCases" defaultMessage="no cases" />
          )}
        </div>
      </td>
      <td>
        <CapacityInput collectorId={collector.id} capacity={collector.capacity} name={collector.name} />
      </td>
    </tr>
  );
}

/** The pool as a drop target at the foot of the board: drop cases here to release them. */
function PoolDropZone({ poolSize }: { poolSize: number | null }) {
  const navigate = useNavigate();
  const drop = useDropTarget(null);
  return (
    <button
      type="button"
      className={['pool-drop', drop.accepts ? 'drop-candidate' : '', drop.over ? 'drop-over' : ''].join(' ').trim()}
      onClick={() => navigate('/team/pool')}
      data-testid="pool-drop"
      {...drop.handlers}
    >
      <span className="pool-drop-icon" aria-hidden="true" />
      <span>
        <span className="pool-drop-title">
          <FormattedMessage id="team.poolName" defaultMessage="Unassigned pool" />
        </span>{' '}
        <span className="muted small">
          {drop.over ? (
            <FormattedMessage id="team.board.dropRelease" defaultMessage="Drop to release these cases" />
          ) : poolSize === null ? null : (
            <FormattedMessage
              id="team.board.poolWaiting"
              defaultMessage="{count, plural, one {# open case} other {# open cases}} waiting"
              values={{ count: poolSize }}
            />
          )}
        </span>
      </span>
    </button>
  );
}

/** The collectors table of the team page: queues against capacity, balances, drop targets for moves, and the pool. */
export function TeamBoard({
  board,
  currency,
  selectedId,
  poolSize,
}: {
  board: CollectorQueue[];
  currency: string | null;
  selectedId: string | null;
  poolSize: number | null;
}) {
  const totals = useMemo(
    () => ({
      cases: board.reduce((n, r) => n + r.queueSize, 0),
      capacity: board.reduce((n, r) => n + r.collector.capacity, 0),
      online: board.filter((r) => r.collector.online).length,
    }),
    [board],
  );

  return (
    <Card
      title={<FormattedMessage id="team.board.title" defaultMessage="Collectors" />}
      actions={
        <span className="muted small">
          <FormattedMessage
            id="team.board.totals"
            defaultMessage="{online, number} of {count, number} online · {cases} / {capacity} cases"
            values={{ online: totals.online, count: board.length, cases: formatNumber(totals.cases), capacity: formatNumber(totals.capacity) }}
          />
        </span>
      }
      className="team-board-card"
      flush
    >
      <div className="table-wrap">
        <table className="table table-board table-clickable" data-testid="team-board">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="team.board.collector" defaultMessage="Collector" />
              </th>
              <th>
                <FormattedMessage id="team.board.queue" defaultMessage="Queue" />
              </th>
              <th className="num">
                {currency ? (
                  <FormattedMessage id="team.board.balance" defaultMessage="Open balance · oldest due" />
                ) : (
                  <FormattedMessage id="team.board.balanceMixed" defaultMessage="Open balance (mixed) · oldest due" />
                )}
              </th>
              <th className="capacity-col">
                <FormattedMessage id="team.board.capacity" defaultMessage="Capacity" />
              </th>
            </tr>
          </thead>
          <tbody>
            {board.map((row) => (
              <CollectorRow key={row.collector.id} row={row} currency={currency} selected={row.collector.id === selectedId} />
            ))}
          </tbody>
        </table>
      </div>
      <PoolDropZone poolSize={poolSize} />
    </Card>
  );
}
