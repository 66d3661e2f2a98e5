import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';
import { AuditRepository, type AuditRecord } from './audit.repository.js';

export type { AuditRecord } from './audit.repository.js';

/** A staff read of one debtor's personal data is logged at most once per user and debtor in this window. */
export const DEBTOR_READ_WINDOW_SECONDS = 300;

/** Where staff saw a debtor's personal data (name, address, contacts). */
export type DebtorReadVia = 'case' | 'letter';

/** Writes to the append-only audit trail, always inside the transaction of the change it records. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async record(manager: Queryable, event: AuditRecord): Promise<void> {
    await this.repository.insert(event, manager);
  }

  /**
   * Logs that a user saw a debtor's personal data (`debtor.read`: the user, the debtor, the case and
   * where; never the data itself), at most once per user and debtor within DEBTOR_READ_WINDOW_SECONDS,
   * so a screen that reloads or a list of cases does not flood the trail. Returns whether it wrote.
   */
  recordDebtorRead(actorId: string, read: { debtorId: string; via: DebtorReadVia; caseId?: string; letterId?: string }): Promise<boolean> {
    const { debtorId, ...where } = read;
    return this.repository.insertDebtorRead(actorId, debtorId, where, DEBTOR_READ_WINDOW_SECONDS, this.db);
  }
}
