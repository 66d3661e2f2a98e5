import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import type { PageInput } from '../../cases/dto/case-filter.input.js';
import { Clock } from '../../common/clock.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { PaymentsService } from '../payments.service.js';
import type { BankMatchMethod, BankTransactionModel } from './bank-import.model.js';
import { BANK_TRANSACTION_COLUMNS, toBankTransactionModel, type BankTransactionRow } from './bank-transaction.row.js';

export const MAX_IGNORE_REASON_LENGTH = 500;
const PAYMENT_REFERENCE_LENGTH = 140;

/** The idempotency key of the payment a bank transaction books: one payment per bank transaction, ever. */
export const bankPaymentKey = (bankTransactionId: string) => `bank:${bankTransactionId}`;

/**
 * Bank credits after import: matching one to a case (by reference at import, or by hand) books
 * its payment through PaymentsService.recordIn, the same path as recordPayment; ignoring one
 * records why. Each change writes its audit event in the same transaction.
 */
@Injectable()
export class BankReconciliationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly payments: PaymentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async listUnmatched(page: PageInput): Promise<BankTransactionModel[]> {
    const rows: BankTransactionRow[] = await this.db.query(
      `SELECT ${BANK_TRANSACTION_COLUMNS} FROM bank_transactions WHERE status = 'UNMATCHED'
        ORDER BY booking_date DESC, id OFFSET $1 LIMIT $2`,
      [page.offset, page.limit],
    );
    return rows.map(toBankTransactionModel);
  }

  /** Books the transaction's payment on a case chosen by a person; a matched transaction is a CONFLICT. */
  async match(user: AuthUser, transactionId: string, caseId: string): Promise<BankTransactionModel> {
    return this.db.transaction(async (manager) => {
      const tx = await this.lock(manager, transactionId);
      if (tx.status === 'MATCHED') {
        throw conflict(
          `Bank transaction ${tx.bank_transaction_id} is already matched to case ${tx.case_id}; its payment is booked and cannot be booked twice.`,
        );
      }
      return toBankTransactionModel(await this.matchIn(manager, user, tx, caseId, 'MANUAL'));
    });
  }

  async ignore(user: AuthUser, transactionId: string, reason: string): Promise<BankTransactionModel> {
    const why = reason.replace(/\s+/g, ' ').trim();
    if (!why) throw badInput('Say why the transaction is ignored (e.g. "refund from supplier").', 'reason');
    if (why.length > MAX_IGNORE_REASON_LENGTH) {
      throw badInput(`The reason is ${why.length} characters long; keep it to ${MAX_IGNORE_REASON_LENGTH}.`, 'reason');
    }
    return this.db.transaction(async (manager) => {
      const tx = await this.lock(manager, transactionId);
      if (tx.status === 'MATCHED') {
        throw conflict(`Bank transaction ${tx.bank_transaction_id} is matched to case ${tx.case_id}; a booked payment cannot be ignored.`);
      }
      if (tx.status === 'IGNORED') {
        throw conflict(`Bank transaction ${tx.bank_transaction_id} is already ignored ("${tx.ignore_reason}").`);
      }
      // TypeORM returns [rows, affected count] for UPDATE ... RETURNING.
      const [[row]]: [BankTransactionRow[], number] = await manager.query(
        `UPDATE bank_transactions SET status = 'IGNORED', ignore_reason = $2, ignored_by = $3, ignored_at = $4
          WHERE id = $1 RETURNING ${BANK_TRANSACTION_COLUMNS}`,
        [tx.id, why, user.id, this.clock.now()],
      );
      await this.audit.record(manager, {
        actorId: user.id, action: 'bank_transaction.ignore', entity: 'bank_transaction', entityId: tx.id,
        before: { status: tx.status }, after: { status: 'IGNORED', reason: why },
      });
      return toBankTransactionModel(row);
    });
  }

  /**
   * Books the payment for `tx` on the case and marks the transaction matched, in the caller's
   * transaction (which holds the row). The payment's idempotency key is the bank transaction id,
   * so a transaction can never be booked twice, whichever way it gets matched.
   */
  async matchIn(
    manager: EntityManager, user: AuthUser, tx: BankTransactionRow, caseId: string, method: BankMatchMethod,
  ): Promise<BankTransactionRow> {
    const { paymentId } = await this.payments.recordIn(manager, user, {
      caseId,
      amountCents: Number(tx.amount_cents),
      currency: tx.currency,
      // The day the money was credited to the account: what discharges the debt (BGB section 270).
      receivedAt: tx.booking_date,
      reference: paymentReference(tx),
      idempotencyKey: bankPaymentKey(tx.bank_transaction_id),
      source: 'BANK',
    });
    // TypeORM returns [rows, affected count] for UPDATE ... RETURNING.
    const [[row]]: [BankTransactionRow[], number] = await manager.query(
      `UPDATE bank_transactions
          SET status = 'MATCHED', case_id = $2, payment_id = $3, match_method = $4, matched_by = $5, matched_at = $6,
              unmatched_reason = NULL, ignore_reason = NULL, ignored_by = NULL, ignored_at = NULL
        WHERE id = $1 RETURNING ${BANK_TRANSACTION_COLUMNS}`,
      [tx.id, caseId, paymentId, method, user.id, this.clock.now()],
    );
    await this.audit.record(manager, {
      actorId: user.id, action: 'bank_transaction.match', entity: 'bank_transaction', entityId: tx.id,
      before: { status: tx.status },
      after: { status: 'MATCHED', method, caseId, paymentId, amountCents: Number(tx.amount_cents), currency: tx.currency },
    });
    return row;
  }

  private async lock(manager: EntityManager, transactionId: string): Promise<BankTransactionRow> {
    const [tx]: BankTransactionRow[] = await manager.query(
      `SELECT ${BANK_TRANSACTION_COLUMNS} FROM bank_transactions WHERE id = $1 FOR UPDATE`,
      [transactionId],
    );
    if (!tx) throw notFound('Bank transaction', transactionId);
    return tx;
  }
}

/** What the payment row shows: the remittance text as the debtor wrote it, or the bank's id. */
export function paymentReference(tx: Pick<BankTransactionRow, 'remittance_information' | 'bank_transaction_id'>): string {
  const text = tx.remittance_information.trim();
  if (!text) return `Bank transfer ${tx.bank_transaction_id}`;
  return text.length <= PAYMENT_REFERENCE_LENGTH ? text : `${text.slice(0, PAYMENT_REFERENCE_LENGTH - 1)}…`;
}
