import type { KeyboardEvent, RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/**
 * Filters the queue list by debtor name, debtor reference or creditor. Enter opens the first case
 * found; Esc empties the search and leaves the field.
 */
export function QueueSearch({
  inputRef,
  value,
  onChange,
  onOpenFirst,
  matches,
  total,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
  onOpenFirst: () => void;
  matches: number;
  total: number;
}) {
  const intl = useIntl();
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpenFirst();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onChange('');
      inputRef.current?.blur();
    }
  }
  return (
    <div className="queue-search">
      <input
        ref={inputRef}
        type="search"
        className="queue-search-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-label={intl.formatMessage({ id: 'queue.search.label', defaultMessage: 'Search your queue by debtor, reference or creditor' })}
        placeholder={intl.formatMessage({ id: 'queue.search.placeholder', defaultMessage: 'Search queue (/)' })}
        aria-keyshortcuts="/"
        data-testid="queue-search"
      />
      {value.trim() !== '' ? (
        <span className="muted small" role="status" data-testid="queue-search-result">
          <FormattedMessage id="queue.search.result" defaultMessage="{matches} of {total} shown" values={{ matches, total }} />
        </span>
      ) : null}
    </div>
  );
}
