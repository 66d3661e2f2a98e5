/**
 * How the case screen shows the German court dunning procedure (ZPO 688 ff.). The deadlines come
 * from the API (the domain's `courtDeadlines` sets them when an event is recorded); here we only
 * lay them out and say how far away they are.
 */
import { defineMessages, type MessageDescriptor } from 'react-intl';
import { daysBetween, type IsoDate } from '../../ui/date';
import type { CourtEvent, CourtProceeding } from './case.graphql';

/** In procedure order. */
export const COURT_EVENTS: readonly CourtEvent[] = [
  'ORDER_APPLIED',
  'ORDER_SERVED',
  'OBJECTION_FILED',
  'ENFORCEMENT_APPLIED',
  'ENFORCEMENT_SERVED',
  'ENFORCEMENT_OBJECTION_FILED',
];

export const COURT_EVENT_LABELS: Readonly<Record<CourtEvent, MessageDescriptor>> = defineMessages({
  ORDER_APPLIED: { id: 'case.court.event.ORDER_APPLIED', defaultMessage: 'Mahnbescheid applied for' },
  ORDER_SERVED: { id: 'case.court.event.ORDER_SERVED', defaultMessage: 'Mahnbescheid served' },
  OBJECTION_FILED: { id: 'case.court.event.OBJECTION_FILED', defaultMessage: 'Objection filed (Widerspruch)' },
  ENFORCEMENT_APPLIED: { id: 'case.court.event.ENFORCEMENT_APPLIED', defaultMessage: 'Vollstreckungsbescheid applied for' },
  ENFORCEMENT_SERVED: { id: 'case.court.event.ENFORCEMENT_SERVED', defaultMessage: 'Vollstreckungsbescheid served' },
  ENFORCEMENT_OBJECTION_FILED: {
    id: 'case.court.event.ENFORCEMENT_OBJECTION_FILED',
    defaultMessage: 'Objection to the Vollstreckungsbescheid filed (Einspruch)',
  },
});

const ROW_MESSAGES = defineMessages({
  objectionDeadline: { id: 'case.court.row.objectionDeadline', defaultMessage: 'Objection deadline' },
  objectionStatute: { id: 'case.court.row.objectionStatute', defaultMessage: 'ZPO 692: two weeks after service' },
  objectionFiled: { id: 'case.court.row.objectionFiled', defaultMessage: 'Objection filed' },
  enforcementBy: { id: 'case.court.row.enforcementBy', defaultMessage: 'Apply for enforcement order by' },
  enforcementStatute: { id: 'case.court.row.enforcementStatute', defaultMessage: 'ZPO 701: six months after service, else the Mahnbescheid lapses' },
  applied: { id: 'case.court.row.applied', defaultMessage: 'Applied' },
  enforcementObjectionDeadline: { id: 'case.court.row.enforcementObjectionDeadline', defaultMessage: 'Enforcement objection deadline' },
  enforcementObjectionStatute: { id: 'case.court.row.enforcementObjectionStatute', defaultMessage: 'ZPO 700, 339: two weeks after service' },
});

/** How far away a deadline is ("in 5 days", "today", "3 days ago"); `days` as deadlineStatus gives them. */
export const DEADLINE_DISTANCE: MessageDescriptor = {
  id: 'case.court.deadline.distance',
  defaultMessage:
    '{when, select, today {today} tomorrow {tomorrow} yesterday {yesterday} ahead {in {count, plural, one {# day} other {# days}}} other {{count, plural, one {# day ago} other {# days ago}}}}',
};

/** The values DEADLINE_DISTANCE takes for a deadline `days` away. */
export const deadlineDistanceValues = (days: number) => ({
  when: days === 0 ? 'today' : days === 1 ? 'tomorrow' : days === -1 ? 'yesterday' : days > 0 ? 'ahead' : 'ago',
  count: Math.abs(days),
});

export type DeadlineState = 'upcoming' | 'today' | 'passed';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Days from today to the deadline: positive ahead, negative behind (DEADLINE_DISTANCE words it). */
  days: number;
}

/** Where a deadline (the last day to act) stands on `today` (the creditor's calendar day). */
export function deadlineStatus(deadline: IsoDate, today: IsoDate): DeadlineStatus {
  const days = daysBetween(today, deadline);
  return { state: days === 0 ? 'today' : days > 0 ? 'upcoming' : 'passed', days };
}

