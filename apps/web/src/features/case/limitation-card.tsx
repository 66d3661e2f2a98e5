import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { LimitationBadge } from '../../ui/limitation-badge';
import type { CaseDetailData } from './case.graphql';
import './limitation-card.css';

/** When the case starts to be time-barred, and each step of why, with its statute. */
export function LimitationCard({ limitation }: { limitation: CaseDetailData['limitation'] }) {
  const intl = useIntl();
  return (
    <Card title={intl.formatMessage({ id: 'case.limitation.title', defaultMessage: 'Limitation' })} testId="case-limitation">
      <div className="limitation-head">
        <strong className="limitation-date" data-testid="limitation-date">
          {limitation.date ? formatDate(limitation.date) : intl.formatMessage({ id: 'case.limitation.noEnd', defaultMessage: 'No end date' })}
        </strong>
        <LimitationBadge date={limitation.date} daysLeft={limitation.daysLeft} />
        {limitation.claimReference ? <span className="muted small">
            <FormattedMessage id="case.limitation.claim" defaultMessage="claim {reference}" values={{ reference: limitation.claimReference }} />
          </span> : null}
      </div>
      {limitation.steps.length > 0 ? (
        <details className="why">
          <summary>
            <FormattedMessage id="case.limitation.why" defaultMessage="Why this date?" />
          </summary>
          <ol className="limitation-steps" data-testid="limitation-steps">
            {limitation.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </Card>
  );
}
