import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { StageBadge } from '../../ui/case-badges';
import { formatDate, formatDateTime } from '../../ui/date';
import { Money } from '../../ui/money';
import type { CaseDetailData } from './case.graphql';
import { NoteForm } from './note-form';
import './conversation.css';

export type OtherOpenCase = CaseDetailData['otherOpenCases'][number];

/** The debtor's other open cases (one conversation may be about several) and a plain note on this case. */
export function ConversationCards({ caseId, others }: { caseId: string; others: readonly OtherOpenCase[] }) {
  const intl = useIntl();
  return (
    <>
      <Card
        title={intl.formatMessage({ id: 'case.otherCases.title', defaultMessage: 'This debtor’s other open cases ({count, number})' }, { count: others.length })}
        testId="debtor-cases"
      >
        {others.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="case.otherCases.none" defaultMessage="No other open case." />
          </p>
        ) : (
          <ul className="debtor-cases">
            {others.map((o) => (
              <li key={o.id} className="debtor-case" data-testid="debtor-case">
                <Link to={`/cases/${o.id}`} className="strong-link">
                  {o.creditor.name}
                </Link>
                <strong>
                  <Money cents={o.openCents} currency={o.currency} />
                </strong>
                <span className="debtor-case-meta">
                  <StageBadge stage={o.stage} /> ·{' '}
                  <FormattedMessage
                    id="case.otherCases.meta"
                    defaultMessage="due since {date} · {holder, select, pool {in the pool} other {in {name}’s queue}}"
                    values={{ date: formatDate(o.oldestDueDate), holder: o.assignee ? 'queue' : 'pool', name: o.assignee?.name ?? '' }}
                  />
                  {o.nextActionAt ? (
                    <>
                      {' · '}
                      <FormattedMessage id="case.otherCases.nextAction" defaultMessage="next action {at}" values={{ at: formatDateTime(o.nextActionAt) }} />
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={intl.formatMessage({ id: 'case.otherCases.addNote', defaultMessage: 'Add a note' })}>
        <NoteForm caseId={caseId} />
      </Card>
    </>
  );
}
