import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useShortcut } from '../../keyboard/use-shortcut';

/** The queue rows as rendered, in the order shown. */
function rowsIn(list: HTMLElement | null): HTMLAnchorElement[] {
  return list ? [...list.querySelectorAll<HTMLAnchorElement>('a[data-testid="queue-row"]')] : [];
}

/**
 * j/k move a cursor through the queue list (the row gets the focus, so its ring shows and it scrolls
 * into view), Enter opens the row under the cursor, `/` focuses the search. The cursor starts on the
 * case that is open.
 */
export function useQueueKeys({
  listRef,
  searchRef,
  caseIds,
  openCaseId,
  pendingStep,
  onStepTaken,
}: {
  listRef: RefObject<HTMLUListElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
  caseIds: readonly string[];
  openCaseId: string | undefined;
  /** A move asked for before the queue opened (`j`/`k` on a case's own page): taken from the open case once the rows are there. */
  pendingStep?: 1 | -1 | null;
  onStepTaken?: () => void;
}): { cursorId: string | null } {
  const intl = useIntl();
  const navigate = useNavigate();
  const [cursorId, setCursorId] = useState<string | null>(null);

  const [listFocused, setListFocused] = useState(false);

  // The open case becomes the cursor, so j/k continue from what is on screen.
  useEffect(() => {
    if (openCaseId) setCursorId(openCaseId);
  }, [openCaseId]);

  // A row that gets the focus (Tab, j/k, the focus after an outcome) is the cursor.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onFocusIn = (event: FocusEvent) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-testid="queue-row"]');
      if (row?.dataset.caseId) setCursorId(row.dataset.caseId);
      setListFocused(true);
    };
    const onFocusOut = () => setListFocused(false);
    list.addEventListener('focusin', onFocusIn);
    list.addEventListener('focusout', onFocusOut);
    return () => {
      list.removeEventListener('focusin', onFocusIn);
      list.removeEventListener('focusout', onFocusOut);
    };
  }, [listRef]);

  const moveBy = useCallback(
    (step: number, from: string | null = cursorId) => {
      if (caseIds.length === 0) return;
      const at = from ? caseIds.indexOf(from) : -1;
      const next = at === -1 ? (step > 0 ? 0 : caseIds.length - 1) : Math.min(caseIds.length - 1, Math.max(0, at + step));
      const id = caseIds[next]!;
      setCursorId(id);
      rowsIn(listRef.current).find((row) => row.dataset.caseId === id)?.focus();
    },
    [caseIds, cursorId, listRef],
  );

  useEffect(() => {
    if (!pendingStep || caseIds.length === 0) return;
    moveBy(pendingStep, openCaseId ?? null);
    onStepTaken?.();
  }, [pendingStep, caseIds, moveBy, openCaseId, onStepTaken]);

  const cursorInList = cursorId !== null && caseIds.includes(cursorId);
  useShortcut('j', intl.formatMessage({ id: 'queue.keys.next', defaultMessage: 'Move down the queue' }), () => moveBy(1), { enabled: caseIds.length > 0 });
  useShortcut('k', intl.formatMessage({ id: 'queue.keys.previous', defaultMessage: 'Move up the queue' }), () => moveBy(-1), { enabled: caseIds.length > 0 });
  useShortcut(
    'enter',
    intl.formatMessage({ id: 'queue.keys.open', defaultMessage: 'Open the case selected in the queue' }),
    () => {
      if (cursorId) navigate(`/queue/${cursorId}`);
    },
    // Only while the focus is on the queue list: elsewhere Enter keeps pressing buttons and links.
    { enabled: cursorInList && listFocused },
  );
  useShortcut('/', intl.formatMessage({ id: 'queue.keys.search', defaultMessage: 'Search the queue' }), () => searchRef.current?.focus());

  return { cursorId: cursorInList ? cursorId : null };
}

/**
 * Where the focus goes after an outcome: the next step of a collector's day is the next case, so the
 * most urgent other case of the queue gets the cursor (Enter opens it, `n` claims a new one instead);
 * with no other case, the claim button.
 */
export function focusNextCase(list: HTMLElement | null, currentCaseId: string, claimButton: HTMLElement | null): void {
  const next = rowsIn(list).find((row) => row.dataset.caseId !== currentCaseId);
  (next ?? claimButton)?.focus();
}
