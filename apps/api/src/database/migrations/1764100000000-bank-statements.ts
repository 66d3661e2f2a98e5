import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bank-statement import: one row per imported file and one per credit line in it. The bank's
 * transaction id is unique, which makes an import idempotent: a line seen before is a duplicate.
 */
export class BankStatements1764100000000 implements MigrationInterface {
  name = 'BankStatements1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bank_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('CAMT053', 'CSV')),
        file_name text CHECK (length(file_name) BETWEEN 1 AND 255),
        account_iban text CHECK (account_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
        -- The bank's own statement identification (camt.053 Stmt/Id); CSV files have none.
        statement_ref text,
        imported_by uuid NOT NULL REFERENCES users(id),
        imported_at timestamptz NOT NULL DEFAULT now(),
        total_lines integer NOT NULL CHECK (total_lines >= 0),
        imported_count integer NOT NULL CHECK (imported_count >= 0),
        matched_count integer NOT NULL CHECK (matched_count >= 0),
        unmatched_count integer NOT NULL CHECK (unmatched_count >= 0),
        duplicate_count integer NOT NULL CHECK (duplicate_count >= 0),
        skipped_debit_count integer NOT NULL CHECK (skipped_debit_count >= 0),
        rejected_count integer NOT NULL CHECK (rejected_count >= 0),
        CONSTRAINT bank_statements_imported_split CHECK (imported_count = matched_count + unmatched_count),
        CONSTRAINT bank_statements_lines_add_up
          CHECK (total_lines = imported_count + duplicate_count + skipped_debit_count + rejected_count)
      );
      CREATE INDEX bank_statements_imported_at_idx ON bank_statements (imported_at DESC);

      CREATE TABLE bank_transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        statement_id uuid NOT NULL REFERENCES bank_statements(id),
        bank_transaction_id text NOT NULL UNIQUE CHECK (length(bank_transaction_id) BETWEEN 1 AND 200),
        booking_date date NOT NULL,
        value_date date,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 1000000000000),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        remittance_information text NOT NULL DEFAULT '',
        debtor_name text,
        debtor_iban text CHECK (debtor_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
        status text NOT NULL DEFAULT 'UNMATCHED' CHECK (status IN ('MATCHED', 'UNMATCHED', 'IGNORED')),
        unmatched_reason text,
        case_id uuid REFERENCES cases(id),
        payment_id uuid UNIQUE REFERENCES payments(id),
        match_method text CHECK (match_method IN ('REFERENCE', 'MANUAL')),
        matched_by uuid REFERENCES users(id),
        matched_at timestamptz,
        ignore_reason text CHECK (length(btrim(ignore_reason)) > 0),
        ignored_by uuid REFERENCES users(id),
        ignored_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bank_transactions_matched_has_payment CHECK (
          status <> 'MATCHED' OR (case_id IS NOT NULL AND payment_id IS NOT NULL AND match_method IS NOT NULL
            AND matched_by IS NOT NULL AND matched_at IS NOT NULL)),
        CONSTRAINT bank_transactions_only_matched_have_payment CHECK (
          status = 'MATCHED' OR (case_id IS NULL AND payment_id IS NULL AND match_method IS NULL
            AND matched_by IS NULL AND matched_at IS NULL)),
        CONSTRAINT bank_transactions_ignored_has_reason CHECK (
          status <> 'IGNORED' OR (ignore_reason IS NOT NULL AND ignored_by IS NOT NULL AND ignored_at IS NOT NULL))
      );
      CREATE INDEX bank_transactions_statement_idx ON bank_transactions (statement_id);
      CREATE INDEX bank_transactions_case_idx ON bank_transactions (case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX bank_transactions_unmatched_idx ON bank_transactions (booking_date DESC, id) WHERE status = 'UNMATCHED';

      -- Matching looks references up by equality, case-insensitively.
      CREATE INDEX claims_reference_upper_idx ON claims (upper(reference));
      CREATE INDEX debtors_ref_upper_idx ON debtors (upper(ref));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX debtors_ref_upper_idx;
      DROP INDEX claims_reference_upper_idx;
      DROP TABLE bank_transactions;
      DROP TABLE bank_statements;
    `);
  }
}
