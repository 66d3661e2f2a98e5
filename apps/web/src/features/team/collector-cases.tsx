import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { OnlineDot } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { CaseTable } from './case-table';
import { Pager } from './pager';
import { CASES } from './team.graphql';
import { useTeamContext } from './team-page';
import { useRefetchOnChange } from './use-refetch-on-change';
import { DismissibleNotice, type Notice } from '../../ui/notice-bar';

const PAGE_SIZE = 50;

/** `/team/collectors/:collectorId`: one collector's cases with reassign and release. */
export function CollectorCases() {
  const intl = useIntl();
  const { collectorId = '' } = useParams();
  const { board, collectors } = useTeamContext();
  const row = board.find((r) => r.collector.id === collectorId);
  const collector = row?.collector ?? collectors.find((c) => c.id === collectorId);
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);

  const { data, loading, error, refetch } = useQuery(CASES, {
    variables: { filter: { assigneeId: collectorId }, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
    skip: !collectorId,
  });

  useEffect(() => {
    setOffset(0);
    setNotice(null);
  }, [collectorId]);

  // The board is live; when this collector's row changes, their case list changed too.
  const signature = row ? `${row.queueSize}:${row.openBalanceCents}:${row.oldestCaseDate ?? ''}` : '';
  useRefetchOnChange(signature, refetch);

  async function onDone(next: Notice, reload: boolean) {
    setNotice(next);
    if (reload) await refetch();
  }

  const items = data?.cases.items ?? [];
  return (
    <Card
      title={
        <span className="collector-title">
          {collector ? <OnlineDot online={collector.online} /> : null}
          {collector ? collector.name : <FormattedMessage id="team.collectorCases.fallbackTitle" defaultMessage="Collector" />}
          {collector ? <span className="muted small"> {collector.email}</span> : null}
        </span>
      }
      actions={data ? <Pager offset={offset} limit={PAGE_SIZE} total={data.cases.totalCount} onChange={setOffset} /> : null}
      testId="collector-cases"
      flush
    >
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="team-notice" />
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'team.collectorCases.loadError', defaultMessage: 'Could not load the cases.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'team.collectorCases.loading', defaultMessage: 'Loading cases…' })} /> : null}
      {data && items.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'team.collectorCases.empty', defaultMessage: 'No cases in this queue' })} />
      ) : null}
      {items.length > 0 ? <CaseTable items={items} collectors={collectors} showAssignee={false} onDone={onDone} currentAssigneeId={collectorId} /> : null}
    </Card>
  );
}
