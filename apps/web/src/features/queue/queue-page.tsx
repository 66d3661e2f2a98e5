import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Outlet, useLocation, useMatch, useNavigate, useOutletContext, useParams } from 'react-router';
import { EmptyState } from '../../ui/card';
import { todayIso } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import type { QueueRequest } from '../../keyboard/queue-request';
import { useShortcut } from '../../keyboard/use-shortcut';
import { CaseDetail } from '../case/case-detail';
import { applyQueueChange, sortQueue } from './queue-cache';
import { filterQueue } from './queue-filter';
import { MY_CAPACITY_CHANGED, MY_QUEUE, QUEUE_CHANGED } from './queue.graphql';
import { QueueRow } from './queue-row';
import { QueueSearch } from './queue-search';
import { ClaimNotice } from './claim-notice';
import { emptyClaimReason, type EmptyClaimReason } from './queue-capacity';
import { focusNextCase, useQueueKeys } from './use-queue-keys';
import { useClaimNextCase } from './hooks/use-claim-next-case';
import './queue.css';

/** What the queue gives the case pane beside it. */
interface QueueOutletContext {
  /** Called once an outcome is recorded on the open case: the focus moves on to the next case. */
  afterOutcome: (caseId: string) => void;
}

/** Keeps "scheduled" vs "due" honest while the page stays open all day. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function QueuePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const now = useMinuteClock();
  const today = todayIso(new Date(now));
  const openCaseId = useMatch('/queue/:caseId')?.params.caseId;
  const { data, loading, error, refetch, subscribeToMore } = useQuery(MY_QUEUE, { fetchPolicy: 'cache-and-network' });
  useSubscription(MY_CAPACITY_CHANGED);
  const [claimNext, { loading: claiming, error: claimError, reset: resetClaim }] = useClaimNextCase();
  const [notice, setNotice] = useState<EmptyClaimReason | null>(null);
  const [search, setSearch] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const claimRef = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      subscribeToMore({
        document: QUEUE_CHANGED,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          return { ...previousData, myQueue: applyQueueChange(previousData.myQueue, subscriptionData.data.queueChanged) };
        },
      }),
    [subscribeToMore],
  );

  const onClaim = useCallback(async () => {
    setNotice(null);
    resetClaim();
    try {
      const result = await claimNext({
        update(cache, { data: claimed }) {
          const claimedCase = claimed?.claimNextCase;
          if (!claimedCase) return;
          cache.updateQuery({ query: MY_QUEUE }, (prev) =>
            prev ? { ...prev, myQueue: applyQueueChange(prev.myQueue, { kind: 'ADDED', caseId: claimedCase.id, case: claimedCase }) } : prev,
          );
        },
      });
      const claimedCase = result.data?.claimNextCase;
      if (claimedCase) {
        setSearch('');
        navigate(`/queue/${claimedCase.id}`);
        return;
      }
      // The queue as the server holds it now says which of the two it was.
      const fresh = (await refetch()).data;
      setNotice(fresh ? emptyClaimReason(fresh.myQueue.length, fresh.me.capacity) : 'POOL_EMPTY');
    } catch {
      /* shown through claimError */
    }
  }, [claimNext, navigate, refetch, resetClaim]);

  // `n`, `/`, `j` or `k` pressed on a case's own page arrive here as the navigation's request.
  const location = useLocation();
  const requested = (location.state as QueueRequest | null)?.queueRequest;
  const [pendingStep, setPendingStep] = useState<1 | -1 | null>(null);
  const stepTaken = useCallback(() => setPendingStep(null), []);
  useEffect(() => {
    if (requested === 'claim') void onClaim();
    if (requested === 'search') searchRef.current?.focus();
    if (requested === 'down' || requested === 'up') setPendingStep(requested === 'down' ? 1 : -1);
    // Served once: the same address without the request (a reload must not claim again).
    if (requested) navigate(location.pathname, { replace: true, state: null });
  }, [requested, onClaim, navigate, location.pathname]);

  useShortcut(
    'n',
    intl.formatMessage({ id: 'queue.keys.claim', defaultMessage: 'Claim the next case and open it' }),
    () => void onClaim(),
    { enabled: !claiming },
  );

  // Re-sorted each minute too: a scheduled case moves up when its time comes.
  const queue = useMemo(() => sortQueue(data?.myQueue ?? [], now), [data?.myQueue, now]);
  const shown = useMemo(() => filterQueue(queue, search), [queue, search]);
  const shownIds = useMemo(() => shown.map((item) => item.id), [shown]);
  const { cursorId } = useQueueKeys({ listRef, searchRef, caseIds: shownIds, openCaseId, pendingStep, onStepTaken: stepTaken });
  const capacity = data?.me.capacity;

  const outletContext = useMemo<QueueOutletContext>(
    () => ({ afterOutcome: (caseId) => focusNextCase(listRef.current, caseId, claimRef.current) }),
    [],
  );

  return (
    <div className="workbench">
      <aside className="queue-panel" aria-label={intl.formatMessage({ id: 'queue.panel.label', defaultMessage: 'My queue' })}>
        <div className="queue-panel-header">
          <div className="queue-title">
            <h2>
              <FormattedMessage id="queue.title" defaultMessage="My queue" />
            </h2>
            <span className="count-pill" data-testid="queue-count">
              {queue.length}
            </span>
            {capacity !== undefined ? (
              <span
                className="muted small queue-capacity"
                data-testid="queue-capacity"
                title={intl.formatMessage({
                  id: 'queue.capacity.title',
                  defaultMessage: 'Your capacity: you can claim new cases until your queue holds this many. A team lead sets it.',
                })}
              >
                <FormattedMessage
                  id="queue.capacity"
                  defaultMessage="{count, plural, one {# of {capacity} case} other {# of {capacity} cases}}"
                  values={{ count: queue.length, capacity }}
                />
              </span>
            ) : null}
          </div>
          <button
            ref={claimRef}
            type="button"
            className="btn btn-primary btn-block"
            onClick={() => void onClaim()}
            disabled={claiming}
            aria-keyshortcuts="n"
            data-testid="claim-next"
          >
            {claiming ? (
              <FormattedMessage id="queue.claiming" defaultMessage="Claiming…" />
            ) : (
              <FormattedMessage id="queue.claim" defaultMessage="Claim next case" />
            )}
          </button>
          {notice ? <ClaimNotice reason={notice} capacity={capacity} onClose={() => setNotice(null)} /> : null}
          <FormError error={claimError} />
          <QueueSearch
            inputRef={searchRef}
            value={search}
            onChange={setSearch}
            onOpenFirst={() => {
              if (shown[0]) navigate(`/queue/${shown[0].id}`);
            }}
            matches={shown.length}
            total={queue.length}
          />
        </div>
        <div className="queue-list-scroll">
          {error ? (
            <ErrorBanner
              error={error}
              title={intl.formatMessage({ id: 'queue.loadError', defaultMessage: 'Could not load your queue.' })}
              onRetry={() => void refetch()}
            />
          ) : null}
          {loading && !data ? <Spinner label={intl.formatMessage({ id: 'queue.loading', defaultMessage: 'Loading queue…' })} /> : null}
          {data && queue.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'queue.empty.title', defaultMessage: 'Your queue is empty' })}>
              <FormattedMessage id="queue.empty.body" defaultMessage="Claim the next case to start working (press n)." />
            </EmptyState>
          ) : null}
          <ul ref={listRef} className="queue-list" data-testid="queue-list">
            {shown.map((item) => (
              <QueueRow key={item.id} item={item} today={today} now={now} keyboardSelected={item.id === cursorId} />
            ))}
          </ul>
        </div>
      </aside>
      <section className="case-pane">
        <Outlet context={outletContext} />
      </section>
    </div>
  );
}

export function QueueNoSelection() {
  const intl = useIntl();
  return (
    <div className="case-pane-empty">
      <EmptyState title={intl.formatMessage({ id: 'queue.noSelection.title', defaultMessage: 'No case selected' })}>
        <FormattedMessage
          id="queue.noSelection.body"
          defaultMessage="Pick a case from your queue on the left (j and k move, Enter opens), or claim the next one with n. Press ? for all shortcuts."
        />
      </EmptyState>
    </div>
  );
}

export function QueueCasePane() {
  const { caseId } = useParams();
  const { afterOutcome } = useOutletContext<QueueOutletContext>();
  if (!caseId) return <QueueNoSelection />;
  return <CaseDetail key={caseId} caseId={caseId} onOutcomeRecorded={() => afterOutcome(caseId)} />;
}
