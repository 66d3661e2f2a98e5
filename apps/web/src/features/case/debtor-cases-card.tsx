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
  return (
    <>
      <Card title={`This debtor's other open cases (${others.length})`} testId="debtor-cases">
        {others.length === 0 ? (
          <p className="muted">No other open case.</p>
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
                  <StageBadge stage={o.stage} /> · due since {formatDate(o.oldestDueDate)} ·{' '}
                  {o.assignee ? `in ${o.assignee.name}'s queue` : 'in the pool'}
                  {o.nextActionAt ? ` · next action ${formatDateTime(o.nextActionAt)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Add a note">
        <NoteForm caseId={caseId} />
      </Card>
    </>
  );
}
