import { useHotkeys } from 'react-hotkeys-hook';

export interface ShortcutOptions {
  /** Off while the action is not available (e.g. no case selected). */
  enabled?: boolean;
  /** How the help dialog writes the key when it differs from `keys` ("1–9", "Space"). */
  display?: string;
  /** Leaves the key to the page for this event (e.g. Space on a button presses the button). */
  ignore?: (event: KeyboardEvent) => boolean;
}

/**
 * A keyboard shortcut of the screen on display, listed with its `label` in the `?` help dialog.
 *
 * `keys` as react-hotkeys-hook reads them ("n", "enter", "escape", "space", "1, 2, 3"), matched on the
 * character the key produces, so "/" and "?" work on German and Danish keyboards too. A shortcut never
 * fires while the person types in a field, and the key's own effect (scrolling, typing "/") is prevented.
 */
export function useShortcut(keys: string, label: string, handler: (event: KeyboardEvent) => void, options: ShortcutOptions = {}): void {
  const { enabled = true, display, ignore } = options;
  // The space bar produces " ", which cannot be written as a key name: it is matched by its code.
  const useKey = keys.trim() !== 'space';
  // "?" and "/" need Shift on many layouts (German: Shift+ß, Shift+7): for a sign, the character counts, not the modifiers.
  const sign = /^[^a-z0-9]$/i.test(keys);
  useHotkeys(
    keys,
    (event) => handler(event),
    {
      enabled,
      useKey,
      ignoreModifiers: sign,
      preventDefault: true,
      enableOnFormTags: false,
      ignoreEventWhen: ignore,
      description: label,
      metadata: display ? { display } : undefined,
    },
    [handler, label, enabled, display],
  );
}
