import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bank credit that may already be booked as a manual payment (same case, amount, and a date
 * within three days: the domain's possibleDoubleBooking) is not booked at import: it waits in
 * REVIEW with the case and the manual payment it resembles, until a person confirms it as a
 * separate payment or ignores it as a duplicate. Statements count such lines in review_count.
 */
export class BankReview1766240000000 implements MigrationInterface {
  name = 'BankReview1766240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE bank_transactions DROP CONSTRAINT bank_transactions_status_check;
      ALTER TABLE bank_transactions
        ADD CONSTRAINT bank_transactions_status_check CHECK (status IN ('MATCHED', 'UNMATCHED', 'REVIEW', 'IGNORED')),
        ADD COLUMN review_case_id uuid REFERENCES cases(id),
        ADD COLUMN review_payment_id uuid REFERENCES payments(id),
        ADD CONSTRAINT bank_transactions_review_has_payment CHECK (
          status <> 'REVIEW' OR (review_case_id IS NOT NULL AND review_payment_id IS NOT NULL AND unmatched_reason IS NOT NULL));
      CREATE INDEX bank_transactions_waiting_idx ON bank_transactions (booking_date DESC, id) WHERE status IN ('UNMATCHED', 'REVIEW');
      DROP INDEX bank_transactions_unmatched_idx;

      ALTER TABLE bank_statements
        ADD COLUMN review_count integer NOT NULL DEFAULT 0 CHECK (review_count >= 0),
        DROP CONSTRAINT bank_statements_imported_split,
        ADD CONSTRAINT bank_statements_imported_split CHECK (imported_count = matched_count + unmatched_count + review_count);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE bank_statements DROP CONSTRAINT bank_statements_imported_split;
      UPDATE bank_statements SET unmatched_count = unmatched_count + review_count;
      ALTER TABLE bank_statements
        DROP COLUMN review_count,
        ADD CONSTRAINT bank_statements_imported_split CHECK (imported_count = matched_count + unmatched_count);

      UPDATE bank_transactions SET status = 'UNMATCHED' WHERE status = 'REVIEW';
      CREATE INDEX bank_transactions_unmatched_idx ON bank_transactions (booking_date DESC, id) WHERE status = 'UNMATCHED';
      DROP INDEX bank_transactions_waiting_idx;
      ALTER TABLE bank_transactions
        DROP CONSTRAINT bank_transactions_review_has_payment,
        DROP COLUMN review_payment_id,
        DROP COLUMN review_case_id,
        DROP CONSTRAINT bank_transactions_status_check,
        ADD CONSTRAINT bank_transactions_status_check CHECK (status IN ('MATCHED', 'UNMATCHED', 'IGNORED'));
    `);
  }
}
