/**
 * How the case screen shows the German court dunning procedure (ZPO 688 ff.). The deadlines come
 * from the API (the domain's `courtDeadlines` sets them when an event is recorded); here we only
 * lay them out and say how far away they are.
 */
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

export const COURT_EVENT_LABELS: Readonly<Record<CourtEvent, string>> = {
  ORDER_APPLIED: 'Mahnbescheid applied for',
  ORDER_SERVED: 'Mahnbescheid served',
  OBJECTION_FILED: 'Objection filed (Widerspruch)',
  ENFORCEMENT_APPLIED: 'Vollstreckungsbescheid applied for',
  ENFORCEMENT_SERVED: 'Vollstreckungsbescheid served',
  ENFORCEMENT_OBJECTION_FILED: 'Objection to the Vollstreckungsbescheid filed (Einspruch)',
};

export type DeadlineState = 'upcoming' | 'today' | 'passed';

export interface DeadlineStatus {
  state: DeadlineState;
  /** Days from today to the deadline: positive ahead, negative behind. */
  days: number;
  /** "in 5 days", "today", "3 days ago". */
  text: string;
}

/** Where a deadline (the last day to act) stands on `today` (the creditor's calendar day). */
export function deadlineStatus(deadline: IsoDate, today: IsoDate): DeadlineStatus {
  const days = daysBetween(today, deadline);
  if (days === 0) return { state: 'today', days, text: 'today' };
  if (days > 0) return { state: 'upcoming', days, text: days === 1 ? 'tomorrow' : `in ${days} days` };
  return { state: 'passed', days, text: days === -1 ? 'yesterday' : `${-days} days ago` };
}

/** One line of the court card: something that happened, or a deadline it started. */
export type CourtRow =
  | { kind: 'event'; key: string; label: string; on: IsoDate | null }
  | {
      kind: 'deadline';
      key: string;
      label: string;
      statute: string;
      on: IsoDate;
      /** What answered the deadline, if anything did: then it no longer needs watching. */
      answered: { label: string; on: IsoDate } | null;
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
      label: 'Objection deadline',
      statute: 'ZPO 692: two weeks after service',
      on: court.objectionDeadline,
      answered: court.objectionFiledOn ? { label: 'Objection filed', on: court.objectionFiledOn } : null,
    });
  }
  if (court.enforcementApplicationDeadline) {
    rows.push({
      kind: 'deadline',
      key: 'enforcement-application',
      label: 'Apply for enforcement order by',
      statute: 'ZPO 701: six months after service, else the Mahnbescheid lapses',
      on: court.enforcementApplicationDeadline,
      answered: court.enforcementAppliedOn ? { label: 'Applied', on: court.enforcementAppliedOn } : null,
    });
  }
  rows.push({ kind: 'event', key: 'enforcement-served', label: COURT_EVENT_LABELS.ENFORCEMENT_SERVED, on: court.enforcementServedOn });
  if (court.enforcementObjectionDeadline) {
    rows.push({
      kind: 'deadline',
      key: 'enforcement-objection',
      label: 'Enforcement objection deadline',
      statute: 'ZPO 700, 339: two weeks after service',
      on: court.enforcementObjectionDeadline,
      answered: court.enforcementObjectionFiledOn ? { label: 'Objection filed', on: court.enforcementObjectionFiledOn } : null,
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
