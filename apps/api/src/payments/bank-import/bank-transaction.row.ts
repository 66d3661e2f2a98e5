import type { BankMatchMethod, BankTransactionModel, BankTransactionStatus } from './bank-import.model.js';

/** bank_transactions as pg returns it (bigint as string, dates as 'YYYY-MM-DD' text). */
export interface BankTransactionRow {
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
  case_id: string | null;
  payment_id: string | null;
  match_method: BankMatchMethod | null;
  matched_at: Date | null;
  ignore_reason: string | null;
  ignored_at: Date | null;
  created_at: Date;
}

export const BANK_TRANSACTION_COLUMNS = `id, statement_id, bank_transaction_id, booking_date, value_date, amount_cents, currency,
  remittance_information, debtor_name, debtor_iban, status, unmatched_reason, case_id, payment_id, match_method,
  matched_at, ignore_reason, ignored_at, created_at`;

export function toBankTransactionModel(row: BankTransactionRow): BankTransactionModel {
  return {
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
    caseId: row.case_id,
    paymentId: row.payment_id,
    matchMethod: row.match_method,
    matchedAt: row.matched_at,
    ignoreReason: row.ignore_reason,
    ignoredAt: row.ignored_at,
    importedAt: row.created_at,
  };
}
