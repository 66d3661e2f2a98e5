import type { BadgeTone } from './badge';

/** What the case screen and the worklist say about how soon a case runs out. */
export interface LimitationStatus {
  tone: BadgeTone;
  text: string;
}

/** Within this many days a limitation is urgent (legal steps take time to file). */
export const URGENT_DAYS = 30;
/** Within this many days it is worth watching. */
export const SOON_DAYS = 90;

/** The badge for a limitation: days left (null = no end while proceedings go on). */
export function limitationStatus(date: string | null, daysLeft: number | null): LimitationStatus {
  if (date === null || daysLeft === null) return { tone: 'info', text: 'no end while proceedings go on' };
  if (daysLeft < 0) return { tone: 'bad', text: `time-barred for ${-daysLeft} ${-daysLeft === 1 ? 'day' : 'days'}` };
  if (daysLeft === 0) return { tone: 'bad', text: 'runs out today' };
  const text = `in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
  if (daysLeft <= URGENT_DAYS) return { tone: 'bad', text };
  if (daysLeft <= SOON_DAYS) return { tone: 'warn', text };
  return { tone: 'neutral', text };
}
