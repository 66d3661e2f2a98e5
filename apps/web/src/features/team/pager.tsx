import { FormattedMessage } from 'react-intl';
import { formatNumber } from '../../ui/format';

/** "1–50 of 3,081" with previous and next; just the count when everything fits on one page. */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  if (total <= limit && offset === 0) {
    return (
      <span className="muted small">
        <FormattedMessage id="team.pager.count" defaultMessage="{total, plural, one {# case} other {# cases}}" values={{ total }} />
      </span>
    );
  }
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <span className="muted small">
        <FormattedMessage
          id="team.pager.range"
          defaultMessage="{from}–{to} of {total}"
          values={{ from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) }}
        />
      </span>
      <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        <FormattedMessage id="team.pager.previous" defaultMessage="← Previous" />
      </button>
      <button type="button" className="btn btn-small" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        <FormattedMessage id="team.pager.next" defaultMessage="Next →" />
      </button>
    </div>
  );
}
