import { FormattedMessage, useIntl } from 'react-intl';
import { formatNumber } from '../../ui/format';
import { Card } from '../../ui/card';
import { PRIORITY_PART_MESSAGES } from '../../i18n/labels';
import { partsTotal, portalRequestPart, priorityBars, type PriorityPart } from './priority-parts';
import './priority-card.css';

/** "Why this case now": each part of the priority as a labelled bar (points of its maximum) with its reason. */
export function PriorityCard({ priority, parts }: { priority: number; parts: readonly PriorityPart[] }) {
  const bars = priorityBars(parts);
  const total = partsTotal(parts);
  const asked = portalRequestPart(parts);
  const intl = useIntl();
  // The part's name in the workbench language, as the creditor's weights call it; the API's for a part this screen does not know.
  const partLabel = (b: PriorityPart) => {
    const message = PRIORITY_PART_MESSAGES[b.key as keyof typeof PRIORITY_PART_MESSAGES];
    return message ? intl.formatMessage(message) : b.label;
  };
  return (
    <Card
      title={intl.formatMessage({ id: 'case.priority.title', defaultMessage: 'Why this case now' })}
      actions={
        <span className="priority-pill" title={intl.formatMessage({ id: 'case.priority.total.title', defaultMessage: 'Priority: the sum of the parts below' })} data-testid="priority-total">
          {formatNumber(total)}
        </span>
      }
      testId="case-priority"
    >
      {asked ? (
        <p className="priority-portal-request" role="status" data-testid="priority-portal-request">
          {asked.label} <span className="muted">(+{formatNumber(asked.points)})</span>
        </p>
      ) : null}
      {bars.length === 0 ? (
        <p className="muted small">
          <FormattedMessage id="case.priority.none" defaultMessage="No priority parts available." />
        </p>
      ) : (
        <ul className="priority-parts">
          {bars.map((b) => (
            <li key={b.key} className="priority-part" data-testid={`priority-part-${b.key}`}>
              <div className="priority-part-head">
                <span className="priority-part-label">{partLabel(b)}</span>
                <span className="priority-part-points">
                  {formatNumber(b.points)} <span className="muted">/ {formatNumber(b.maxPoints)}</span>
                </span>
              </div>
              <div
                className="priority-bar"
                role="meter"
                aria-label={partLabel(b)}
                aria-valuemin={0}
                aria-valuemax={b.maxPoints}
                aria-valuenow={b.points}
              >
                <div className={`priority-bar-fill${b.points === 0 ? ' empty' : ''}`} style={{ width: `${b.percent}%` }} />
              </div>
              <p className="priority-part-explanation muted small">{b.explanation}</p>
            </li>
          ))}
        </ul>
      )}
      {total !== priority ? (
        <p className="muted small" data-testid="priority-stale">
          <FormattedMessage
            id="case.priority.stale"
            defaultMessage="Priority {priority, number} was computed at the last change; as of now the parts add up to {total, number}."
            values={{ priority, total }}
          />
        </p>
      ) : null}
    </Card>
  );
}
