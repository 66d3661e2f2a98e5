import { Injectable } from '@nestjs/common';
import {
  calendarDateIn, casePriority, computeBalance, daysBetween, openPrincipalCents, type Balance, type IsoDate,
} from '@mahnwerk/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import type { CaseEntity } from './case.entity.js';
import { ClaimEntity } from './claim.entity.js';
import { FeeEntity } from './fee.entity.js';

/** Loads a case's money snapshot and asks the domain for its balance and priority. */
@Injectable()
export class CaseFiguresService {
  constructor(private readonly clock: Clock) {}

  today(c: CaseEntity): IsoDate {
    return calendarDateIn(this.clock.now(), c.creditor.timeZone);
  }

  async balance(
    manager: EntityManager,
    c: CaseEntity,
    asOf: IsoDate = this.today(c),
    options: { lineDetails?: boolean } = {},
  ): Promise<Balance> {
    // One after another: inside a transaction `manager` holds a single connection, and pg does not
    // allow overlapping queries on one client (deprecated in pg 8, removed in pg 9).
    const claims = await manager.find(ClaimEntity, { where: { caseId: c.id }, order: { dueDate: 'ASC', reference: 'ASC' } });
    const fees = await manager.find(FeeEntity, { where: { caseId: c.id }, order: { chargedOn: 'ASC' } });
    const payments = await manager.find(PaymentEntity, { where: { caseId: c.id }, order: { receivedAt: 'ASC', createdAt: 'ASC' } });
    return computeBalance({
      country: c.creditor.country,
      debtorKind: c.debtor.kind,
      currency: c.currency,
      asOf,
      claims: claims.map((cl) => ({
        reference: cl.reference, principalCents: cl.principalCents, dueDate: cl.dueDate, defaultDate: cl.defaultDate,
      })),
      fees: fees.map((f) => ({ label: f.label, amountCents: f.amountCents, chargedOn: f.chargedOn })),
      payments: payments.map((p) => ({ amountCents: p.amountCents, receivedOn: p.receivedAt })),
    }, { lineDetails: options.lineDetails });
  }

  /** Recomputes the cached open balance and priority after a change, in the change's transaction. */
  async refresh(manager: EntityManager, c: CaseEntity): Promise<{ balance: Balance; priority: number }> {
    const today = this.today(c);
    const balance = await this.balance(manager, c, today, { lineDetails: true });
    const [{ broken }] = await manager.query(
      `SELECT count(*)::int AS broken FROM promises
        WHERE case_id = $1 AND (status = 'BROKEN' OR (status = 'OPEN' AND due_date < $2))`,
      [c.id, today],
    );
    const [row] = await manager.query('SELECT status, stage, next_action_at FROM cases WHERE id = $1', [c.id]);
    const openCents = Math.max(balance.totalCents, 0);
    const priority = casePriority({
      openCents,
      daysOverdue: Math.max(daysBetween(c.oldestDueDate, today), 0),
      stage: row.stage,
      brokenPromises: broken,
      callbackDue: row.next_action_at !== null && new Date(row.next_action_at) <= this.clock.now(),
    });
    await manager.query('UPDATE cases SET open_cents = $2, priority = $3, principal_open_cents = $4 WHERE id = $1', [
      c.id, openCents, priority, openPrincipalCents(balance),
    ]);
    return { balance, priority };
  }
}
