import { useQuery, useSubscription } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { formatCents } from '../../ui/format';
import { HELD_CASES, HELD_CASES_BOARD_CHANGED } from './holds.graphql';
import './holds.css';

/** The team board's list of cases on hold (out of every queue and the pool), refreshed whenever the board changes. */
export function HeldCases() {
  const { data, refetch } = useQuery(HELD_CASES, { fetchPolicy: 'cache-and-network' });
  useSubscription(HELD_CASES_BOARD_CHANGED, { onData: () => void refetch() });
  const page = data?.cases;
  if (!page) return null;
  return (
    <Card
      title={<FormattedMessage id="holds.held.title" defaultMessage="On hold ({count, number})" values={{ count: page.totalCount }} />}
      testId="held-cases"
      flush
    >
      {page.items.length ? (
        <ul className="held-cases">
          {page.items.map((c) => (
            <li key={c.id} data-testid="held-case" data-case-id={c.id}>
              <Link to={`/cases/${c.id}`} className="strong-link">
                {c.debtor.name}
              </Link>{' '}
              <span className="muted small">
                {c.creditor.name} · {formatCents(c.openCents, c.currency)}
              </span>
              <div className="small held-case-reason">{c.holdReason}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small held-cases-empty">
          <FormattedMessage id="holds.held.none" defaultMessage="No case is on hold." />
        </p>
      )}
    </Card>
  );
}
