import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { OnlineDot } from '../../ui/badge';
import { filterChoices, stepChoice } from './keyboard-moves';
import type { Collector } from './team.graphql';

/** A target of a move: a collector, or the unassigned pool (`id` null). */
export interface MoveTarget {
  id: string | null;
  name: string;
  online: boolean | null;
}

const POOL_OPTION_ID = 'move-picker-pool';

/** The targets offered for a selection: every collector but the list's own, and the pool when a case has someone. */
export function moveTargets(collectors: Collector[], currentAssigneeId: string | null, poolName: string | null): MoveTarget[] {
  const people: MoveTarget[] = collectors.filter((c) => c.id !== currentAssigneeId).map((c) => ({ id: c.id, name: c.name, online: c.online }));
  return poolName ? [...people, { id: null, name: poolName, online: null }] : people;
}

/**
 * `m` on a case list: a filterable list of collectors. Typing narrows it, ↑/↓ move the highlight,
 * Enter chooses (the move's confirmation follows), Esc closes.
 */
export function CollectorPicker({
  caseCount,
  targets,
  onChoose,
  onClose,
}: {
  caseCount: number;
  targets: MoveTarget[];
  onChoose: (target: MoveTarget) => void;
  onClose: () => void;
}) {
  const intl = useIntl();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterChoices(targets, query), [targets, query]);
  const highlighted = shown[Math.min(active, shown.length - 1)];
  const optionId = (t: MoveTarget) => (t.id ? `move-picker-${t.id}` : POOL_OPTION_ID);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => stepChoice(Math.min(a, shown.length - 1), event.key === 'ArrowDown' ? 1 : -1, shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (highlighted) onChoose(highlighted);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <div className="dialog-overlay" />
        <Dialog.Content className="dialog-content move-picker" data-testid="move-picker">
          <Dialog.Title className="dialog-title">
            <FormattedMessage
              id="team.picker.title"
              defaultMessage="Move {count, plural, one {# case} other {# cases}} to…"
              values={{ count: caseCount }}
            />
          </Dialog.Title>
          <Dialog.Description className="muted small">
            <FormattedMessage
              id="team.picker.help"
              defaultMessage="Type to filter, ↑ and ↓ to choose, Enter to continue to the confirmation, Esc to close."
            />
          </Dialog.Description>
          <input
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls="move-picker-list"
            aria-autocomplete="list"
            aria-activedescendant={highlighted ? optionId(highlighted) : undefined}
            aria-label={intl.formatMessage({ id: 'team.picker.filter', defaultMessage: 'Collector name' })}
            placeholder={intl.formatMessage({ id: 'team.picker.placeholder', defaultMessage: 'Collector name' })}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            data-testid="move-picker-filter"
          />
          <ul
            id="move-picker-list"
            role="listbox"
            className="move-picker-list"
            aria-label={intl.formatMessage({ id: 'team.picker.list', defaultMessage: 'Collectors' })}
          >
            {shown.map((t) => (
              <li
                key={t.id ?? 'pool'}
                id={optionId(t)}
                role="option"
                aria-selected={t === highlighted}
                className={t === highlighted ? 'active' : undefined}
                onClick={() => onChoose(t)}
                data-testid="move-picker-option"
                data-collector-id={t.id ?? ''}
              >
                {t.online === null ? <span className="pool-drop-icon" aria-hidden="true" /> : <OnlineDot online={t.online} />}
                <span>{t.name}</span>
                {t.online === false ? (
                  <span className="muted small">
                    <FormattedMessage id="team.picker.offline" defaultMessage="offline" />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {shown.length === 0 ? (
            <p className="muted small" role="status">
              <FormattedMessage id="team.picker.none" defaultMessage="No collector matches." />
            </p>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
