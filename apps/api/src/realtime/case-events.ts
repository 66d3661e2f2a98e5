import type { Queryable } from '../database/queryable.js';
import type { AppEvent } from './events.js';
import { teamsOfUsers } from './realtime.repository.js';

/** One case leaving or joining a queue (`null` is the pool). */
export interface CaseChange {
  caseId: string;
  fromCollector: string | null;
  toCollector: string | null;
  creditorId: string;
}

/** The events a change of one case causes: both queues it left or joined, their teams' boards, the case, KPIs. */
export async function caseChangeEvents(
  manager: Queryable,
  caseId: string,
  fromCollector: string | null,
  toCollector: string | null,
  creditorId: string,
): Promise<AppEvent[]> {
  return casesChangeEvents(manager, [{ caseId, fromCollector, toCollector, creditorId }]);
}

/**
 * A claim's events, as casesChangeEvents gives them for a case joining a queue from the pool, but
 * no KPI event: a claim moves no figure until the KPI catch-up credits the case (KpiCollectorsService).
 */
export function claimEvents(collectorId: string, teamId: string | null, caseId: string): AppEvent[] {
  return [
    { topic: 'queue', payload: { collectorId, caseId, kind: 'ADDED' } },
    { topic: 'team', payload: { teamIds: teamId ? [teamId] : [] } },
    { topic: 'case', payload: { caseId } },
  ];
}

/**
 * The events of several case changes at once: each queue change and case as for one case, but one board event
 * for all the teams involved and one KPI event per creditor, so a bulk move refreshes every board once.
 */
export async function casesChangeEvents(manager: Queryable, changes: CaseChange[]): Promise<AppEvent[]> {
  const events: AppEvent[] = [];
  const collectors = new Set<string>();
  for (const { caseId, fromCollector, toCollector } of changes) {
    if (fromCollector && fromCollector === toCollector) {
      events.push({ topic: 'queue', payload: { collectorId: fromCollector, caseId, kind: 'UPDATED' } });
    } else {
      if (fromCollector) events.push({ topic: 'queue', payload: { collectorId: fromCollector, caseId, kind: 'REMOVED' } });
      if (toCollector) events.push({ topic: 'queue', payload: { collectorId: toCollector, caseId, kind: 'ADDED' } });
    }
    if (fromCollector) collectors.add(fromCollector);
    if (toCollector) collectors.add(toCollector);
  }
  if (collectors.size) {
    events.push({ topic: 'team', payload: { teamIds: await teamsOfUsers(manager, [...collectors]) } });
  }
  for (const { caseId } of changes) events.push({ topic: 'case', payload: { caseId } });
  for (const creditorId of new Set(changes.map((c) => c.creditorId))) events.push({ topic: 'kpis', payload: { creditorId } });
  return events;
}
