import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amountText, dateText, decideManualPayment, fill, joinTexts, promisesFilledBy, validatePayment, type Balance, type PaymentActorRole,
} from '@mahnwerk/domain';
import { PAYMENT_API_TEXTS } from './payments.i18n.js';
import { PAYMENT_APPROVAL_REASON_TEXTS, PAYMENT_TIMELINE_TEXTS } from './payment-timeline.i18n.js';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, forbidden } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentApprovalsRepository, type PaymentApprovalRecord } from './approvals/payment-approvals.repository.js';
import { bankPaymentKey, manualPaymentKey } from './payment-keys.js';
import { PaymentsRepository, type PaymentParts, type PaymentRecord, type PaymentSource } from './payments.repository.js';

/** The case as the cases folder loads it for a change (locked, access checked). */

/** A payment from any source; `currency`, when given, must be the case's. */
export interface PaymentToRecord {
  caseId: string;
  amountCents: number;
  receivedAt: string;
  reference: string;
  /** The source's own key (a person's retry key, a bank line's transaction id); the service scopes it by source. */
  idempotencyKey: string;
  source: PaymentSource;
  currency?: string;
}

/** A payment as booked, under its stored (scoped) idempotency key. */
export interface PaymentToBook extends Omit<PaymentToRecord, 'idempotencyKey'> {
  storedKey: string;
}

