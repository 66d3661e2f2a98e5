import { useEffect, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { describeError } from '../../ui/describe-error';
import { useSetCapacity } from './hooks/use-set-capacity';

const MAX_CAPACITY = 999;

/** Inline capacity editor: saves on Enter or when the field loses focus, Escape reverts. */
export function CapacityInput({ collectorId, capacity, name }: { collectorId: string; capacity: number; name: string }) {
  const [text, setText] = useState(String(capacity));
  const [focused, setFocused] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setCapacity, { loading }] = useSetCapacity();
  const intl = useIntl();

  // Follow live updates unless the lead is typing.
  useEffect(() => {
    if (!focused) setText(String(capacity));
  }, [capacity, focused]);

  async function commit() {
    const trimmed = text.trim();
    if (trimmed === String(capacity)) {
      setError(null);
      return;
    }
    if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) > MAX_CAPACITY) {
      setError(intl.formatMessage({ id: 'team.capacity.invalid', defaultMessage: 'Whole number 0–{max}' }, { max: MAX_CAPACITY }));
      return;
    }
    setError(null);
    try {
      await setCapacity({ variables: { collectorId, capacity: Number(trimmed) } });
    } catch (err) {
      setError(describeError(err).message);
      setText(String(capacity));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      setText(String(capacity));
      setError(null);
      setFocused(false);
      event.currentTarget.blur();
    }
  }

  return (
    <span className="capacity-cell" onClick={(e) => e.stopPropagation()}>
      <input
        type="number"
        min={0}
        max={MAX_CAPACITY}
        step={1}
        inputMode="numeric"
        className={`capacity-input${error ? ' invalid' : ''}`}
        value={text}
        aria-label={intl.formatMessage({ id: 'team.capacity.label', defaultMessage: 'Capacity of {name}' }, { name })}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          void commit();
        }}
        onKeyDown={onKeyDown}
        disabled={loading}
        data-testid="capacity-input"
      />
      {error ? (
        <span className="field-error capacity-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
