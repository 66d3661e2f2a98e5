import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../database/queryable.js';
import type { CsvDateFormat, CsvDelimiter, CsvMapping, DecimalSeparator } from './csv-mapping.js';

/** bank_csv_mappings as pg returns it. */
interface BankCsvMappingRow {
  id: string;
  name: string;
  account_iban: string | null;
  delimiter: CsvDelimiter;
  decimal_separator: DecimalSeparator;
  date_format: CsvDateFormat;
  header_line: number;
  default_currency: string | null;
  booking_date_column: string;
  value_date_column: string | null;
  amount_column: string;
  debit_credit_column: string | null;
  currency_column: string | null;
  counterparty_name_column: string | null;
  counterparty_iban_column: string | null;
  reference_column: string;
  transaction_id_column: string | null;
  updated_at: Date;
}

/** A saved mapping: the parser's mapping plus its id and when it last changed. */
export interface StoredCsvMapping extends CsvMapping {
  id: string;
  updatedAt: Date;
}

const COLUMNS = `id, name, account_iban, delimiter, decimal_separator, date_format, header_line, default_currency,
  booking_date_column, value_date_column, amount_column, debit_credit_column, currency_column, counterparty_name_column,
  counterparty_iban_column, reference_column, transaction_id_column, updated_at`;

const toMapping = (row: BankCsvMappingRow): StoredCsvMapping => ({
  id: row.id,
  name: row.name,
  accountIban: row.account_iban,
  delimiter: row.delimiter,
  decimalSeparator: row.decimal_separator,
  dateFormat: row.date_format,
  headerLine: row.header_line,
  defaultCurrency: row.default_currency,
  columns: {
    bookingDate: row.booking_date_column,
    valueDate: row.value_date_column,
    amount: row.amount_column,
    debitCredit: row.debit_credit_column,
    currency: row.currency_column,
    counterpartyName: row.counterparty_name_column,
    counterpartyIban: row.counterparty_iban_column,
    reference: row.reference_column,
    transactionId: row.transaction_id_column,
  },
  updatedAt: row.updated_at,
});

const values = (m: CsvMapping) => [
  m.name, m.accountIban, m.delimiter, m.decimalSeparator, m.dateFormat, m.headerLine, m.defaultCurrency,
  m.columns.bookingDate, m.columns.valueDate, m.columns.amount, m.columns.currency, m.columns.counterpartyName,
  m.columns.counterpartyIban, m.columns.reference, m.columns.transactionId, m.columns.debitCredit,
];

/** Every statement on bank_csv_mappings. */
@Injectable()
export class BankCsvMappingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(tx: Queryable = this.db): Promise<StoredCsvMapping[]> {
    const rows: BankCsvMappingRow[] = await tx.query(`SELECT ${COLUMNS} FROM bank_csv_mappings ORDER BY lower(name), id`);
    return rows.map(toMapping);
  }

  /** One mapping; `lock` holds its row for the caller's transaction. Null when there is none. */
  async find(id: string, tx: Queryable = this.db, lock = false): Promise<StoredCsvMapping | null> {
    const rows: BankCsvMappingRow[] = await tx.query(
      `SELECT ${COLUMNS} FROM bank_csv_mappings WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id],
    );
    return rows[0] ? toMapping(rows[0]) : null;
  }

  /** Another mapping with the same name (case-insensitive) or account IBAN, if any. */
  async clash(mapping: CsvMapping, exceptId: string | null, tx: Queryable = this.db): Promise<'name' | 'accountIban' | null> {
    const rows: { name_clash: boolean; iban_clash: boolean }[] = await tx.query(
      `SELECT bool_or(lower(btrim(name)) = lower(btrim($1))) AS name_clash,
              bool_or($2::text IS NOT NULL AND account_iban = $2) AS iban_clash
         FROM bank_csv_mappings WHERE id IS DISTINCT FROM $3::uuid`,
      [mapping.name, mapping.accountIban, exceptId],
    );
    return rows[0]?.name_clash ? 'name' : rows[0]?.iban_clash ? 'accountIban' : null;
  }

  async insert(mapping: CsvMapping, by: string, at: Date, tx: Queryable): Promise<StoredCsvMapping> {
    const rows: BankCsvMappingRow[] = await tx.query(
      `INSERT INTO bank_csv_mappings (name, account_iban, delimiter, decimal_separator, date_format, header_line, default_currency,
                                      booking_date_column, value_date_column, amount_column, currency_column,
                                      counterparty_name_column, counterparty_iban_column, reference_column,
                                      transaction_id_column, debit_credit_column, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $17, $18)
       RETURNING ${COLUMNS}`,
      [...values(mapping), by, at],
    );
    return toMapping(rows[0]!);
  }

  async update(id: string, mapping: CsvMapping, by: string, at: Date, tx: Queryable): Promise<StoredCsvMapping> {
    const [rows]: [BankCsvMappingRow[], number] = await tx.query(
      `UPDATE bank_csv_mappings
          SET name = $2, account_iban = $3, delimiter = $4, decimal_separator = $5, date_format = $6, header_line = $7,
              default_currency = $8, booking_date_column = $9, value_date_column = $10, amount_column = $11,
              currency_column = $12, counterparty_name_column = $13, counterparty_iban_column = $14,
              reference_column = $15, transaction_id_column = $16, debit_credit_column = $17, updated_by = $18, updated_at = $19
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, ...values(mapping), by, at],
    );
    return toMapping(rows[0]!);
  }

  async delete(id: string, tx: Queryable): Promise<void> {
    await tx.query('DELETE FROM bank_csv_mappings WHERE id = $1', [id]);
  }
}
