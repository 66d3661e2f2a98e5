import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocalizedText, type BookedPayment, type IsoDate, type LocalizedText } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../database/queryable.js';
import type { BankMatchMethod, BankTransactionStatus } from './bank-import.model.js';
import type { ReferenceHit } from './reference-match.js';
import type { ParsedStatement, StatementLine } from './statement-line.js';

/** bank_transactions as pg returns it (bigint as string or number, dates as 'YYYY-MM-DD' text). */
interface BankTransactionRow {
  id: string;
  statement_id: string;
  bank_transaction_id: string;
  booking_date: string;
  value_date: string | null;
  amount_cents: string | number;
  currency: string;
  remittance_information: string;
  debtor_name: string | null;
  debtor_iban: string | null;
  status: BankTransactionStatus;
  unmatched_reason: string | null;
  unmatched_reason_texts: unknown;
  case_id: string | null;
  payment_id: string | null;
  match_method: BankMatchMethod | null;
  matched_at: Date | null;
  ignore_reason: string | null;
  ignored_at: Date | null;
  created_at: Date;
  review_case_id: string | null;
  review_payment_id: string | null;
}

/** A credit from an imported statement (the fields of the BankTransaction GraphQL type). */
export interface BankTransactionRecord {
  id: string;
  statementId: string;
  /** The bank's id for the transaction: the import's idempotency key. */
  bankTransactionId: string;
  bookingDate: IsoDate;
  valueDate: IsoDate | null;
  amountCents: number;
  currency: string;
  remittanceInformation: string;
  debtorName: string | null;
  debtorIban: string | null;
  status: BankTransactionStatus;
  unmatchedReason: string | null;
  /** The reason in every language; null when only the English one is known. */
  unmatchedReasonTexts: LocalizedText | null;
  caseId: string | null;
  paymentId: string | null;
  matchMethod: BankMatchMethod | null;
  matchedAt: Date | null;
  ignoreReason: string | null;
  ignoredAt: Date | null;
  importedAt: Date;
  /** REVIEW: the case its reference named, and the earlier manual payment it may duplicate. */
  reviewCaseId: string | null;
  reviewPaymentId: string | null;
}

const COLUMNS = `id, statement_id, bank_transaction_id, booking_date, value_date, amount_cents, currency,
  remittance_information, debtor_name, debtor_iban, status, unmatched_reason, unmatched_reason_texts, case_id, payment_id, match_method,
  matched_at, ignore_reason, ignored_at, created_at, review_case_id, review_payment_id`;

const toBankTransaction = (row: BankTransactionRow): BankTransactionRecord => ({
  id: row.id,
  statementId: row.statement_id,
  bankTransactionId: row.bank_transaction_id,
  bookingDate: row.booking_date,
  valueDate: row.value_date,
  amountCents: Number(row.amount_cents),
  currency: row.currency,
  remittanceInformation: row.remittance_information,
  debtorName: row.debtor_name,
  debtorIban: row.debtor_iban,
  status: row.status,
  unmatchedReason: row.unmatched_reason,
  unmatchedReasonTexts: isLocalizedText(row.unmatched_reason_texts) ? row.unmatched_reason_texts : null,
  caseId: row.case_id,
  paymentId: row.payment_id,
  matchMethod: row.match_method,
  matchedAt: row.matched_at,
  ignoreReason: row.ignore_reason,
  ignoredAt: row.ignored_at,
  importedAt: row.created_at,
  reviewCaseId: row.review_case_id,
  reviewPaymentId: row.review_payment_id,
});

/** An UPDATE ... RETURNING through TypeORM answers [rows, affected count]; the one row it changed. */
const updatedRow = (result: [BankTransactionRow[], number]): BankTransactionRecord => {
  const [[row]] = result;
  if (!row) throw new Error('The bank transaction to update is gone');
  return toBankTransaction(row);
};

/** A reference lookup row, already in ReferenceHit's names (quoted aliases). */
interface ReferenceHitRow {
  caseId: string;
  via: ReferenceHit['via'];
  reference: string;
  currency: string;
}

