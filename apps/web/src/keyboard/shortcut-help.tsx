import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { useShortcut } from './use-shortcut';

// Loaded on the first `?`: the dialog's code is not part of the workbench's first load.
const ShortcutHelpDialog = lazy(() => import('./shortcut-help-dialog'));

/** `?` opens a dialog listing every shortcut of the screen on display; Esc closes it. */
export function ShortcutHelp() {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  useShortcut('?', intl.formatMessage({ id: 'keyboard.help.open', defaultMessage: 'Show the keyboard shortcuts' }), () => setOpen(true));
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutHelpDialog onClose={() => setOpen(false)} />
    </Suspense>
  );
}
