import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth-context';
import { formatDate } from '../../ui/date';
import { formatCount } from './dashboard-format';
import { INTEREST_RATE_STATUS } from './stale-rates.graphql';

/**
 * "Cases with stale interest rates": open cases whose interest is computed past the end of a rate
 * table (more than six months after its last row), per country; admins get a link to add the rate.
 */
export function StaleRatesFigure() {
  const intl = useIntl();
  const me = useCurrentUser();
  const { data } = useQuery(INTEREST_RATE_STATUS, { fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const stale = data.interestRateStatus.filter((s) => s.stale);
  const total = stale.reduce((n, s) => n + s.staleCases, 0);
  return (
    <div className={`stale-rates ${stale.length ? 'stale-rates-warn' : ''}`.trim()} data-testid="stale-rates">
      <span className="stale-rates-label">
        <FormattedMessage id="dashboard.staleRates.label" defaultMessage="Cases with stale interest rates" />
      </span>
      <strong className="stale-rates-value" data-testid="stale-rates-count">
        {formatCount(total)}
      </strong>
      <span className="muted stale-rates-detail">
        {stale.length
          ? intl.formatList(
              stale.map((s) =>
                intl.formatMessage(
                  { id: 'dashboard.staleRates.country', defaultMessage: '{country}: rate table ends on {endsOn} ({cases} open)' },
                  { country: s.country, endsOn: formatDate(s.endsOn), cases: formatCount(s.staleCases) },
                ),
              ),
              { type: 'unit' },
            )
          : intl.formatMessage({ id: 'dashboard.staleRates.current', defaultMessage: 'Every rate table is current.' })}
      </span>
      {stale.length && me.role === 'ADMIN' ? (
        <Link className="btn btn-small no-print" to="/interest-rates">
          <FormattedMessage id="dashboard.staleRates.addRates" defaultMessage="Add rates" />
        </Link>
      ) : null}
    </div>
  );
}
