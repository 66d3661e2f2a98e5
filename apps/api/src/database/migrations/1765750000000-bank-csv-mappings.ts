import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Column mappings for bank CSV exports, one per bank account: which header names hold the booking
 * date, amount, currency, counterparty, reference and transaction id, and how the file writes
 * fields, decimals and dates. Saved once on the Bank screen, chosen for each import.
 */
export class BankCsvMappings1765750000000 implements MigrationInterface {
  name = 'BankCsvMappings1765750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bank_csv_mappings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        account_iban text CHECK (account_iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
        delimiter text NOT NULL CHECK (delimiter IN ('SEMICOLON', 'COMMA', 'TAB', 'PIPE')),
        decimal_separator text NOT NULL CHECK (decimal_separator IN ('COMMA', 'POINT')),
        date_format text NOT NULL CHECK (date_format IN ('DMY_DOTS', 'DMY_DOTS_SHORT', 'ISO', 'DMY_SLASHES', 'MDY_SLASHES')),
        header_line integer NOT NULL CHECK (header_line BETWEEN 1 AND 50),
        default_currency char(3) CHECK (default_currency ~ '^[A-Z]{3}$'),
        booking_date_column text NOT NULL CHECK (length(btrim(booking_date_column)) > 0),
        value_date_column text,
        amount_column text NOT NULL CHECK (length(btrim(amount_column)) > 0),
        -- Beside an unsigned amount: which rows are debits (S/H, D/C); without it debits are negative.
        debit_credit_column text,
        currency_column text,
        counterparty_name_column text,
        counterparty_iban_column text,
        reference_column text NOT NULL CHECK (length(btrim(reference_column)) > 0),
        transaction_id_column text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bank_csv_mappings_currency CHECK (currency_column IS NOT NULL OR default_currency IS NOT NULL)
      );
      CREATE UNIQUE INDEX bank_csv_mappings_name_key ON bank_csv_mappings (lower(btrim(name)));
      CREATE UNIQUE INDEX bank_csv_mappings_account_iban_key ON bank_csv_mappings (account_iban) WHERE account_iban IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE bank_csv_mappings;');
  }
}
