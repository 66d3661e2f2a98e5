import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { NavLink, Outlet, useMatch, useNavigate, useOutletContext } from 'react-router';
import { REPORTING_CURRENCY } from '@mahnwerk/domain';
import { OnlineDot } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { AggregateMoney } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { CapacityInput } from './capacity-input';
import { COLLECTORS, TEAM_QUEUES, TEAM_QUEUES_CHANGED, type Collector, type CollectorQueue } from './team.graphql';

export interface TeamOutletContext {
  board: CollectorQueue[];
  collectors: Collector[];
  currency: string | null;
}

export function useTeamContext(): TeamOutletContext {
  return useOutletContext<TeamOutletContext>();
}

function loadClass(size: number, capacity: number): string {
  if (capacity <= 0) return size > 0 ? 'load-over' : 'load-ok';
  if (size > capacity) return 'load-over';
  if (size >= capacity) return 'load-full';
  return 'load-ok';
}

function TeamBoard({ board, currency, selectedId }: { board: CollectorQueue[]; currency: string | null; selectedId: string | null }) {
  const navigate = useNavigate();
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
      title="Collectors"
      actions={
        <span className="muted small">
          {totals.online} of {board.length} online · {totals.cases} / {totals.capacity} cases
        </span>
      }
      className="team-board-card"
      flush
    >
      <div className="table-wrap">
        <table className="table table-board table-clickable" data-testid="team-board">
          <thead>
            <tr>
              <th>Collector</th>
              <th>Queue</th>
              <th className="num">Open balance{currency ? '' : ' (mixed)'} · oldest due</th>
              <th>Capacity</th>
            </tr>
          </thead>
          <tbody>
            {board.map((row) => {
              const { collector } = row;
              const fill = collector.capacity > 0 ? Math.min(100, Math.round((row.queueSize / collector.capacity) * 100)) : 100;
              return (
                <tr
                  key={collector.id}
                  className={collector.id === selectedId ? 'selected' : undefined}
                  onClick={() => navigate(`/team/collectors/${collector.id}`)}
                  data-testid="collector-row"
                  data-collector-id={collector.id}
                  aria-selected={collector.id === selectedId}
                >
                  <td>
                    <div className="collector-cell">
                      <OnlineDot online={collector.online} />
                      <NavLink to={`/team/collectors/${collector.id}`} className="strong-link" onClick={(e) => e.stopPropagation()}>
                        {collector.name}
                      </NavLink>
                    </div>
                  </td>
                  <td>
                    <div className={`load ${loadClass(row.queueSize, collector.capacity)}`}>
                      <span className="load-text" data-testid="queue-size">
                        {row.queueSize} / {collector.capacity}
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
                    <div className="muted small">{row.oldestCaseDate ? `since ${formatDate(row.oldestCaseDate)}` : 'no cases'}</div>
                  </td>
                  <td>
                    <CapacityInput collectorId={collector.id} capacity={collector.capacity} name={collector.name} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

export function TeamPage() {
  const poolMatch = useMatch('/team/pool');
  const collectorMatch = useMatch('/team/collectors/:collectorId');
  const selectedId = collectorMatch?.params.collectorId ?? null;
  // The API reports every board balance in the reporting currency, whatever the creditors' currencies.
  const currency = REPORTING_CURRENCY;

  const { data, loading, error, refetch, subscribeToMore } = useQuery(TEAM_QUEUES, { fetchPolicy: 'cache-and-network' });
  const collectorsQuery = useQuery(COLLECTORS, { fetchPolicy: 'cache-and-network' });

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
      [...(collectorsQuery.data?.collectors ?? board.map((r) => r.collector))].sort((a, b) =>
        a.name.localeCompare(b.name, undefined, { numeric: true }),
      ),
    [collectorsQuery.data?.collectors, board],
  );
  const context: TeamOutletContext = { board, collectors, currency };

  return (
    <div className="page page-team">
      <div className="page-header">
        <h1>Team</h1>
        <nav className="tabs" aria-label="Team views">
          <NavLink to="/team" end={false} className={() => `tab${!poolMatch ? ' active' : ''}`}>
            Collectors
          </NavLink>
          <NavLink to="/team/pool" className={({ isActive }) => `tab${isActive ? ' active' : ''}`} data-testid="tab-pool">
            Unassigned pool
          </NavLink>
        </nav>
      </div>
      {error ? <ErrorBanner error={error} title="Could not load the team board." onRetry={() => void refetch()} /> : null}
      {poolMatch ? (
        <Outlet context={context} />
      ) : (
        <div className="team-layout">
          <div className="team-board-col">
            {loading && !data ? <Spinner label="Loading team…" /> : <TeamBoard board={board} currency={currency} selectedId={selectedId} />}
          </div>
          <div className="team-detail-col">
            <Outlet context={context} />
          </div>
        </div>
      )}
    </div>
  );
}

export function TeamNoSelection() {
  return (
    <Card>
      <EmptyState title="Select a collector">Their cases appear here, with actions to reassign or release them.</EmptyState>
    </Card>
  );
}