/** What a manual payment came to: booked, or waiting for a second person. */
export interface ManualPaymentResult {
  caseId: string;
  paymentId: string | null;
  approvalId: string | null;
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
    private readonly approvals: PaymentApprovalsRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a person's payment once per idempotency key (stored as `manual:<user>:<key>`): a retry
   * with the same key and the same payment returns the case unchanged; the same key for a different
   * payment is a CONFLICT. The domain decides on a snapshot (decideManualPayment): a collector who
   * does not hold the case is FORBIDDEN; an amount or date out of bounds is BAD_USER_INPUT; above the
   * creditor's threshold, or more than the balance without a lead, it waits for a second person.
   */
  async record(user: AuthUser, input: RecordPaymentInput): Promise<ManualPaymentResult> {
    return this.db.transaction(async (manager) => {
      const storedKey = manualPaymentKey(user.id, input.idempotencyKey);
      const payment: PaymentToBook = { ...input, source: 'MANUAL', storedKey };
      const c = await this.access.load(user, input.caseId, manager, true);
      // A retry: the payment booked, or its approval asked, before.
      const booked = await this.repository.paymentByIdempotencyKey(storedKey, manager);
      if (booked) return { caseId: c.id, paymentId: (await this.assertSameAsRecorded(manager, payment)).id, approvalId: null };
      const asked = await this.approvals.byIdempotencyKey(storedKey, manager);
      if (asked) return { caseId: c.id, paymentId: asked.paymentId, approvalId: assertSameAsAsked(asked, payment).id };

      const today = this.figures.today(c);
      const { earliestInvoiceDate, approvalThresholdCents } = await this.repository.guardSnapshot(c.id, c.creditorId, manager);
      const openCents = (await this.figures.balance(manager, c, today)).totalCents;
      const decision = decide(() => decideManualPayment({
        actor: { id: user.id, role: user.role as PaymentActorRole }, holderId: c.assigneeId,
        amountCents: input.amountCents, receivedOn: input.receivedAt, today, earliestInvoiceDate, openCents, approvalThresholdCents,
      }));
      if (decision.kind === 'FORBIDDEN') throw forbidden(decision.reason);
      if (decision.kind === 'BOOK') {
        const { paymentId } = await this.bookIn(manager, user, c, payment);
        return { caseId: c.id, paymentId, approvalId: null };
      }
      const approvalId = (await this.approvals.insert({
        kind: 'PAYMENT', caseId: c.id, reasons: decision.reasons, amountCents: input.amountCents, currency: c.currency,
        receivedAt: input.receivedAt, reference: input.reference.trim(), idempotencyKey: storedKey, requestedBy: user.id, requestedAt: this.clock.now(),
      }, manager))!;
      await this.repository.insertPaymentActivity({
        caseId: c.id, actorId: user.id, occurredAt: this.clock.now(),
        note: fill(PAYMENT_TIMELINE_TEXTS.awaitsApproval, {
          amount: amountText(input.amountCents, c.currency), date: dateText(input.receivedAt), reference: input.reference.trim(),
          reasons: joinTexts(decision.reasons.map((r) => PAYMENT_APPROVAL_REASON_TEXTS[r]), ', '),
        }),
      }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'payment.approval_requested', entity: 'case', entityId: c.id,
        after: { approvalId, amountCents: input.amountCents, reasons: decision.reasons, overpaidCents: decision.overpaidCents },
      });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, c.id, c.assigneeId, c.assigneeId, c.creditorId)));
      return { caseId: c.id, paymentId: null, approvalId };
    });
  }

  /**
   * The one path every payment takes, inside the caller's transaction: lock and load the case,
   * validate by the domain rule, insert once per idempotency key (scoped here by source), keep
   * promises, refresh the balance, settle the case when paid in full, write activity and audit
   * event, publish events. Refusals (BAD_USER_INPUT) are thrown before anything is written.
   */
  async recordIn(manager: EntityManager, user: AuthUser, payment: PaymentToRecord): Promise<RecordedPayment> {
    const c = await this.access.load(user, payment.caseId, manager, true);
    const storedKey = payment.source === 'BANK' ? bankPaymentKey(payment.idempotencyKey) : manualPaymentKey(user.id, payment.idempotencyKey);
    return this.bookIn(manager, user, c, { ...payment, storedKey });
  }

  /** Books an approved payment under the key it was asked with, on the locked case; the approver is who books it. */
  async bookApprovedIn(manager: EntityManager, user: AuthUser, approval: PaymentApprovalRecord): Promise<RecordedPayment> {
    const c = await this.access.load(user, approval.caseId, manager, true);
    return this.bookIn(manager, user, c, {
      caseId: c.id, amountCents: approval.amountCents!, currency: approval.currency!, receivedAt: approval.receivedAt!,
      reference: approval.reference!, source: 'MANUAL', storedKey: approval.idempotencyKey!,
    });
  }

  /** Validates and books a payment on a loaded, locked case once per stored key. */
  private async bookIn(manager: EntityManager, user: AuthUser, c: CaseRecord, payment: PaymentToBook): Promise<RecordedPayment> {
    if (payment.currency && payment.currency !== c.currency) {
      throw badInput(fill(PAYMENT_API_TEXTS.otherCurrency, { caseCurrency: c.currency, currency: payment.currency }), 'currency');
    }
    const today = this.figures.today(c);
    decide(() => validatePayment({ amountCents: payment.amountCents, receivedOn: payment.receivedAt, today }));
    const paymentId = await this.repository.insertPayment({
      caseId: c.id, amountCents: payment.amountCents, currency: c.currency, receivedAt: payment.receivedAt,
      reference: payment.reference.trim(), source: payment.source, idempotencyKey: payment.storedKey, recordedBy: user.id,
    }, manager);
    if (!paymentId) {
      const existing = await this.assertSameAsRecorded(manager, payment);
      return { caseId: c.id, paymentId: existing.id, created: false };
    }
    await this.applyPayment(manager, user, c, paymentId, payment);
    return { caseId: c.id, paymentId, created: true };
  }

  private async applyPayment(
    manager: EntityManager, user: AuthUser, c: CaseRecord, paymentId: string, input: PaymentToBook,
  ): Promise<void> {
    const now = this.clock.now();
    const overpaidBefore = await this.repository.overpaidOfCase(c.id, manager);
    await this.keepPromises(manager, c, input.amountCents, now);
    let { balance } = await this.figures.refresh(manager, c);
    // Plans completed by the payment; a paid settlement writes the rest off, so the payment settles the case.
    if (await this.agreements.afterPayment(manager, c, user.id, balance.totalCents)) ({ balance } = await this.figures.refresh(manager, c));
    // What the payment paid beyond the balance is an overpayment to refund, shown on the case.
    const overpaid = Math.min(input.amountCents, Math.max(0, -balance.totalCents - overpaidBefore));
    if (overpaid > 0) await this.repository.setOverpaid(paymentId, overpaid, manager);
    await this.storeAllocations(manager, c.id, balance);
    const settled = balance.totalCents <= 0 && (c.status === 'OPEN' || c.status === 'ON_HOLD');
    const assigneeId = settled ? null : c.assigneeId;
    await this.repository.updateCaseAfterPayment({ caseId: c.id, settled, assigneeId, at: now, closedOn: reportingDay(now) }, manager);
    await this.repository.insertPaymentActivity({
      caseId: c.id, actorId: user.id, occurredAt: now,
      note: joinTexts([
        fill(input.source === 'BANK' ? PAYMENT_TIMELINE_TEXTS.receivedByBank : PAYMENT_TIMELINE_TEXTS.received, {
          amount: amountText(input.amountCents, c.currency), date: dateText(input.receivedAt), reference: input.reference.trim(),
        }),
        ...(settled ? [PAYMENT_TIMELINE_TEXTS.paidInFull] : []),
        ...(overpaid > 0 ? [fill(PAYMENT_TIMELINE_TEXTS.overpaid, { amount: amountText(overpaid, c.currency) })] : []),
      ], ''),
    }, manager);
    await this.audit.record(manager, {
      actorId: user.id, action: 'payment.record', entity: 'case', entityId: c.id,
      before: { status: c.status, openCents: c.openCents },
      after: { paymentId, source: input.source, amountCents: input.amountCents, overpaidCents: overpaid, status: settled ? 'PAID' : c.status, openCents: Math.max(balance.totalCents, 0) },
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

  private async assertSameAsRecorded(manager: EntityManager, input: PaymentToBook): Promise<PaymentRecord> {
    const existing = await this.repository.paymentByIdempotencyKey(input.storedKey, manager);
    if (!existing) throw new Error(`No payment holds idempotency key ${input.storedKey}, yet its insert conflicted.`);
    const same =
      existing.source === input.source &&
      existing.caseId === input.caseId &&
      existing.amountCents === input.amountCents &&
      existing.receivedAt === input.receivedAt &&
      existing.reference === input.reference.trim();
    if (!same) {
      throw conflict(keyReused(input.storedKey));
    }
    return existing;
  }
}

const keyReused = (storedKey: string) => fill(PAYMENT_API_TEXTS.keyReused, { key: storedKey.replace(/^manual:[^:]*:/, '') });

/** A retry of a payment that waits for approval: the same payment again, or a CONFLICT. */
function assertSameAsAsked(asked: PaymentApprovalRecord, input: PaymentToBook): PaymentApprovalRecord {
  const same = asked.caseId === input.caseId && asked.amountCents === input.amountCents &&
    asked.receivedAt === input.receivedAt && asked.reference === input.reference.trim();
  if (!same) throw conflict(keyReused(input.storedKey));
  return asked;
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
