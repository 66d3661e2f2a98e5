import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Card, EmptyState } from '../../ui/card';
import { daysBetween, formatDate, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { CaseTable } from './case-table';
import { Pager } from './pager';
import { ORPHAN_CASES, type OrphanCase } from './team.graphql';
import { useTeamContext } from './team-page';
import { useRefetchOnChange } from './use-refetch-on-change';
import { DismissibleNotice, type Notice } from '../../ui/notice-bar';

const PAGE_SIZE = 50;

function LastActivity({ orphan }: { orphan: OrphanCase | undefined }) {
  if (!orphan?.lastActivityAt) {
    return (
      <span className="badge badge-warn">
        <FormattedMessage id="team.orphans.neverWorked" defaultMessage="Never worked" />
      </span>
    );
  }
  const day = orphan.lastActivityAt.slice(0, 10);
  return (
    <>
      {formatDate(day)}
      <div className="muted small">
        <FormattedMessage
          id="team.orphans.daysAgo"
          defaultMessage="{days, plural, one {# day ago} other {# days ago}}"
          values={{ days: daysBetween(day, todayIso()) }}
        />
      </div>
    </>
  );
}

/**
 * `/team/pool?view=orphans`: open cases nobody holds and nothing will bring back on its own
 * (no next action date, no activity for 30 days), highest priority first, to hand to someone.
 */
export function OrphanCases() {
  const intl = useIntl();
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
      title={<FormattedMessage id="team.orphans.title" defaultMessage="Orphaned cases" />}
      actions={page ? <Pager offset={offset} limit={PAGE_SIZE} total={page.totalCount} onChange={setOffset} /> : null}
      testId="orphan-cases"
      flush
    >
      <p className="orphans-intro muted small">
        {page ? (
          <FormattedMessage
            id="team.orphans.introSince"
            defaultMessage="Open, unassigned, no next action date and no contact or letter since {date}. Nobody will pick these up unless they are assigned."
            values={{ date: formatDate(page.idleSince.slice(0, 10)) }}
          />
        ) : (
          <FormattedMessage
            id="team.orphans.intro"
            defaultMessage="Open, unassigned, no next action date and no contact or letter for 30 days. Nobody will pick these up unless they are assigned."
          />
        )}
      </p>
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="team-notice" />
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'team.orphans.loadError', defaultMessage: 'Could not load the orphaned cases.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? (
        <Spinner label={intl.formatMessage({ id: 'team.orphans.loading', defaultMessage: 'Loading orphaned cases…' })} />
      ) : null}
      {page && items.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'team.orphans.empty', defaultMessage: 'No orphaned cases' })}>
          <FormattedMessage id="team.orphans.emptyBody" defaultMessage="Every open case has someone or something scheduled." />
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <CaseTable
          items={items.map((o) => o.case)}
          collectors={collectors}
          showAssignee={false}
          onDone={onDone}
          extraColumn={{ header: <FormattedMessage id="team.orphans.lastActivity" defaultMessage="Last activity" />, cell: (item) => <LastActivity orphan={byId.get(item.id)} /> }}
        />
      ) : null}
    </Card>
  );
}
