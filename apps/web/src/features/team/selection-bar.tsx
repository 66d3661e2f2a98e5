import { FormattedMessage, useIntl } from 'react-intl';
import type { QueueCase } from '../queue/queue.graphql';
import type { Collector } from './team.graphql';

/** The bar over a list with a selection: how many, "Move to…" for keyboard users, clear. */
export function SelectionBar({
  selected,
  collectors,
  currentAssigneeId,
  onMove,
  onClear,
}: {
  selected: QueueCase[];
  collectors: Collector[];
  currentAssigneeId: string | null;
  onMove: (toCollectorId: string | null) => void;
  onClear: () => void;
}) {
  const intl = useIntl();
  const anyAssigned = selected.some((c) => c.assignee);
  return (
    <div className={`selection-bar${selected.length ? ' active' : ''}`} data-testid="selection-bar">
      {selected.length ? (
        <>
          <span className="selection-count" aria-live="polite">
            <FormattedMessage
              id="team.selection.count"
              defaultMessage="{count, plural, one {# case} other {# cases}} selected"
              values={{ count: selected.length }}
            />
          </span>
          <select
            value=""
            aria-label={intl.formatMessage({ id: 'team.selection.moveLabel', defaultMessage: 'Move the selected cases to' })}
            onChange={(e) => {
              const value = e.target.value;
              if (value === 'pool') onMove(null);
              else if (value) onMove(value);
            }}
            data-testid="move-to-select"
          >
            <option value="">{intl.formatMessage({ id: 'team.selection.moveTo', defaultMessage: 'Move to…' })}</option>
            {anyAssigned ? <option value="pool">{intl.formatMessage({ id: 'team.poolName', defaultMessage: 'Unassigned pool' })}</option> : null}
            {collectors
              .filter((c) => c.id !== currentAssigneeId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.online ? c.name : intl.formatMessage({ id: 'team.collector.offlineName', defaultMessage: '{name} (offline)' }, { name: c.name })}
                </option>
              ))}
          </select>
          <button type="button" className="btn btn-small" onClick={onClear}>
            <FormattedMessage id="team.selection.clear" defaultMessage="Clear" />
          </button>
          <span className="muted small selection-hint">
            <FormattedMessage id="team.selection.dragHint" defaultMessage="or drag them onto a collector, or press m" />
          </span>
        </>
      ) : (
        <span className="muted small">
          <FormattedMessage
            id="team.selection.empty"
            defaultMessage="Tick cases (or press Space on a row) to move several at once, or drag a row onto a collector."
          />
        </span>
      )}
    </div>
  );
}
