import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatCents, validatePayment, type Balance } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentEntity } from './payment.entity.js';

/** A payment from any source; `currency`, when given, must be the case's. */
export interface PaymentToRecord {
  caseId: string;
  amountCents: number;
  receivedAt: string;
  reference: string;
  idempotencyKey: string;
  source: PaymentEntity['source'];
  currency?: string;
}

export interface RecordedPayment {
  caseId: string;
  paymentId: string;
  /** false when the idempotency key had already recorded this same payment. */
  created: boolean;
}

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
    return this.db.transaction(async (manager) => (await this.recordIn(manager, user, { ...input, source: 'MANUAL' })).caseId);
  }

  /**
   * The one path every payment takes, inside the caller's transaction: lock and load the case,
   * validate by the domain rule, insert once per idempotency key, keep promises, refresh the
   * balance, settle the case when paid in full, write activity and audit event, publish events.
   * Refusals (BAD_USER_INPUT) are thrown before anything is written.
   */
  async recordIn(manager: EntityManager, user: AuthUser, payment: PaymentToRecord): Promise<RecordedPayment> {
    const c = await this.access.load(user, payment.caseId, manager, true);
    if (payment.currency && payment.currency !== c.currency) {
      throw badInput(`The case is kept in ${c.currency}; a payment in ${payment.currency} cannot be booked on it.`, 'currency');
    }
    decide(() =>
      validatePayment({ amountCents: payment.amountCents, receivedOn: payment.receivedAt, today: this.figures.today(c) }),
    );
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [c.id, payment.amountCents, c.currency, payment.receivedAt, payment.reference.trim(), payment.source, payment.idempotencyKey, user.id],
    );
    if (!inserted.length) {
      const existing = await this.assertSameAsRecorded(manager, payment);
      return { caseId: c.id, paymentId: existing.id, created: false };
    }
    await this.applyPayment(manager, user, c, inserted[0].id, payment);
    return { caseId: c.id, paymentId: inserted[0].id, created: true };
  }

  private async applyPayment(
    manager: EntityManager, user: AuthUser, c: CaseRecord, paymentId: string, input: PaymentToRecord,
  ): Promise<void> {
    await this.keepPromises(manager, c.id, input.amountCents);
    const { balance } = await this.figures.refresh(manager, c);
    await this.storeAllocations(manager, c.id, balance);
    const settled = balance.totalCents <= 0 && (c.status === 'OPEN' || c.status === 'ON_HOLD');
    const assigneeId = settled ? null : c.assigneeId;
    const now = this.clock.now();
    await manager.query(
      `UPDATE cases SET version = version + 1, updated_at = $2,
              status = CASE WHEN $3 THEN 'PAID' ELSE status END,
              paid_at = CASE WHEN $3 THEN $2::timestamptz ELSE paid_at END,
              closed_on = CASE WHEN $3 THEN $5::date ELSE closed_on END,
              assignee_id = $4, next_action_at = CASE WHEN $3 THEN NULL ELSE next_action_at END
        WHERE id = $1`,
      [c.id, now, settled, assigneeId, reportingDay(now)],
    );
    await manager.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, occurred_at) VALUES ($1, $2, 'SYSTEM', $3, $4)`,
      [c.id, user.id, `Payment of ${formatCents(input.amountCents, c.currency)} received ${input.receivedAt}${input.source === 'BANK' ? ' by bank transfer' : ''} (${input.reference.trim()})${settled ? '; case paid in full' : ''}`, now],
    );
    await this.audit.record(manager, {
      actorId: user.id, action: 'payment.record', entity: 'case', entityId: c.id,
      before: { status: c.status, openCents: c.openCents },
      after: { paymentId, source: input.source, amountCents: input.amountCents, status: settled ? 'PAID' : c.status, openCents: Math.max(balance.totalCents, 0) },
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

  /**
   * Stores on each of the case's payments the parts the balance allocated it to (fees, interest,
   * principal: BGB 367 / the Danish order); an overpaid remainder counts as principal. The payments
   * are matched to the balance's payment lines in the order the balance reads them; a line whose
   * amount does not match (an ambiguous order of same-day payments) is left as it was.
   */
  private async storeAllocations(manager: EntityManager, caseId: string, balance: Balance): Promise<void> {
    const rows: { id: string; amount_cents: string }[] = await manager.query(
      `SELECT id, amount_cents FROM payments WHERE case_id = $1 ORDER BY received_at, created_at`,
      [caseId],
    );
    const lines = balance.lines.filter((l) => l.kind === 'PAYMENT');
    const parts = rows.flatMap((row, i) => {
      const detail = lines[i]?.detail;
      if (!detail || detail.kind !== 'PAYMENT' || -lines[i]!.amountCents !== Number(row.amount_cents)) return [];
      const fees = detail.toCostsCents;
      const interest = detail.toInterestCents;
      return [{ id: row.id, principal: Number(row.amount_cents) - fees - interest, interest, fees }];
    });
    if (parts.length === 0) return;
    await manager.query(
      `UPDATE payments p SET principal_cents = x.principal, interest_cents = x.interest, fees_cents = x.fees
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[]) AS x(id, principal, interest, fees)
        WHERE p.id = x.id AND (p.principal_cents, p.interest_cents, p.fees_cents) IS DISTINCT FROM (x.principal, x.interest, x.fees)`,
      [parts.map((x) => x.id), parts.map((x) => x.principal), parts.map((x) => x.interest), parts.map((x) => x.fees)],
    );
  }

  private async assertSameAsRecorded(manager: EntityManager, input: PaymentToRecord): Promise<PaymentEntity> {
    const existing = await manager.findOneOrFail(PaymentEntity, { where: { idempotencyKey: input.idempotencyKey } });
    const same =
      existing.source === input.source &&
      existing.caseId === input.caseId &&
      existing.amountCents === input.amountCents &&
      existing.receivedAt === input.receivedAt &&
      existing.reference === input.reference.trim();
    if (!same) {
      throw conflict(
        `Idempotency key ${input.idempotencyKey} was already used for a different payment; use a new key for a new payment.`,
      );
    }
    return existing;
  }
}
