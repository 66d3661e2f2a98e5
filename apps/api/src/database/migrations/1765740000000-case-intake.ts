import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portfolio intake:
 * - claims keep what the creditor tells about the contract (subject, date), the kind of claim (the
 *   interest margin differs for goods and services between businesses) and the reminders the creditor
 *   already sent (Danish fee limits);
 * - `creditor_invoices` holds each creditor's invoice references once: importing a file twice (or two
 *   imports at the same time) cannot book an invoice twice. It is filled with the claims that exist
 *   today; intake and createCase add to it in the transaction that writes the claim;
 * - `case_imports` is the import job (who, which file, progress, result) and `case_import_rejections`
 *   keeps each rejected row with its line, column and message, for the rejected-rows download.
 */
export class CaseIntake1765740000000 implements MigrationInterface {
  name = 'CaseIntake1765740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE claims
        ADD COLUMN contract_subject text,
        ADD COLUMN contract_date date,
        ADD COLUMN claim_kind text CHECK (claim_kind IN ('goods_services', 'other')),
        ADD COLUMN reminders_sent integer CHECK (reminders_sent BETWEEN 0 AND 20);

      CREATE TABLE creditor_invoices (
        creditor_id uuid NOT NULL REFERENCES creditors(id),
        invoice_ref text NOT NULL,
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (creditor_id, invoice_ref)
      );
      CREATE INDEX creditor_invoices_claim_idx ON creditor_invoices (claim_id);
      COMMENT ON TABLE creditor_invoices IS 'One row per (creditor, invoice reference) placed: a second import of the same invoice is a duplicate.';
      INSERT INTO creditor_invoices (creditor_id, invoice_ref, claim_id)
        SELECT DISTINCT ON (c.creditor_id, cl.reference) c.creditor_id, cl.reference, cl.id
          FROM claims cl JOIN cases c ON c.id = cl.case_id
         ORDER BY c.creditor_id, cl.reference, cl.id;

      CREATE TABLE case_imports (
        id uuid PRIMARY KEY,
        created_by uuid NOT NULL REFERENCES users(id),
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        error text,
        bytes_total bigint,
        bytes_processed bigint NOT NULL DEFAULT 0,
        rows_total integer,
        rows_processed integer NOT NULL DEFAULT 0,
        imported integer NOT NULL DEFAULT 0,
        cases_created integer NOT NULL DEFAULT 0,
        duplicates integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        header text[] NOT NULL DEFAULT '{}',
        warnings text[] NOT NULL DEFAULT '{}',
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX case_imports_created_idx ON case_imports (created_at DESC);

      CREATE TABLE case_import_rejections (
        import_id uuid NOT NULL REFERENCES case_imports(id) ON DELETE CASCADE,
        line integer NOT NULL,
        column_name text,
        message text NOT NULL,
        record text[] NOT NULL,
        PRIMARY KEY (import_id, line)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE case_import_rejections;
      DROP TABLE case_imports;
      DROP TABLE creditor_invoices;
      ALTER TABLE claims DROP COLUMN reminders_sent, DROP COLUMN claim_kind, DROP COLUMN contract_date, DROP COLUMN contract_subject;
    `);
  }
}
