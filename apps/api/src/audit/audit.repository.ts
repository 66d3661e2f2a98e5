import { Injectable } from '@nestjs/common';
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
}
