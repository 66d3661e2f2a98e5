import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Card, EmptyState } from '../../ui/card';
import { daysBetween, formatDate, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { CaseTable, Pager } from './case-table';
import { ORPHAN_CASES, type OrphanCase } from './team.graphql';
import { useTeamContext } from './team-page';
import { useRefetchOnChange } from './use-refetch-on-change';
import { DismissibleNotice, type Notice } from '../../ui/notice-bar';

const PAGE_SIZE = 50;

function LastActivity({ orphan }: { orphan: OrphanCase | undefined }) {
  if (!orphan?.lastActivityAt) return <span className="badge badge-warn">Never worked</span>;
  const day = orphan.lastActivityAt.slice(0, 10);
  return (
    <>
      {formatDate(day)}
      <div className="muted small">{daysBetween(day, todayIso())} days ago</div>
    </>
  );
}

/**
 * `/team/pool?view=orphans`: open cases nobody holds and nothing will bring back on its own
 * (no next action date, no activity for 30 days), highest priority first, to hand to someone.
 */
export function OrphanCases() {
  const { collectors, boardSignature } = useTeamContext();
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { data, loading, error, refetch } = useQuery(ORPHAN_CASES, {
    variables: { limit: PAGE_SIZE, offset },
    fetchPolicy: 'cache-and-network',
  });

  useRefetchOnChange(boardSignature, refetch);

  async function onDone(next: Notice, reload: boolean) {
    setNotice(next);
    if (reload) await refetch();
  }

  const page = data?.orphanCases;
  const items = page?.items ?? [];
  const byId = new Map(items.map((o) => [o.case.id, o]));
  return (
    <Card
      title="Orphaned cases"
      actions={page ? <Pager offset={offset} limit={PAGE_SIZE} total={page.totalCount} onChange={setOffset} /> : null}
      testId="orphan-cases"
      flush
    >
      <p className="orphans-intro muted small">
        Open, unassigned, no next action date and no contact or letter
        {page ? ` since ${formatDate(page.idleSince.slice(0, 10))}` : ' for 30 days'}. Nobody will pick these up unless
        they are assigned.
      </p>
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="team-notice" />
      {error ? <ErrorBanner error={error} title="Could not load the orphaned cases." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading orphaned cases…" /> : null}
      {page && items.length === 0 ? <EmptyState title="No orphaned cases">Every open case has someone or something scheduled.</EmptyState> : null}
      {items.length > 0 ? (
        <CaseTable
          items={items.map((o) => o.case)}
          collectors={collectors}
          showAssignee={false}
          onDone={onDone}
          extraColumn={{ header: 'Last activity', cell: (item) => <LastActivity orphan={byId.get(item.id)} /> }}
        />
      ) : null}
    </Card>
  );
}
