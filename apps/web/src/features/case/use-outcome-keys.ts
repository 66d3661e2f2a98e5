import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { useShortcut } from '../../keyboard/use-shortcut';

/** The field (by its `data-focus`) that gets the focus once a digit picked an outcome. */
export type OutcomeFocusTarget = 'amount' | 'installment' | 'callback' | 'note';

function fieldOf(form: HTMLFormElement | null, target: OutcomeFocusTarget): HTMLElement | null {
  if (!form) return null;
  const selector = target === 'installment' ? '[data-testid="installment-date"]' : `[data-focus="${target}"]`;
  return form.querySelector<HTMLElement>(selector);
}

/**
 * The outcome form's keys: 1–9 pick an outcome (in the order shown) and put the focus on the field
 * it needs first; Ctrl+Enter (or Cmd+Enter) records from any field; Esc cancels the outcome and gives
 * the focus back to where it was when the digit was pressed.
 */
export function useOutcomeKeys({
  formRef,
  enabled,
  open,
  pick,
  cancel,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  enabled: boolean;
  /** An outcome is chosen: Esc has something to cancel. */
  open: boolean;
  /** Picks the outcome of the digit; null when that outcome cannot be chosen now. */
  pick: (digit: number) => OutcomeFocusTarget | null;
  cancel: () => void;
}): { onFormKeyDown: (event: KeyboardEvent<HTMLFormElement>) => void } {
  const intl = useIntl();
  const returnFocus = useRef<HTMLElement | null>(null);
  const [focusTarget, setFocusTarget] = useState<OutcomeFocusTarget | null>(null);

  // After the render that shows the outcome's fields.
  useEffect(() => {
    if (!focusTarget) return;
    fieldOf(formRef.current, focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, formRef]);

  useShortcut(
    '1, 2, 3, 4, 5, 6, 7, 8, 9',
    intl.formatMessage({
      id: 'case.outcome.keys.pick',
      defaultMessage: 'Pick an outcome (in the order shown) and fill in what it needs; Ctrl+Enter records it, then the focus moves on to the next case in your queue',
    }),
    (event) => {
      const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const target = pick(Number(event.key));
      if (!target) return;
      if (!open) returnFocus.current = before;
      setFocusTarget(target);
    },
    { enabled, display: '1–9' },
  );

  const close = () => {
    cancel();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back.isConnected && back !== document.body) back.focus();
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  useShortcut('escape', intl.formatMessage({ id: 'case.outcome.keys.cancel', defaultMessage: 'Cancel the outcome and go back to where you were' }), close, {
    enabled: enabled && open,
  });

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (!enabled) return;
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      formRef.current?.requestSubmit();
    }
  }
  return { onFormKeyDown };
}
