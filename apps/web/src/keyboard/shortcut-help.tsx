import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useHotkeysContext } from 'react-hotkeys-hook';
import { useShortcut } from './use-shortcut';

const KEY_NAMES: Record<string, string> = { enter: 'Enter', escape: 'Esc', space: 'Space', slash: '/', up: '↑', down: '↓' };

/** How a registered key reads in the list ("n", "Enter", "1–9"). */
function keyText(hotkey: string, display: unknown): string {
  if (typeof display === 'string') return display;
  return hotkey
    .split(',')
    .map((k) => KEY_NAMES[k.trim()] ?? k.trim())
    .join(' / ');
}

/** `?` opens a dialog listing every shortcut of the screen on display; Esc closes it. */
export function ShortcutHelp() {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const { hotkeys } = useHotkeysContext();
  useShortcut('?', intl.formatMessage({ id: 'keyboard.help.open', defaultMessage: 'Show the keyboard shortcuts' }), () => setOpen(true));
  const listed = hotkeys.filter((h) => h.description);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        {/* A plain backdrop: Radix's Overlay injects a <style> element, which the Content-Security-Policy forbids. */}
        <div className="dialog-overlay" />
        <Dialog.Content className="dialog-content shortcut-help" data-testid="shortcut-help">
          <Dialog.Title className="dialog-title">
            <FormattedMessage id="keyboard.help.title" defaultMessage="Keyboard shortcuts" />
          </Dialog.Title>
          <Dialog.Description className="muted small">
            <FormattedMessage id="keyboard.help.description" defaultMessage="Shortcuts work whenever you are not typing in a field. Esc closes a dialog or form." />
          </Dialog.Description>
          <dl className="shortcut-list">
            {listed.map((h) => (
              <div key={`${h.hotkey}:${h.description}`} className="shortcut-row">
                <dt>
                  <kbd>{keyText(h.hotkey, h.metadata?.display)}</kbd>
                </dt>
                <dd>{h.description}</dd>
              </div>
            ))}
          </dl>
          <Dialog.Close className="btn">
            <FormattedMessage id="keyboard.help.close" defaultMessage="Close" />
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
