import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { CaseTable } from './case-table';
import { Pager } from './pager';
import { OrphanCases } from './orphan-cases';
import { CASES, type CaseFilter } from './team.graphql';
import { useTeamContext } from './team-page';
import { useRefetchOnChange } from './use-refetch-on-change';
import { DismissibleNotice, type Notice } from '../../ui/notice-bar';

const PAGE_SIZE = 50;

/**
 * `/team/pool`: open cases waiting for a collector (`cases(filter: { status: OPEN, unassigned: true })`).
 * "Include assigned" lists every open case with its assignee, to find and move any case.
 */
export function UnassignedPool() {
  const [params] = useSearchParams();
  return params.get('view') === 'orphans' ? <OrphanCases /> : <PoolCases />;
}

function PoolCases() {
  const intl = useIntl();
  const { collectors, boardSignature } = useTeamContext();
  const [offset, setOffset] = useState(0);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [includeAssigned, setIncludeAssigned] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const filter: CaseFilter = { status: 'OPEN', ...(includeAssigned ? {} : { unassigned: true }), ...(search ? { search } : {}) };
  const { data, loading, error, refetch } = useQuery(CASES, {
    variables: { filter, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });

  // The board is live: when any queue changes, the pool did too.
  useRefetchOnChange(boardSignature, refetch);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setOffset(0);
    setSearch(searchText.trim());
  }

  async function onDone(next: Notice, reload: boolean) {
    setNotice(next);
    if (reload) await refetch();
  }

  const items = data?.cases.items ?? [];
  return (
    <Card
      title={
        includeAssigned ? (
          <FormattedMessage id="team.pool.titleAll" defaultMessage="All open cases" />
        ) : (
          <FormattedMessage id="team.pool.titleUnassigned" defaultMessage="Unassigned open cases" />
        )
      }
      actions={data ? <Pager offset={offset} limit={PAGE_SIZE} total={data.cases.totalCount} onChange={setOffset} /> : null}
      testId="unassigned-pool"
      flush
    >
      <div className="toolbar">
        <form onSubmit={onSearch} className="toolbar-search" role="search">
          <input
            type="search"
            placeholder={intl.formatMessage({ id: 'team.pool.searchPlaceholder', defaultMessage: 'Debtor name or reference' })}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            aria-label={intl.formatMessage({ id: 'team.pool.searchLabel', defaultMessage: 'Search cases' })}
          />
          <button type="submit" className="btn btn-small">
            <FormattedMessage id="team.pool.search" defaultMessage="Search" />
          </button>
        </form>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeAssigned}
            onChange={(e) => {
              setIncludeAssigned(e.target.checked);
              setOffset(0);
            }}
            data-testid="include-assigned"
          />
          <FormattedMessage id="team.pool.includeAssigned" defaultMessage="Include assigned cases" />
        </label>
      </div>
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="team-notice" />
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'team.pool.loadError', defaultMessage: 'Could not load open cases.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'team.pool.loading', defaultMessage: 'Loading open cases…' })} /> : null}
      {data && items.length === 0 ? (
        <EmptyState
          title={
            includeAssigned
              ? intl.formatMessage({ id: 'team.pool.noneOpen', defaultMessage: 'No open cases' })
              : intl.formatMessage({ id: 'team.pool.empty', defaultMessage: 'The pool is empty' })
          }
        >
          {search ? (
            <FormattedMessage id="team.pool.noMatch" defaultMessage="Nothing matches the search." />
          ) : includeAssigned ? null : (
            <FormattedMessage id="team.pool.allAssigned" defaultMessage="Every open case has a collector." />
          )}
        </EmptyState>
      ) : null}
      {items.length > 0 ? <CaseTable items={items} collectors={collectors} showAssignee={includeAssigned} onDone={onDone} /> : null}
    </Card>
  );
}
