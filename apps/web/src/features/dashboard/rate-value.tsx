import { useIntl } from 'react-intl';
import { formatRate } from './dashboard-period';
import { NO_BASIS_MESSAGES, type RateBasis } from './rate-basis';

/** A rate as a percentage, or "—" with a title saying that there was nothing to measure. */
export function RateValue({ rate, basis }: { rate: number | null | undefined; basis: RateBasis }) {
  const intl = useIntl();
  if (rate === null || rate === undefined || Number.isNaN(rate)) {
    return (
      <span className="rate-none" title={intl.formatMessage(NO_BASIS_MESSAGES[basis])} data-testid="rate-none">
        —
      </span>
    );
  }
  return <>{formatRate(rate)}</>;
}
