import type { EntityManager } from 'typeorm';
import type { AppEvent } from '../realtime/events.js';

/** The events a change of one case causes: both queues it left or joined, their teams' boards, the case, KPIs. */
export async function caseChangeEvents(
  manager: EntityManager,
  caseId: string,
  fromCollector: string | null,
  toCollector: string | null,
  creditorId: string,
): Promise<AppEvent[]> {
  const events: AppEvent[] = [];
  if (fromCollector && fromCollector === toCollector) {
    events.push({ topic: 'queue', payload: { collectorId: fromCollector, caseId, kind: 'UPDATED' } });
  } else {
    if (fromCollector) events.push({ topic: 'queue', payload: { collectorId: fromCollector, caseId, kind: 'REMOVED' } });
    if (toCollector) events.push({ topic: 'queue', payload: { collectorId: toCollector, caseId, kind: 'ADDED' } });
  }
  const collectors = [fromCollector, toCollector].filter((id): id is string => id !== null);
  if (collectors.length) {
    const teams: { team_id: string }[] = await manager.query(
      'SELECT DISTINCT team_id FROM users WHERE id = ANY($1) AND team_id IS NOT NULL',
      [collectors],
    );
    events.push({ topic: 'team', payload: { teamIds: teams.map((t) => t.team_id) } });
  }
  events.push({ topic: 'case', payload: { caseId } });
  events.push({ topic: 'kpis', payload: { creditorId } });
  return events;
}
