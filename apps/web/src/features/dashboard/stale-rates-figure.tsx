import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth-context';
import { INTEREST_RATE_STATUS } from './stale-rates.graphql';

/**
 * "Cases with stale interest rates": open cases whose interest is computed past the end of a rate
 * table (more than six months after its last row), per country; admins get a link to add the rate.
 */
export function StaleRatesFigure() {
  const me = useCurrentUser();
  const { data } = useQuery(INTEREST_RATE_STATUS, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const stale = data.interestRateStatus.filter((s) => s.stale);
  const total = stale.reduce((n, s) => n + s.staleCases, 0);
  return (
    <div className={`stale-rates ${stale.length ? 'stale-rates-warn' : ''}`.trim()} data-testid="stale-rates">
      <span className="stale-rates-label">Cases with stale interest rates</span>
      <strong className="stale-rates-value" data-testid="stale-rates-count">
        {total}
      </strong>
      <span className="muted stale-rates-detail">
        {stale.length
          ? stale.map((s) => `${s.country}: rate table ends on ${s.endsOn} (${s.staleCases} open)`).join('; ')
          : 'Every rate table is current.'}
      </span>
      {stale.length && me.role === 'ADMIN' ? (
        <Link className="btn btn-small no-print" to="/interest-rates">
          Add rates
        </Link>
      ) : null}
    </div>
  );
}
