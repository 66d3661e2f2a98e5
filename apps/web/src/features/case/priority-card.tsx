import { Card } from '../../ui/card';
import { partsTotal, portalRequestPart, priorityBars, type PriorityPart } from './priority-parts';
import './priority-card.css';

/** "Why this case now": each part of the priority as a labelled bar (points of its maximum) with its reason. */
export function PriorityCard({ priority, parts }: { priority: number; parts: readonly PriorityPart[] }) {
  const bars = priorityBars(parts);
  const total = partsTotal(parts);
  const asked = portalRequestPart(parts);
  return (
    <Card
      title="Why this case now"
      actions={
        <span className="priority-pill" title="Priority: the sum of the parts below" data-testid="priority-total">
          {total}
        </span>
      }
      testId="case-priority"
    >
      {asked ? (
        <p className="priority-portal-request" role="status" data-testid="priority-portal-request">
          {asked.label} <span className="muted">(+{asked.points})</span>
        </p>
      ) : null}
      {bars.length === 0 ? (
        <p className="muted small">No priority parts available.</p>
      ) : (
        <ul className="priority-parts">
          {bars.map((b) => (
            <li key={b.key} className="priority-part" data-testid={`priority-part-${b.key}`}>
              <div className="priority-part-head">
                <span className="priority-part-label">{b.label}</span>
                <span className="priority-part-points">
                  {b.points} <span className="muted">/ {b.maxPoints}</span>
                </span>
              </div>
              <div
                className="priority-bar"
                role="meter"
                aria-label={b.label}
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
          Priority {priority} was computed at the last change; as of now the parts add up to {total}.
        </p>
      ) : null}
    </Card>
  );
}
