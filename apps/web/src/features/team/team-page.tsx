import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useMatch, useOutletContext, useSearchParams } from 'react-router';
import { REPORTING_CURRENCY } from '@mahnwerk/domain';
import { Card, EmptyState } from '../../ui/card';
import { formatNumber } from '../../ui/format';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { HeldCases } from '../holds/held-cases';
import { PaymentApprovalsCard } from './payment-approvals-card';
import { COLLECTORS, ORPHAN_CASES, POOL_SIZE, TEAM_QUEUES, TEAM_QUEUES_CHANGED, type Collector, type CollectorQueue } from './team.graphql';
import { TeamBoard } from './team-board';
import { MoveNotice, TeamMovesProvider } from './team-moves';
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
