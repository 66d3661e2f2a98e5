import * as Dialog from '@radix-ui/react-dialog';
import { FormattedMessage } from 'react-intl';
import { useHotkeysContext } from 'react-hotkeys-hook';

const KEY_NAMES: Record<string, string> = { enter: 'Enter', escape: 'Esc', space: 'Space', slash: '/', up: '↑', down: '↓' };

/** How a registered key reads in the list ("n", "Enter", "1–9"). */
function keyText(hotkey: string, display: unknown): string {
  if (typeof display === 'string') return display;
  return hotkey
    .split(',')
    .map((k) => KEY_NAMES[k.trim()] ?? k.trim())
    .join(' / ');
}

/** The list of every shortcut the screen on display registered (a modal dialog; Esc closes it). */
export default function ShortcutHelpDialog({ onClose }: { onClose: () => void }) {
  const { hotkeys } = useHotkeysContext();
  const listed = hotkeys.filter((h) => h.description);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
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
          <div className="dialog-actions">
            <Dialog.Close className="btn">
              <FormattedMessage id="keyboard.help.close" defaultMessage="Close" />
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
