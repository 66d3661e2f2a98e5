import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { BadgeTone } from './badge';

/** What the case screen and the worklist say about how soon a case runs out. */
export interface LimitationStatus {
  tone: BadgeTone;
  text: MessageDescriptor;
  values: { days: number };
}

/** Within this many days a limitation is urgent (legal steps take time to file). */
export const URGENT_DAYS = 30;
/** Within this many days it is worth watching. */
export const SOON_DAYS = 90;

const TEXT = defineMessages({
  suspended: { id: 'limitation.status.suspended', defaultMessage: 'no end while proceedings go on' },
  barred: { id: 'limitation.status.barred', defaultMessage: 'time-barred for {days, plural, one {# day} other {# days}}' },
  today: { id: 'limitation.status.today', defaultMessage: 'runs out today' },
  left: { id: 'limitation.status.left', defaultMessage: 'in {days, plural, one {# day} other {# days}}' },
});

/** The badge for a limitation: days left (null = no end while proceedings go on). */
export function limitationStatus(date: string | null, daysLeft: number | null): LimitationStatus {
  if (date === null || daysLeft === null) return { tone: 'info', text: TEXT.suspended, values: { days: 0 } };
  if (daysLeft < 0) return { tone: 'bad', text: TEXT.barred, values: { days: -daysLeft } };
  if (daysLeft === 0) return { tone: 'bad', text: TEXT.today, values: { days: 0 } };
  const status = { text: TEXT.left, values: { days: daysLeft } };
  if (daysLeft <= URGENT_DAYS) return { tone: 'bad', ...status };
  if (daysLeft <= SOON_DAYS) return { tone: 'warn', ...status };
  return { tone: 'neutral', ...status };
}
