import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

/** `neutral` is the plain notice; the others colour it. */
export type NoticeTone = 'neutral' | 'info' | 'success' | 'error';

/** A notice a screen keeps in state until the person dismisses it or the next action replaces it. */
export interface Notice {
  tone: Exclude<NoticeTone, 'neutral'>;
  text: string;
}

/**
 * A one-line notice above a list or under a form: what just happened, or why something did not.
 * An error is announced at once (`role="alert"`), anything else politely (`role="status"`); with
 * `onClose` it has a dismiss button.
 */
export function NoticeBar({
  tone = 'neutral',
  role,
  className,
  testId,
  onClose,
  children,
}: {
  tone?: NoticeTone;
  role?: 'alert' | 'status';
  className?: string;
  testId?: string;
  onClose?: () => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const classes = ['notice', tone === 'neutral' ? null : `notice-${tone}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} role={role ?? (tone === 'error' ? 'alert' : 'status')} data-testid={testId}>
      {children}
      {onClose ? (
        <button type="button" className="notice-close" aria-label={intl.formatMessage({ id: 'ui.notice.dismiss', defaultMessage: 'Dismiss' })} onClick={onClose}>
          ×
        </button>
      ) : null}
    </div>
  );
}

/** A notice kept in state: nothing while there is none. */
export function DismissibleNotice({ notice, onClose, testId }: { notice: Notice | null; onClose: () => void; testId?: string }) {
  if (!notice) return null;
  return (
    <NoticeBar tone={notice.tone} onClose={onClose} testId={testId}>
      {notice.text}
    </NoticeBar>
  );
}
