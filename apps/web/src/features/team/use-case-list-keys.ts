import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useIntl } from 'react-intl';
import { useShortcut } from '../../keyboard/use-shortcut';
import { stepCursor } from './keyboard-moves';
import { toggleSelected } from './move-plan';

/**
 * The keyboard of a team case list: j/k (↓/↑) move a cursor over the rows and focus that row, Space
 * selects or deselects the row in focus, m asks for a collector to move the selection (or, with
 * nothing selected, the row under the cursor) to. The help dialog lists all four.
 */
export function useCaseListKeys<T extends { id: string }>({
  items,
  setSelectedIds,
  hasSelection,
  onMove,
  enabled,
}: {
  items: T[];
  setSelectedIds: Dispatch<SetStateAction<Set<string>>>;
  hasSelection: boolean;
  /** Opens the collector picker for the selection, or for `fallback` when nothing is selected. */
  onMove: (fallback: T | null) => void;
  /** Off while a dialog of the board is open. */
  enabled: boolean;
}) {
  const intl = useIntl();
  const [cursor, setCursor] = useState<number | null>(null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const current = cursor !== null && cursor < items.length ? items[cursor] : null;

  const step = (delta: number) => {
    const next = stepCursor(cursor, delta, items.length);
    setCursor(next);
    if (next !== null) rows.current.get(items[next].id)?.focus();
  };

  useShortcut('j, down', intl.formatMessage({ id: 'team.keys.next', defaultMessage: 'Next case in the list' }), () => step(1), { enabled });
  useShortcut('k, up', intl.formatMessage({ id: 'team.keys.previous', defaultMessage: 'Previous case in the list' }), () => step(-1), {
    enabled,
  });
  useShortcut(
    'space',
    intl.formatMessage({ id: 'team.keys.toggle', defaultMessage: 'Select or deselect the case' }),
    () => {
      if (current) setSelectedIds((s) => toggleSelected(s, current.id));
    },
    // Only on a row: elsewhere Space keeps its meaning (pressing a button, ticking a box).
    { enabled, ignore: (event) => !(event.target instanceof HTMLTableRowElement) },
  );
  useShortcut(
    'm',
    intl.formatMessage({ id: 'team.keys.move', defaultMessage: 'Move the selected cases to a collector' }),
    () => onMove(current),
    { enabled: enabled && (hasSelection || !!current) },
  );

  /** Props of the row of `items[index]`: focusable, and the cursor follows focus. */
  const rowProps = useCallback(
    (index: number, id: string) => ({
      tabIndex: -1,
      ref: (el: HTMLTableRowElement | null) => {
        if (el) rows.current.set(id, el);
        else rows.current.delete(id);
      },
      onFocus: (e: React.FocusEvent<HTMLTableRowElement>) => {
        if (e.target !== e.currentTarget) return;
        setCursor(index);
      },
    }),
    [],
  );

  return { cursor: current ? cursor : null, rowProps };
}
