import { useCallback, type ReactNode } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import './conversation.css';

/** Labels of the timeline's channels and the contact directions. */
const CHANNEL_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  PHONE: { id: 'case.channel.PHONE', defaultMessage: 'Phone' },
  EMAIL: { id: 'case.channel.EMAIL', defaultMessage: 'E-mail' },
  SMS: { id: 'case.channel.SMS', defaultMessage: 'SMS' },
  LETTER: { id: 'case.channel.LETTER', defaultMessage: 'Letter' },
  PORTAL: { id: 'case.channel.PORTAL', defaultMessage: 'Portal' },
  IN_PERSON: { id: 'case.channel.IN_PERSON', defaultMessage: 'In person' },
  SYSTEM: { id: 'case.channel.SYSTEM', defaultMessage: 'System' },
  NOTE: { id: 'case.channel.NOTE', defaultMessage: 'Note' },
});
const DIRECTION_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  INBOUND: { id: 'case.direction.INBOUND', defaultMessage: 'Inbound' },
  OUTBOUND: { id: 'case.direction.OUTBOUND', defaultMessage: 'Outbound' },
});
const DIRECTION_TITLES: Record<string, MessageDescriptor> = defineMessages({
  INBOUND: { id: 'case.direction.INBOUND.title', defaultMessage: 'The debtor got in touch' },
  OUTBOUND: { id: 'case.direction.OUTBOUND.title', defaultMessage: 'The agency got in touch' },
});

/** A channel's name in the workbench language; an unknown one as it is. */
export function useChannelLabel(): (channel: string) => string {
  const intl = useIntl();
  return useCallback((channel: string) => (CHANNEL_MESSAGES[channel] ? intl.formatMessage(CHANNEL_MESSAGES[channel]) : channel), [intl]);
}

const svg = (children: ReactNode) => (
  <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
    {children}
  </svg>
);

const CHANNEL_ICONS: Record<string, ReactNode> = {
  PHONE: svg(<path d="M4 2h2.5l1 3-1.5 1a8 8 0 0 0 4 4l1-1.5 3 1V12a2 2 0 0 1-2 2A10 10 0 0 1 2 4a2 2 0 0 1 2-2z" />),
  EMAIL: svg(<><rect x="2" y="3.5" width="12" height="9" rx="1" /><path d="M2.5 4.5 8 9l5.5-4.5" /></>),
  SMS: svg(<path d="M3 3h10a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H7l-3 2.5V11H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" />),
  LETTER: svg(<><path d="M4 1.5h5.5L12.5 4.5V14a.5.5 0 0 1-.5.5H4a.5.5 0 0 1-.5-.5V2a.5.5 0 0 1 .5-.5z" /><path d="M6 8h4.5M6 10.5h4.5" /></>),
  PORTAL: svg(<><circle cx="8" cy="8" r="6" /><path d="M2 8h12M8 2c2 2 2 10 0 12M8 2c-2 2-2 10 0 12" /></>),
  IN_PERSON: svg(<><circle cx="8" cy="5" r="2.5" /><path d="M3 14c.5-3 2.5-4.5 5-4.5s4.5 1.5 5 4.5" /></>),
  NOTE: svg(<><path d="M3 2.5h10v8l-3 3H3z" /><path d="M10 13.5v-3h3M5.5 5.5h5M5.5 8h5" /></>),
  SYSTEM: svg(<><circle cx="8" cy="8" r="2" /><path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" /></>),
};
const DIRECTION_ICONS: Record<string, ReactNode> = {
  INBOUND: svg(<path d="M12.5 3.5 4 12M4 6.5V12h5.5" />),
  OUTBOUND: svg(<path d="M3.5 12.5 12 4M6.5 4H12v5.5" />),
};

/** A timeline entry's channel and, for a contact, its direction: an icon and a word each. */
export function ContactTags({ channel, direction }: { channel: string; direction?: string | null }) {
  const intl = useIntl();
  const channelLabel = useChannelLabel();
  return (
    <span className="contact-tags">
      <span className={`contact-tag contact-channel channel-${channel.toLowerCase()}`} data-testid="activity-channel" data-channel={channel}>
        {CHANNEL_ICONS[channel] ?? null}
        {channelLabel(channel)}
      </span>
      {direction ? (
        <span
          className={`contact-tag contact-direction direction-${direction.toLowerCase()}`}
          data-testid="activity-direction"
          data-direction={direction}
          title={DIRECTION_TITLES[direction] ? intl.formatMessage(DIRECTION_TITLES[direction]) : undefined}
        >
          {DIRECTION_ICONS[direction] ?? null}
          {DIRECTION_MESSAGES[direction] ? intl.formatMessage(DIRECTION_MESSAGES[direction]) : direction}
        </span>
      ) : null}
    </span>
  );
}
