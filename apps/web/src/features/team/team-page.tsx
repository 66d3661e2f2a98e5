import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useMatch, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { REPORTING_CURRENCY } from '@mahnwerk/domain';
import { OnlineDot } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import { ErrorBanner } from '../../ui/error-banner';
import { AggregateMoney } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { HeldCases } from '../holds/held-cases';
import { PaymentApprovalsCard } from './payment-approvals-card';
import { CapacityInput } from './capacity-input';
import { loadTone } from './move-plan';
import { COLLECTORS, ORPHAN_CASES, POOL_SIZE, TEAM_QUEUES, TEAM_QUEUES_CHANGED, type Collector, type CollectorQueue } from './team.graphql';
import { MoveNotice, TeamMovesProvider, useTeamMoves } from './team-moves';
import './team.css';

export interface TeamOutletContext {
  board: CollectorQueue[];
  collectors: Collector[];
  currency: string | null;
  /** Changes whenever the live board does: lists that the board does not carry refetch on it. */
  boardSignature: string;
}

export function useTeamContext(): TeamOutletContext {
  return useOutletContext<TeamOutletContext>();
}

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

function TeamBoard({
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

export function TeamPage() {
  const intl = useIntl();
  const poolMatch = useMatch('/team/pool');
  const [search] = useSearchParams();
  const orphansView = !!poolMatch && search.get('view') === 'orphans';
  const collectorMatch = useMatch('/team/collectors/:collectorId');
  const selectedId = collectorMatch?.params.collectorId ?? null;
  // The API reports every board balance in the reporting currency, whatever the creditors' currencies.
  const currency = REPORTING_CURRENCY;

  const { data, loading, error, refetch, subscribeToMore } = useQuery(TEAM_QUEUES, { fetchPolicy: 'cache-and-network' });
  const collectorsQuery = useQuery(COLLECTORS, { fetchPolicy: 'cache-and-network' });
  const poolQuery = useQuery(POOL_SIZE, { fetchPolicy: 'cache-and-network' });
  const orphansQuery = useQuery(ORPHAN_CASES, { variables: { limit: 1, offset: 0 }, fetchPolicy: 'cache-and-network' });

  useEffect(
    () =>
      subscribeToMore({
        document: TEAM_QUEUES_CHANGED,
        // The payload is the whole board: replace it.
        updateQuery: (_unsafe, { subscriptionData }) => ({ teamQueues: subscriptionData.data.teamQueuesChanged }),
      }),
    [subscribeToMore],
  );

  const board = useMemo(
    () => [...(data?.teamQueues ?? [])].sort((a, b) => a.collector.name.localeCompare(b.collector.name, undefined, { numeric: true })),
    [data?.teamQueues],
  );
  const collectors = useMemo(
    () =>
      [...(collectorsQuery.data?.collectors ?? board.map((r) => r.collector))]
        .map((c) => ({ ...c, online: board.find((r) => r.collector.id === c.id)?.collector.online ?? c.online }))
        .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
    [collectorsQuery.data?.collectors, board],
  );
  const boardSignature = useMemo(() => board.map((r) => `${r.collector.id}:${r.queueSize}:${r.openBalanceCents}`).join('|'), [board]);

  // Someone else's move changes the board: the pool and orphan counts follow it.
  const { refetch: refetchPool } = poolQuery;
  const { refetch: refetchOrphans } = orphansQuery;
  const [seenSignature, setSeenSignature] = useState(boardSignature);
  useEffect(() => {
    if (seenSignature === boardSignature) return;
    setSeenSignature(boardSignature);
    void refetchPool();
    void refetchOrphans();
  }, [boardSignature, seenSignature, refetchPool, refetchOrphans]);

  const context: TeamOutletContext = { board, collectors, currency, boardSignature };
  const poolSize = poolQuery.data?.cases.totalCount ?? null;
  const orphanCount = orphansQuery.data?.orphanCases.totalCount ?? null;

  return (
    <TeamMovesProvider collectors={collectors}>
      <div className="page page-team">
        <div className="page-header">
          <h1>
            <FormattedMessage id="team.page.title" defaultMessage="Team" />
          </h1>
          <nav className="tabs" aria-label={intl.formatMessage({ id: 'team.page.views', defaultMessage: 'Team views' })}>
            <NavLink to="/team" end={false} className={() => `tab${!poolMatch ? ' active' : ''}`}>
              <FormattedMessage id="team.page.tabCollectors" defaultMessage="Collectors" />
            </NavLink>
            <NavLink to="/team/pool" className={() => `tab${poolMatch && !orphansView ? ' active' : ''}`} data-testid="tab-pool">
              <FormattedMessage id="team.poolName" defaultMessage="Unassigned pool" />
              {poolSize !== null ? <span className="tab-count">{formatNumber(poolSize)}</span> : null}
            </NavLink>
            <NavLink to="/team/pool?view=orphans" className={() => `tab${orphansView ? ' active' : ''}`} data-testid="tab-orphans">
              <FormattedMessage id="team.page.tabOrphans" defaultMessage="Orphans" />
              {orphanCount !== null ? (
                <span className={`tab-count${orphanCount > 0 ? ' tab-count-warn' : ''}`}>{formatNumber(orphanCount)}</span>
              ) : null}
            </NavLink>
          </nav>
        </div>
        {error ? (
          <ErrorBanner
            error={error}
            title={intl.formatMessage({ id: 'team.page.loadError', defaultMessage: 'Could not load the team board.' })}
            onRetry={() => void refetch()}
          />
        ) : null}
        <MoveNotice />
        <div className="team-layout">
          <div className="team-board-col">
            {loading && !data ? (
              <Spinner label={intl.formatMessage({ id: 'team.page.loading', defaultMessage: 'Loading team…' })} />
            ) : (
              <TeamBoard board={board} currency={currency} selectedId={selectedId} poolSize={poolSize} />
            )}
            <PaymentApprovalsCard />
            <HeldCases />
          </div>
          <div className="team-detail-col">
            <Outlet context={context} />
          </div>
        </div>
      </div>
    </TeamMovesProvider>
  );
}

export function TeamNoSelection() {
  const intl = useIntl();
  return (
    <Card>
      <EmptyState title={intl.formatMessage({ id: 'team.noSelection.title', defaultMessage: 'Select a collector' })}>
        <FormattedMessage
          id="team.noSelection.body"
          defaultMessage="Their cases appear here, with actions to reassign or release them. Press ? for the keyboard shortcuts."
        />
      </EmptyState>
    </Card>
  );
}
