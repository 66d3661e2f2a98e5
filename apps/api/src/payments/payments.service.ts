import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatCents, promisesFilledBy, validatePayment, type Balance } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentsRepository, type PaymentParts, type PaymentRecord, type PaymentSource } from './payments.repository.js';

/** The case as the cases folder loads it for a change (locked, access checked). */

/** A payment from any source; `currency`, when given, must be the case's. */
export interface PaymentToRecord {
  caseId: string;
  amountCents: number;
  receivedAt: string;
  reference: string;
  idempotencyKey: string;
  source: PaymentSource;
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
    private readonly repository: PaymentsRepository,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly agreements: AgreementsService,
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
    const today = this.figures.today(c);
    decide(() => validatePayment({ amountCents: payment.amountCents, receivedOn: payment.receivedAt, today }));
    const paymentId = await this.repository.insertPayment({
      caseId: c.id, amountCents: payment.amountCents, currency: c.currency, receivedAt: payment.receivedAt,
      reference: payment.reference.trim(), source: payment.source, idempotencyKey: payment.idempotencyKey, recordedBy: user.id,
    }, manager);
    if (!paymentId) {
      const existing = await this.assertSameAsRecorded(manager, payment);
      return { caseId: c.id, paymentId: existing.id, created: false };
    }
    await this.applyPayment(manager, user, c, paymentId, payment);
    return { caseId: c.id, paymentId, created: true };
  }

  private async applyPayment(
    manager: EntityManager, user: AuthUser, c: CaseRecord, paymentId: string, input: PaymentToRecord,
  ): Promise<void> {
    const now = this.clock.now();
    await this.keepPromises(manager, c, input.amountCents, now);
    let { balance } = await this.figures.refresh(manager, c);
    // Plans completed by the payment; a paid settlement writes the rest off, so the payment settles the case.
    if (await this.agreements.afterPayment(manager, c, user.id, balance.totalCents)) ({ balance } = await this.figures.refresh(manager, c));
    await this.storeAllocations(manager, c.id, balance);
    const settled = balance.totalCents <= 0 && (c.status === 'OPEN' || c.status === 'ON_HOLD');
    const assigneeId = settled ? null : c.assigneeId;
    await this.repository.updateCaseAfterPayment({ caseId: c.id, settled, assigneeId, at: now, closedOn: reportingDay(now) }, manager);
    await this.repository.insertPaymentActivity({
      caseId: c.id, actorId: user.id, occurredAt: now,
      note: `Payment of ${formatCents(input.amountCents, c.currency)} received ${input.receivedAt}${input.source === 'BANK' ? ' by bank transfer' : ''} (${input.reference.trim()})${settled ? '; case paid in full' : ''}`,
    }, manager);
    await this.audit.record(manager, {
      actorId: user.id, action: 'payment.record', entity: 'case', entityId: c.id,
      before: { status: c.status, openCents: c.openCents },
      after: { paymentId, source: input.source, amountCents: input.amountCents, status: settled ? 'PAID' : c.status, openCents: Math.max(balance.totalCents, 0) },
    });
    await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, assigneeId, c.creditorId)));
  }

  /**
   * The domain decides which open promises the payment fills (promisesFilledBy: due order, each
   * cent counted once, kept as isPromiseKept says); the repository writes its decision, a kept
   * promise resolved at the clock's now.
   */
  private async keepPromises(manager: EntityManager, c: CaseRecord, amountCents: number, now: Date): Promise<void> {
    const open = await this.repository.openPromisesOfCase(c.id, manager);
    if (open.length === 0) return;
    await this.repository.fillPromises(promisesFilledBy(open, amountCents, this.figures.today(c)), now, manager);
  }

  /** Stores on each of the case's payments the parts the balance allocated it to (allocatedParts). */
  private async storeAllocations(manager: EntityManager, caseId: string, balance: Balance): Promise<void> {
    const payments = await this.repository.paymentsOfCase(caseId, manager);
    await this.repository.storeParts(allocatedParts(payments, balance), manager);
  }

  private async assertSameAsRecorded(manager: EntityManager, input: PaymentToRecord): Promise<PaymentRecord> {
    const existing = await this.repository.paymentByIdempotencyKey(input.idempotencyKey, manager);
    if (!existing) throw new Error(`No payment holds idempotency key ${input.idempotencyKey}, yet its insert conflicted.`);
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

/**
 * The parts (fees, interest, principal: BGB 367 / the Danish order) the balance allocated each of
 * the case's payments to; an overpaid remainder counts as principal. The payments (in the order
 * the balance reads them) are matched to the balance's payment lines one by one; a line whose
 * amount does not match (an ambiguous order of same-day payments) gives no parts.
 */
function allocatedParts(payments: readonly PaymentRecord[], balance: Balance): PaymentParts[] {
  const lines = balance.lines.filter((l) => l.kind === 'PAYMENT');
  return payments.flatMap((payment, i) => {
    const line = lines[i];
    const detail = line?.detail;
    if (!line || !detail || detail.kind !== 'PAYMENT' || -line.amountCents !== payment.amountCents) return [];
    const feesCents = detail.toCostsCents;
    const interestCents = detail.toInterestCents;
    return [{ paymentId: payment.id, principalCents: payment.amountCents - feesCents - interestCents, interestCents, feesCents }];
  });
}
