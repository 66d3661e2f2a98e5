import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { EmptyState } from '../../ui/card';
import { daysBetween, formatDate, formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { CaseDetail } from '../case/case-detail';
import { applyQueueChange, isScheduled, sortQueue } from './queue-cache';
import { MY_QUEUE, QUEUE_CHANGED, type QueueCase } from './queue.graphql';
import { useClaimNextCase } from './hooks/use-claim-next-case';
import { NoticeBar } from '../../ui/notice-bar';
import './queue.css';

function overdueText(oldestDueDate: string, today: string): string {
  const days = daysBetween(oldestDueDate, today);
  if (days > 1) return `${days} days overdue`;
  if (days === 1) return '1 day overdue';
  if (days === 0) return 'due today';
  return `due in ${-days} days`;
}

/** A future next action means the case waits ("scheduled"); a past one is a follow-up now due. */
function NextAction({ at, now }: { at: string | null; now: number }) {
  if (!at) return null;
  const scheduled = new Date(at).getTime() > now;
  return (
    <div className="queue-row-line">
      <span className={`next-action ${scheduled ? 'next-action-scheduled' : 'next-action-due'}`} data-testid="next-action">
        {scheduled ? `Scheduled · ${formatDateTime(at)}` : `Follow-up due since ${formatDateTime(at)}`}
      </span>
    </div>
  );
}

function QueueRow({ item, today, now }: { item: QueueCase; today: string; now: number }) {
  const scheduled = isScheduled(item, now);
  return (
    <li>
      <NavLink
        to={`/queue/${item.id}`}
        className={({ isActive }) => `queue-row${isActive ? ' selected' : ''}${scheduled ? ' queue-row-scheduled' : ''}`}
        data-testid="queue-row"
        data-case-id={item.id}
      >
        <div className="queue-row-line">
          <span className="queue-debtor">{item.debtor.name}</span>
          <span className="priority-pill" title="Priority">
            {item.priority}
          </span>
        </div>
        <div className="queue-row-line">
          <span className="queue-creditor">{item.creditor.name}</span>
          <Money cents={item.openCents} currency={item.creditor.currency} className="queue-amount" />
        </div>
        <div className="queue-row-line queue-row-meta">
          <StageBadge stage={item.stage} />
          {item.status !== 'OPEN' ? <StatusBadge status={item.status} /> : null}
          <span className="muted small" title={`Oldest due date ${formatDate(item.oldestDueDate)}`}>
            {overdueText(item.oldestDueDate, today)} · {formatDate(item.oldestDueDate)}
          </span>
        </div>
        {item.portalRequest ? (
          <div className="queue-row-line">
            <span className="portal-request" data-testid="queue-portal-request">
              {item.portalRequest}
            </span>
          </div>
        ) : null}
        <NextAction at={item.nextActionAt} now={now} />
      </NavLink>
    </li>
  );
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
  const navigate = useNavigate();
  const now = useMinuteClock();
  const today = todayIso(new Date(now));
  const { data, loading, error, refetch, subscribeToMore } = useQuery(MY_QUEUE, { fetchPolicy: 'cache-and-network' });
  const [claimNext, { loading: claiming, error: claimError, reset: resetClaim }] = useClaimNextCase();
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () =>
      subscribeToMore({
        document: QUEUE_CHANGED,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          return { myQueue: applyQueueChange(previousData.myQueue, subscriptionData.data.queueChanged) };
        },
      }),
    [subscribeToMore],
  );

  async function onClaim() {
    setNotice(null);
    resetClaim();
    try {
      const result = await claimNext({
        update(cache, { data: claimed }) {
          const claimedCase = claimed?.claimNextCase;
          if (!claimedCase) return;
          cache.updateQuery({ query: MY_QUEUE }, (prev) =>
            prev ? { myQueue: applyQueueChange(prev.myQueue, { kind: 'ADDED', caseId: claimedCase.id, case: claimedCase }) } : prev,
          );
        },
      });
      const claimedCase = result.data?.claimNextCase;
      if (claimedCase) {
        navigate(`/queue/${claimedCase.id}`);
      } else {
        setNotice('Nothing to claim right now: no eligible case is waiting in the pool, or your queue is at capacity.');
      }
    } catch {
      /* shown through claimError */
    }
  }

  // Re-sorted each minute too: a scheduled case moves up when its time comes.
  const queue = useMemo(() => sortQueue(data?.myQueue ?? [], now), [data?.myQueue, now]);

  return (
    <div className="workbench">
      <aside className="queue-panel" aria-label="My queue">
        <div className="queue-panel-header">
          <div className="queue-title">
            <h2>My queue</h2>
            <span className="count-pill" data-testid="queue-count">
              {queue.length}
            </span>
          </div>
          <button type="button" className="btn btn-primary btn-block" onClick={onClaim} disabled={claiming} data-testid="claim-next">
            {claiming ? 'Claiming…' : 'Claim next case'}
          </button>
          {notice ? (
            <NoticeBar testId="claim-notice" onClose={() => setNotice(null)}>
              {notice}
            </NoticeBar>
          ) : null}
          <FormError error={claimError} />
        </div>
        <div className="queue-list-scroll">
          {error ? <ErrorBanner error={error} title="Could not load your queue." onRetry={() => void refetch()} /> : null}
          {loading && !data ? <Spinner label="Loading queue…" /> : null}
          {data && queue.length === 0 ? (
            <EmptyState title="Your queue is empty">Claim the next case to start working.</EmptyState>
          ) : null}
          <ul className="queue-list" data-testid="queue-list">
            {queue.map((item) => (
              <QueueRow key={item.id} item={item} today={today} now={now} />
            ))}
          </ul>
        </div>
      </aside>
      <section className="case-pane">
        <Outlet />
      </section>
    </div>
  );
}

export function QueueNoSelection() {
  return (
    <div className="case-pane-empty">
      <EmptyState title="No case selected">Pick a case from your queue on the left, or claim the next one.</EmptyState>
    </div>
  );
}

export function QueueCasePane() {
  const { caseId } = useParams();
  if (!caseId) return <QueueNoSelection />;
  return <CaseDetail key={caseId} caseId={caseId} />;
}
