import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatCents, validatePayment } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseEntity } from '../cases/case.entity.js';
import { Clock } from '../common/clock.js';
import { conflict } from '../common/errors.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../queue/queue-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentEntity } from './payment.entity.js';

@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a payment once per idempotency key: a retry with the same key and the same payment
   * returns the case unchanged; the same key for a different payment is a CONFLICT.
   */
  async record(user: AuthUser, input: RecordPaymentInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      const c = await this.access.load(user, input.caseId, manager, true);
      decide(() =>
        validatePayment({ amountCents: input.amountCents, receivedOn: input.receivedAt, today: this.figures.today(c) }),
      );
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by)
         VALUES ($1, $2, $3, $4, $5, 'MANUAL', $6, $7)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [c.id, input.amountCents, c.currency, input.receivedAt, input.reference.trim(), input.idempotencyKey, user.id],
      );
      if (!inserted.length) {
        await this.assertSameAsRecorded(manager, input);
        return c.id;
      }
      await this.applyPayment(manager, user, c, inserted[0].id, input);
      return c.id;
    });
  }

  private async applyPayment(
    manager: EntityManager, user: AuthUser, c: CaseEntity, paymentId: string, input: RecordPaymentInput,
  ): Promise<void> {
    await this.keepPromises(manager, c.id, input.amountCents);
    const { balance } = await this.figures.refresh(manager, c);
    const settled = balance.totalCents <= 0 && (c.status === 'OPEN' || c.status === 'ON_HOLD');
    const assigneeId = settled ? null : c.assigneeId;
    const now = this.clock.now();
    await manager.query(
      `UPDATE cases SET version = version + 1, updated_at = $2,
              status = CASE WHEN $3 THEN 'PAID' ELSE status END,
              paid_at = CASE WHEN $3 THEN $2::timestamptz ELSE paid_at END,
              assignee_id = $4, next_action_at = CASE WHEN $3 THEN NULL ELSE next_action_at END
        WHERE id = $1`,
      [c.id, now, settled, assigneeId],
    );
    await manager.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, occurred_at) VALUES ($1, $2, 'SYSTEM', $3, $4)`,
      [c.id, user.id, `Payment of ${formatCents(input.amountCents, c.currency)} received ${input.receivedAt} (${input.reference})${settled ? '; case paid in full' : ''}`, now],
    );
    await this.audit.record(manager, {
      actorId: user.id, action: 'payment.record', entity: 'case', entityId: c.id,
      before: { status: c.status, openCents: c.openCents },
      after: { paymentId, amountCents: input.amountCents, status: settled ? 'PAID' : c.status, openCents: Math.max(balance.totalCents, 0) },
    });
    await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, assigneeId, c.creditorId)));
  }

  /**
   * Payments fill the open promises in due-date order, each cent counted once; a promise whose
   * amount is reached is kept, so two part payments can keep one promise together.
   */
  private async keepPromises(manager: EntityManager, caseId: string, amountCents: number): Promise<void> {
    const open: { id: string; amount_cents: number; paid_cents: number }[] = await manager.query(
      `SELECT id, amount_cents, paid_cents FROM promises
        WHERE case_id = $1 AND status = 'OPEN' ORDER BY due_date, installment`,
      [caseId],
    );
    let remaining = amountCents;
    for (const promise of open) {
      if (remaining <= 0) break;
      const applied = Math.min(remaining, promise.amount_cents - promise.paid_cents);
      remaining -= applied;
      const kept = promise.paid_cents + applied >= promise.amount_cents;
      await manager.query(
        `UPDATE promises SET paid_cents = paid_cents + $2,
                status = CASE WHEN $3 THEN 'KEPT' ELSE status END,
                resolved_at = CASE WHEN $3 THEN $4::timestamptz ELSE resolved_at END
          WHERE id = $1`,
        [promise.id, applied, kept, this.clock.now()],
      );
    }
  }

  private async assertSameAsRecorded(manager: EntityManager, input: RecordPaymentInput): Promise<void> {
    const existing = await manager.findOneOrFail(PaymentEntity, { where: { idempotencyKey: input.idempotencyKey } });
    const same =
      existing.caseId === input.caseId &&
      existing.amountCents === input.amountCents &&
      existing.receivedAt === input.receivedAt &&
      existing.reference === input.reference.trim();
    if (!same) {
      throw conflict(
        `Idempotency key ${input.idempotencyKey} was already used for a different payment; use a new key for a new payment.`,
      );
    }
  }
}
