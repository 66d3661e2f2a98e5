import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from 'react-router';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { daysBetween, formatDate, formatDateTime } from '../../ui/date';
import { Money } from '../../ui/money';
import { isScheduled } from './queue-cache';
import type { QueueCase } from './queue.graphql';

/** A future next action means the case waits ("scheduled"); a past one is a follow-up now due. */
function NextAction({ at, now }: { at: string | null; now: number }) {
  if (!at) return null;
  const scheduled = new Date(at).getTime() > now;
  return (
    <div className="queue-row-line">
      <span className={`next-action ${scheduled ? 'next-action-scheduled' : 'next-action-due'}`} data-testid="next-action">
        {scheduled ? (
          <FormattedMessage id="queue.row.scheduled" defaultMessage="Scheduled · {at}" values={{ at: formatDateTime(at) }} />
        ) : (
          <FormattedMessage id="queue.row.followUpDue" defaultMessage="Follow-up due since {at}" values={{ at: formatDateTime(at) }} />
        )}
      </span>
    </div>
  );
}

function Overdue({ oldestDueDate, today }: { oldestDueDate: string; today: string }) {
  const intl = useIntl();
  const days = daysBetween(oldestDueDate, today);
  const date = formatDate(oldestDueDate);
  return (
    <span className="muted small" title={intl.formatMessage({ id: 'queue.row.oldestDueTitle', defaultMessage: 'Oldest due date {date}' }, { date })}>
      {days > 0 ? (
        <FormattedMessage id="queue.row.overdue" defaultMessage="{days, plural, one {# day overdue} other {# days overdue}} · {date}" values={{ days, date }} />
      ) : days === 0 ? (
        <FormattedMessage id="queue.row.dueToday" defaultMessage="due today · {date}" values={{ date }} />
      ) : (
        <FormattedMessage id="queue.row.dueIn" defaultMessage="{days, plural, one {due in # day} other {due in # days}} · {date}" values={{ days: -days, date }} />
      )}
    </span>
  );
}

/** One case in the queue list; `keyboardSelected` marks the row j/k moved to. */
export function QueueRow({ item, today, now, keyboardSelected }: { item: QueueCase; today: string; now: number; keyboardSelected: boolean }) {
  const intl = useIntl();
  const scheduled = isScheduled(item, now);
  return (
    <li>
      <NavLink
        to={`/queue/${item.id}`}
        className={({ isActive }) =>
          `queue-row${isActive ? ' selected' : ''}${scheduled ? ' queue-row-scheduled' : ''}${keyboardSelected ? ' queue-row-cursor' : ''}`
        }
        aria-current={keyboardSelected ? 'true' : undefined}
        data-testid="queue-row"
        data-case-id={item.id}
      >
        <div className="queue-row-line">
          <span className="queue-debtor">{item.debtor.name}</span>
          <span
            className="priority-pill"
            data-testid="queue-priority"
            title={intl.formatMessage({
              id: 'queue.row.priorityTitle',
              defaultMessage: 'Priority: how urgent the case is, from its amount, age, stage, promises and the creditor’s weights. The queue lists the highest first.',
            })}
          >
            <FormattedMessage id="queue.row.priority" defaultMessage="Priority {priority}" values={{ priority: item.priority }} />
          </span>
        </div>
        <div className="queue-row-line">
          <span className="queue-creditor">{item.creditor.name}</span>
          <Money cents={item.openCents} currency={item.creditor.currency} className="queue-amount" />
        </div>
        <div className="queue-row-line queue-row-meta">
          <StageBadge stage={item.stage} />
          {item.status !== 'OPEN' ? <StatusBadge status={item.status} /> : null}
          <Overdue oldestDueDate={item.oldestDueDate} today={today} />
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
