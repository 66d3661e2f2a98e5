import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/queryable.js';
import { AuditRepository, type AuditRecord } from './audit.repository.js';

export type { AuditRecord } from './audit.repository.js';

/** Writes to the append-only audit trail, always inside the transaction of the change it records. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(manager: Queryable, event: AuditRecord): Promise<void> {
    await this.repository.insert(event, manager);
  }
}
