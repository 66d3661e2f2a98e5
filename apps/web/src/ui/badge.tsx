import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

export type BadgeTone = 'neutral' | 'accent' | 'good' | 'warn' | 'bad' | 'info';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function OnlineDot({ online }: { online: boolean }) {
  const intl = useIntl();
  const text = online
    ? intl.formatMessage({ id: 'ui.presence.online', defaultMessage: 'Online' })
    : intl.formatMessage({ id: 'ui.presence.offline', defaultMessage: 'Offline' });
  return <span className={`online-dot ${online ? 'online' : 'offline'}`} role="img" aria-label={text} title={text} />;
}
