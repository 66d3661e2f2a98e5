/** What the API announces after a change commits; subscribers load what they need by id. */
export type QueueChangeKind = 'ADDED' | 'UPDATED' | 'REMOVED';

export interface QueueEvent {
  collectorId: string;
  caseId: string;
  kind: QueueChangeKind;
}
export interface TeamEvent {
  teamIds: string[];
}
export interface CaseEvent {
  caseId: string;
}
export interface KpiEvent {
  creditorId: string | null;
}
/** A creditor was created or its settings changed. */
export interface CreditorEvent {
  creditorId: string;
}

/** A collector's own settings (capacity) changed. */
export interface CollectorEvent {
  collectorId: string;
}

export interface EventMap {
  queue: QueueEvent;
  collector: CollectorEvent;
  team: TeamEvent;
  case: CaseEvent;
  kpis: KpiEvent;
  creditor: CreditorEvent;
}
export type Topic = keyof EventMap;
export type AppEvent = { [T in Topic]: { topic: T; payload: EventMap[T] } }[Topic];
