import { defineMessages, type IntlShape } from 'react-intl';

/** How a dunning step reaches the debtor, as people read it (the API sends LETTER, EMAIL, PHONE, SMS). */
export const CHANNEL_MESSAGES = defineMessages({
  LETTER: { id: 'dunning.channel.LETTER', defaultMessage: 'Letter' },
  EMAIL: { id: 'dunning.channel.EMAIL', defaultMessage: 'E-mail' },
  PHONE: { id: 'dunning.channel.PHONE', defaultMessage: 'Phone' },
  SMS: { id: 'dunning.channel.SMS', defaultMessage: 'SMS' },
});

/** A channel in the workbench language; one the vocabulary does not know is shown as it is. */
export function channelLabel(intl: IntlShape, channel: string): string {
  return channel in CHANNEL_MESSAGES ? intl.formatMessage(CHANNEL_MESSAGES[channel as keyof typeof CHANNEL_MESSAGES]) : channel;
}

/** The figures of a run, shared by the run's result and the preview before it. */
export const RUN_FIGURE_MESSAGES = defineMessages({
  advanced: { id: 'dunning.figures.advanced', defaultMessage: 'Cases advanced' },
  fees: { id: 'dunning.figures.fees', defaultMessage: 'Fees charged' },
  letters: { id: 'dunning.figures.letters', defaultMessage: 'Letters' },
  emails: { id: 'dunning.figures.emails', defaultMessage: 'E-mails' },
  promisesBroken: { id: 'dunning.figures.promisesBroken', defaultMessage: 'Promises broken' },
  held: { id: 'dunning.figures.held', defaultMessage: 'Letters held (RDG 13a)' },
});