/** One line of the court card: something that happened, or a deadline it started. */
export type CourtRow =
  | { kind: 'event'; key: string; label: MessageDescriptor; on: IsoDate | null }
  | {
      kind: 'deadline';
      key: string;
      label: MessageDescriptor;
      statute: MessageDescriptor;
      on: IsoDate;
      /** What answered the deadline, if anything did: then it no longer needs watching. */
      answered: { label: MessageDescriptor; on: IsoDate } | null;
    };

/**
 * The procedure in order: applied, served, the objection window, the enforcement application
 * deadline (ZPO 701), enforcement served, the objection window against it. Deadlines appear once
 * the API has set them; steps not reached yet show without a date.
 */
export function courtRows(court: CourtProceeding): CourtRow[] {
  const rows: CourtRow[] = [
    { kind: 'event', key: 'applied', label: COURT_EVENT_LABELS.ORDER_APPLIED, on: court.appliedOn },
    { kind: 'event', key: 'served', label: COURT_EVENT_LABELS.ORDER_SERVED, on: court.orderServedOn },
  ];
  if (court.objectionDeadline) {
    rows.push({
      kind: 'deadline',
      key: 'objection',
      label: ROW_MESSAGES.objectionDeadline,
      statute: ROW_MESSAGES.objectionStatute,
      on: court.objectionDeadline,
      answered: court.objectionFiledOn ? { label: ROW_MESSAGES.objectionFiled, on: court.objectionFiledOn } : null,
    });
  }
  if (court.enforcementApplicationDeadline) {
    rows.push({
      kind: 'deadline',
      key: 'enforcement-application',
      label: ROW_MESSAGES.enforcementBy,
      statute: ROW_MESSAGES.enforcementStatute,
      on: court.enforcementApplicationDeadline,
      answered: court.enforcementAppliedOn ? { label: ROW_MESSAGES.applied, on: court.enforcementAppliedOn } : null,
    });
  }
  rows.push({ kind: 'event', key: 'enforcement-served', label: COURT_EVENT_LABELS.ENFORCEMENT_SERVED, on: court.enforcementServedOn });
  if (court.enforcementObjectionDeadline) {
    rows.push({
      kind: 'deadline',
      key: 'enforcement-objection',
      label: ROW_MESSAGES.enforcementObjectionDeadline,
      statute: ROW_MESSAGES.enforcementObjectionStatute,
      on: court.enforcementObjectionDeadline,
      answered: court.enforcementObjectionFiledOn ? { label: ROW_MESSAGES.objectionFiled, on: court.enforcementObjectionFiledOn } : null,
    });
  }
  return rows;
}

/**
 * The events that can be recorded next: each once, after the step it builds on (the same order
 * the API checks; the API stays the judge and answers CONFLICT otherwise).
 */
export function nextCourtEvents(court: CourtProceeding | null): CourtEvent[] {
  if (!court) return ['ORDER_APPLIED'];
  const recorded: Record<CourtEvent, boolean> = {
    ORDER_APPLIED: true,
    ORDER_SERVED: court.orderServedOn !== null,
    OBJECTION_FILED: court.objectionFiledOn !== null,
    ENFORCEMENT_APPLIED: court.enforcementAppliedOn !== null,
    ENFORCEMENT_SERVED: court.enforcementServedOn !== null,
    ENFORCEMENT_OBJECTION_FILED: court.enforcementObjectionFiledOn !== null,
  };
  const after: Record<CourtEvent, boolean> = {
    ORDER_APPLIED: true,
    ORDER_SERVED: true,
    OBJECTION_FILED: recorded.ORDER_SERVED,
    ENFORCEMENT_APPLIED: recorded.ORDER_SERVED,
    ENFORCEMENT_SERVED: recorded.ENFORCEMENT_APPLIED,
    ENFORCEMENT_OBJECTION_FILED: recorded.ENFORCEMENT_SERVED,
  };
  return COURT_EVENTS.filter((event) => !recorded[event] && after[event]);
}

/**
 * The step the form suggests: the one furthest along the procedure (after service, applying for
 * the enforcement order rather than the debtor's objection, which most debtors never file).
 */
export function suggestedCourtEvent(options: readonly CourtEvent[]): CourtEvent | null {
  return options.at(-1) ?? null;
}
