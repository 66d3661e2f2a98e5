import { Injectable } from '@nestjs/common';
import type { AuditExportRow } from '@mahnwerk/domain';
import type { Queryable } from '../database/queryable.js';

/** One state change for the append-only audit trail (`audit_events`). */
export interface AuditRecord {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The columns an audit event is written with, in statement order. */
type AuditEventParams = [actorId: string | null, action: string, entity: string, entityId: string, before: string | null, after: string | null];

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** The statement's parameters for one event: before and after as JSON text, absent ones as NULL. */
export const toAuditEventParams = (event: AuditRecord): AuditEventParams => [
  event.actorId, event.action, event.entity, event.entityId, json(event.before), json(event.after),
];

/** What the audit screen searches by; the period is calendar days in `timeZone`, both ends included. */
export interface AuditSearch {
  caseId?: string | null;
  userId?: string | null;
  /** An action (`hold.release`) or its prefix (`hold`). */
  action?: string | null;
  from?: string | null;
  to?: string | null;
  timeZone: string;
}

/** One audit event as the audit screen lists it. */
export interface AuditEventRecord {
  id: string;
  at: Date;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  entity: string;
  entityId: string;
  caseId: string | null;
  before: unknown;
  after: unknown;
}

interface AuditEventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  case_id: string | null;
  before: unknown;
  after: unknown;
  total: number;
}

const toAuditEventRecord = (r: AuditEventRow): AuditEventRecord => ({
  id: r.id, at: r.at, action: r.action, entity: r.entity, entityId: r.entity_id, caseId: r.case_id, before: r.before, after: r.after,
  actor: r.actor_id && r.actor_email ? { id: r.actor_id, email: r.actor_email, name: r.actor_name ?? r.actor_email } : null,
});

const toAuditExportRow = (r: AuditEventRow): AuditExportRow => ({
  id: r.id, at: r.at.toISOString(), actorId: r.actor_id, actorEmail: r.actor_email, action: r.action, entity: r.entity,
  entityId: r.entity_id, caseId: r.case_id, before: r.before ?? null, after: r.after ?? null,
});

/** The case an event is about: the case itself, or the case a debtor event names. */
const CASE_OF_EVENT = `CASE WHEN a.entity = 'case' THEN a.entity_id ELSE a.after->>'caseId' END`;

/** Every statement on audit_events. The trail is append-only (a trigger refuses UPDATE and DELETE). */
@Injectable()
export class AuditRepository {
  /** Appends one event; always inside the transaction of the change it records. */
  async insert(event: AuditRecord, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      toAuditEventParams(event),
    );
  }

  /**
   * Appends a staff read of a debtor's personal data unless the same user's read of the same debtor
   * is already on the trail within `withinSeconds` (both sides on the database's clock, which stamps
   * `at`). Returns whether it wrote a row.
   */
  async insertDebtorRead(actorId: string, debtorId: string, after: Record<string, unknown>, withinSeconds: number, db: Queryable): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after)
       SELECT $1, 'debtor.read', 'debtor', $2, NULL, $3
       WHERE NOT EXISTS (
         SELECT 1 FROM audit_events
         WHERE entity = 'debtor' AND entity_id = $2 AND action = 'debtor.read' AND actor_id = $1
           AND at > now() - make_interval(secs => $4)
       )
       RETURNING id`,
      [actorId, debtorId, JSON.stringify(after), withinSeconds],
    );
    return rows.length > 0;
  }

  /** A page of events, newest first, with the number of all that match. */
  async search(filter: AuditSearch, page: { offset: number; limit: number }, db: Queryable): Promise<{ items: AuditEventRecord[]; totalCount: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.caseId) {
      // The case's own events and the reads of its debtor made through it, each branch on the
      // (entity, entity_id, at) index.
      const p = param(filter.caseId);
      where.push(`a.id IN (
        SELECT e.id FROM audit_events e WHERE e.entity = 'case' AND e.entity_id = ${p}
        UNION ALL
        SELECT e.id FROM audit_events e JOIN cases c ON c.id = ${p}::uuid
        WHERE e.entity = 'debtor' AND e.entity_id = c.debtor_id::text AND e.after->>'caseId' = ${p}
      )`);
    }
    if (filter.userId) where.push(`a.actor_id = ${param(filter.userId)}`);
    if (filter.action) {
      const p = param(filter.action);
      where.push(`(a.action = ${p} OR starts_with(a.action, ${p} || '.'))`);
    }
    const zone = filter.from || filter.to ? param(filter.timeZone) : null;
    if (filter.from) where.push(`a.at >= (${param(filter.from)}::date)::timestamp AT TIME ZONE ${zone}`);
    if (filter.to) where.push(`a.at < (${param(filter.to)}::date + 1)::timestamp AT TIME ZONE ${zone}`);
    const rows: AuditEventRow[] = await db.query(
      `SELECT a.id::text AS id, a.at, a.actor_id, u.email AS actor_email, u.name AS actor_name, a.action, a.entity, a.entity_id,
              ${CASE_OF_EVENT} AS case_id, a.before, a.after, count(*) OVER ()::int AS total
       FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.id DESC
       OFFSET ${param(page.offset)} LIMIT ${param(page.limit)}`,
      params,
    );
    let totalCount = rows[0]?.total ?? 0;
    if (rows.length === 0 && page.offset > 0) {
      const [counted]: { total: number }[] = await db.query(
        `SELECT count(*)::int AS total FROM audit_events a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        params.slice(0, -2),
      );
      totalCount = counted?.total ?? 0;
    }
    return { items: rows.map(toAuditEventRecord), totalCount };
  }

  /**
   * A creditor's trail for a period (calendar days in `timeZone`, both ends included), in the order the
   * events were appended: its cases' events, its debtors' events and its own settings' events.
   */
  async creditorTrail(creditorId: string, from: string, to: string, timeZone: string, db: Queryable): Promise<AuditExportRow[]> {
    const rows: AuditEventRow[] = await db.query(
      `WITH bounds AS (
         SELECT ($2::date)::timestamp AT TIME ZONE $4 AS start_at, ($3::date + 1)::timestamp AT TIME ZONE $4 AS end_at
       ), picked AS (
         SELECT a.id, a.entity_id AS case_id FROM audit_events a JOIN cases c ON a.entity = 'case' AND a.entity_id = c.id::text, bounds b
         WHERE c.creditor_id = $1 AND a.at >= b.start_at AND a.at < b.end_at
         UNION ALL
         SELECT a.id, a.after->>'caseId' FROM audit_events a, bounds b
         WHERE a.entity = 'debtor' AND a.at >= b.start_at AND a.at < b.end_at
           AND EXISTS (SELECT 1 FROM cases c WHERE c.debtor_id::text = a.entity_id AND c.creditor_id = $1)
         UNION ALL
         SELECT a.id, NULL FROM audit_events a, bounds b
         WHERE a.entity = 'creditor' AND a.entity_id = $1::text AND a.at >= b.start_at AND a.at < b.end_at
       )
       SELECT a.id::text AS id, a.at, a.actor_id, u.email AS actor_email, u.name AS actor_name, a.action, a.entity, a.entity_id,
              p.case_id, a.before, a.after, 0 AS total
       FROM picked p JOIN audit_events a ON a.id = p.id LEFT JOIN users u ON u.id = a.actor_id
       ORDER BY a.id`,
      [creditorId, from, to, timeZone],
    );
    return rows.map(toAuditExportRow);
  }
}
