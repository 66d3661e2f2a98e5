import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import type { PageInput } from '../../cases/dto/case-filter.input.js';
import { Clock } from '../../common/clock.js';
import { fill } from '@mahnwerk/domain';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { PaymentsService } from '../payments.service.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import type { BankMatchMethod } from './bank-import.model.js';
import { BankImportRepository, type BankTransactionRecord } from './bank-import.repository.js';

export const MAX_IGNORE_REASON_LENGTH = 500;
const PAYMENT_REFERENCE_LENGTH = 140;

/**
 * Bank credits after import: matching one to a case (by reference at import, or by hand) books
 * its payment through PaymentsService.recordIn, the same path as recordPayment; ignoring one
 * records why. Each change writes its audit event in the same transaction.
 */
@Injectable()
export class BankReconciliationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: BankImportRepository,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  listUnmatched(page: PageInput): Promise<BankTransactionRecord[]> {
    return this.repository.unmatched(page);
  }

  /** Books the transaction's payment on a case chosen by a person; a matched transaction is a CONFLICT. */
  async match(user: AuthUser, transactionId: string, caseId: string): Promise<BankTransactionRecord> {
    return this.db.transaction(async (manager) => {
      const tx = await this.lock(manager, transactionId);
      if (tx.status === 'MATCHED') {
        throw conflict(fill(T.alreadyMatched, { id: tx.bankTransactionId, caseId: tx.caseId ?? '' }));
      }
      return this.matchIn(manager, user, tx, caseId, 'MANUAL');
    });
  }

  /**
   * Books a transaction waiting in review (a possible double booking) as a payment of its own on the
   * case its reference named, once a person has confirmed it is not the manual payment it resembles.
   * A duplicate is ignored instead (ignoreBankTransaction).
   */
  async confirm(user: AuthUser, transactionId: string): Promise<BankTransactionRecord> {
    return this.db.transaction(async (manager) => {
      const tx = await this.lock(manager, transactionId);
      if (tx.status !== 'REVIEW' || !tx.reviewCaseId) {
        throw conflict(fill(T.notInReview, { id: tx.bankTransactionId, status: tx.status }));
      }
      return this.matchIn(manager, user, tx, tx.reviewCaseId, 'REFERENCE');
    });
  }

  async ignore(user: AuthUser, transactionId: string, reason: string): Promise<BankTransactionRecord> {
    const why = reason.replace(/\s+/g, ' ').trim();
    if (!why) throw badInput(T.sayWhyIgnored, 'reason');
    if (why.length > MAX_IGNORE_REASON_LENGTH) {
      throw badInput(fill(T.reasonTooLong, { length: why.length, max: MAX_IGNORE_REASON_LENGTH }), 'reason');
    }
    return this.db.transaction(async (manager) => {
      const tx = await this.lock(manager, transactionId);
      if (tx.status === 'MATCHED') {
        throw conflict(fill(T.matchedCannotIgnore, { id: tx.bankTransactionId, caseId: tx.caseId ?? '' }));
      }
      if (tx.status === 'IGNORED') {
        throw conflict(fill(T.alreadyIgnored, { id: tx.bankTransactionId, reason: tx.ignoreReason ?? '' }));
      }
      const ignored = await this.repository.markIgnored(tx.id, { reason: why, by: user.id, at: this.clock.now() }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'bank_transaction.ignore', entity: 'bank_transaction', entityId: tx.id,
        before: { status: tx.status }, after: { status: 'IGNORED', reason: why },
      });
      return ignored;
    });
  }

  /**
   * Books the payment for `tx` on the case and marks the transaction matched, in the caller's
   * transaction (which holds the row). The payment's idempotency key is the bank transaction id,
   * so a transaction can never be booked twice, whichever way it gets matched.
   */
  async matchIn(
    manager: EntityManager, user: AuthUser, tx: BankTransactionRecord, caseId: string, method: BankMatchMethod,
  ): Promise<BankTransactionRecord> {
    const { paymentId } = await this.payments.recordIn(manager, user, {
      caseId,
      amountCents: tx.amountCents,
      currency: tx.currency,
      // The day the money was credited to the account: what discharges the debt (BGB section 270).
      receivedAt: tx.bookingDate,
      reference: paymentReference(tx),
      // Stored as `bank:<transaction>` (bankPaymentKey): one payment per bank transaction, ever.
      idempotencyKey: tx.bankTransactionId,
      source: 'BANK',
    });
    const matched = await this.repository.markMatched(
      tx.id, { caseId, paymentId, method, by: user.id, at: this.clock.now() }, manager,
    );
    await this.audit.record(manager, {
      actorId: user.id, action: 'bank_transaction.match', entity: 'bank_transaction', entityId: tx.id,
      before: { status: tx.status },
      after: { status: 'MATCHED', method, caseId, paymentId, amountCents: tx.amountCents, currency: tx.currency },
    });
    return matched;
  }

  private async lock(manager: EntityManager, transactionId: string): Promise<BankTransactionRecord> {
    const tx = await this.repository.lockTransaction(transactionId, manager);
    if (!tx) throw notFound('Bank transaction', transactionId);
    return tx;
  }
}

/** What the payment row shows: the remittance text as the debtor wrote it, or the bank's id. */
export function paymentReference(tx: Pick<BankTransactionRecord, 'remittanceInformation' | 'bankTransactionId'>): string {
  const text = tx.remittanceInformation.trim();
  if (!text) return `Bank transfer ${tx.bankTransactionId}`;
  return text.length <= PAYMENT_REFERENCE_LENGTH ? text : `${text.slice(0, PAYMENT_REFERENCE_LENGTH - 1)}…`;
}
