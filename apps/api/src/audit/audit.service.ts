import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes to the append-only audit trail, always inside the transaction of the change it records. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.actorId, event.action, event.entity, event.entityId, json(event.before), json(event.after)],
    );
  }
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