/** The figures of one import, stored on its statement row. */
export interface StatementCounts {
  totalLines: number;
  imported: number;
  matched: number;
  unmatched: number;
  review: number;
  duplicates: number;
  skippedDebits: number;
  rejected: number;
}

/** Every statement on bank_statements and bank_transactions, and the reference lookup that matches credits to cases. */
@Injectable()
export class BankImportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Opens a statement row with zero counts (finishStatement fills them in); returns its id. */
  async insertStatement(statement: Pick<ParsedStatement, 'source' | 'accountIban' | 'statementRef'>, fileName: string | null,
    importedBy: string, tx: Queryable = this.db): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO bank_statements (source, file_name, account_iban, statement_ref, imported_by, total_lines, imported_count,
                                    matched_count, unmatched_count, duplicate_count, skipped_debit_count, rejected_count)
       VALUES ($1, $2, $3, $4, $5, 0, 0, 0, 0, 0, 0, 0) RETURNING id`,
      [statement.source, fileName, statement.accountIban, statement.statementRef, importedBy],
    );
    return rows[0]!.id;
  }

  /** Stores a credit line once per bank transaction id; null when that id was imported before. */
  async insertTransaction(statementId: string, line: StatementLine, tx: Queryable = this.db): Promise<BankTransactionRecord | null> {
    const rows: BankTransactionRow[] = await tx.query(
      `INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, value_date, amount_cents, currency,
                                      remittance_information, debtor_name, debtor_iban)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (bank_transaction_id) DO NOTHING RETURNING ${COLUMNS}`,
      [statementId, line.bankTransactionId, line.bookingDate, line.valueDate, line.amountCents, line.currency,
        line.remittanceInformation, line.debtorName, line.debtorIban],
    );
    return rows[0] ? toBankTransaction(rows[0]) : null;
  }

  /** The creditors' own accounts with their names, by name. */
  async creditorAccounts(tx: Queryable = this.db): Promise<{ iban: string; holder: string }[]> {
    const rows: { iban: string; legal_name: string }[] = await tx.query(
      `SELECT iban, legal_name FROM creditors WHERE iban IS NOT NULL AND iban <> '' ORDER BY legal_name, iban`,
    );
    return rows.map((row) => ({ iban: row.iban, holder: row.legal_name }));
  }

  /** Which of these bank transaction ids were imported before. */
  async existingTransactionIds(ids: readonly string[], tx: Queryable = this.db): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { bank_transaction_id: string }[] = await tx.query(
      'SELECT bank_transaction_id FROM bank_transactions WHERE bank_transaction_id = ANY($1)', [ids],
    );
    return rows.map((row) => row.bank_transaction_id);
  }

  /** Writes an import's figures on its statement row. */
  async finishStatement(statementId: string, counts: StatementCounts, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `UPDATE bank_statements SET total_lines = $2, imported_count = $3, matched_count = $4, unmatched_count = $5,
              duplicate_count = $6, skipped_debit_count = $7, rejected_count = $8, review_count = $9
        WHERE id = $1`,
      [statementId, counts.totalLines, counts.imported, counts.matched, counts.unmatched, counts.duplicates,
        counts.skippedDebits, counts.rejected, counts.review],
    );
  }

  /** The open cases (OPEN or ON_HOLD) whose claim or debtor reference is one of `references` (upper-cased). */
  async referenceHits(references: readonly string[], tx: Queryable = this.db): Promise<ReferenceHit[]> {
    if (references.length === 0) return [];
    const rows: ReferenceHitRow[] = await tx.query(
      `SELECT c.id AS "caseId", 'CLAIM' AS via, cl.reference, c.currency
         FROM claims cl JOIN cases c ON c.id = cl.case_id
        WHERE upper(cl.reference) = ANY($1) AND c.status IN ('OPEN', 'ON_HOLD')
       UNION
       SELECT c.id, 'DEBTOR', d.ref, c.currency
         FROM debtors d JOIN cases c ON c.debtor_id = d.id
        WHERE upper(d.ref) = ANY($1) AND c.status IN ('OPEN', 'ON_HOLD')`,
      [references],
    );
    return rows.map((row) => ({ caseId: row.caseId, via: row.via, reference: row.reference, currency: row.currency }));
  }

  /** The manual payments on a case, as the domain's possibleDoubleBooking compares them. */
  async manualPaymentsOf(caseId: string, tx: Queryable = this.db): Promise<BookedPayment[]> {
    const rows: { id: string; source: string; amount_cents: string | number; currency: string; received_at: string }[] = await tx.query(
      `SELECT id, source, amount_cents, currency, received_at::text AS received_at FROM payments
        WHERE case_id = $1 AND source = 'MANUAL' ORDER BY received_at, id`,
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, source: r.source, amountCents: Number(r.amount_cents), currency: r.currency, receivedAt: r.received_at }));
  }

  /** Puts a transaction in review as a possible double booking of `paymentId` on `caseId`, with the reason. */
  async markReview(
    transactionId: string, review: { caseId: string; paymentId: string; reason: LocalizedText }, tx: Queryable = this.db,
  ): Promise<void> {
    await tx.query(
      `UPDATE bank_transactions SET status = 'REVIEW', review_case_id = $2, review_payment_id = $3, unmatched_reason = $4,
              unmatched_reason_texts = $5 WHERE id = $1`,
      [transactionId, review.caseId, review.paymentId, review.reason.en, JSON.stringify(review.reason)],
    );
  }

  /** Says why the import left a transaction for a person. */
  async markUnmatched(transactionId: string, reason: LocalizedText, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      'UPDATE bank_transactions SET unmatched_reason = $2, unmatched_reason_texts = $3 WHERE id = $1',
      [transactionId, reason.en, JSON.stringify(reason)],
    );
  }

  /** Transactions waiting for a person (unmatched, or in review as a possible double booking), newest booking first. */
  async unmatched(page: { offset: number; limit: number }, tx: Queryable = this.db): Promise<BankTransactionRecord[]> {
    const rows: BankTransactionRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM bank_transactions WHERE status IN ('UNMATCHED', 'REVIEW')
        ORDER BY booking_date DESC, id OFFSET $1 LIMIT $2`,
      [page.offset, page.limit],
    );
    return rows.map(toBankTransaction);
  }

  /** Reads a transaction and locks its row for the caller's transaction; null when there is none. */
  async lockTransaction(transactionId: string, tx: Queryable): Promise<BankTransactionRecord | null> {
    const rows: BankTransactionRow[] = await tx.query(`SELECT ${COLUMNS} FROM bank_transactions WHERE id = $1 FOR UPDATE`, [transactionId]);
    return rows[0] ? toBankTransaction(rows[0]) : null;
  }

  /** Marks a transaction ignored, by whom, when and why. */
  async markIgnored(
    transactionId: string, ignored: { reason: string; by: string; at: Date }, tx: Queryable = this.db,
  ): Promise<BankTransactionRecord> {
    return updatedRow(await tx.query(
      `UPDATE bank_transactions SET status = 'IGNORED', ignore_reason = $2, ignored_by = $3, ignored_at = $4
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [transactionId, ignored.reason, ignored.by, ignored.at],
    ));
  }

  /** Marks a transaction matched to the case and payment it booked; clears why it was unmatched or ignored. */
  async markMatched(
    transactionId: string,
    matched: { caseId: string; paymentId: string; method: BankMatchMethod; by: string; at: Date },
    tx: Queryable = this.db,
  ): Promise<BankTransactionRecord> {
    return updatedRow(await tx.query(
      `UPDATE bank_transactions
          SET status = 'MATCHED', case_id = $2, payment_id = $3, match_method = $4, matched_by = $5, matched_at = $6,
              unmatched_reason = NULL, unmatched_reason_texts = NULL, ignore_reason = NULL, ignored_by = NULL, ignored_at = NULL
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [transactionId, matched.caseId, matched.paymentId, matched.method, matched.by, matched.at],
    ));
  }
}
