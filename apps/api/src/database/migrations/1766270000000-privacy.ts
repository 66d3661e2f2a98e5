import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data protection.
 * - `debtors.processing_restricted_since`: the debtor asked for restriction (Art. 18 GDPR): no dunning,
 *   no contact while set; `debtors.pseudonymised_at`: when the retention job (or an erasure request after
 *   every retention period) replaced the debtor's personal data.
 * - `data_subject_requests`: every export, restriction, lifted restriction and erasure request, who made it,
 *   when, and its result (for an erasure: what was erased and what is kept until when).
 * - `letters_are_immutable`: the retention job may remove a sent letter's text and PDF once its period has ended.
 */
export class Privacy1766270000000 implements MigrationInterface {
  name = 'Privacy1766270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE debtors
        ADD COLUMN processing_restricted_since timestamptz,
        ADD COLUMN pseudonymised_at timestamptz;

      CREATE TABLE data_subject_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        debtor_id uuid NOT NULL REFERENCES debtors(id),
        kind text NOT NULL CHECK (kind IN ('EXPORT', 'RESTRICTION', 'RESTRICTION_LIFTED', 'ERASURE')),
        requested_by uuid REFERENCES users(id),
        requested_at timestamptz NOT NULL,
        result jsonb NOT NULL
      );
      CREATE INDEX data_subject_requests_debtor_idx ON data_subject_requests (debtor_id, requested_at DESC);

      CREATE OR REPLACE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('mahnwerk.pseudonymising', true) = 'on' AND OLD.status = 'SENT'
           AND NEW.pdf IS NULL AND NEW.content IS NULL
           AND (NEW.id, NEW.run_id, NEW.debtor_id, NEW.creditor_id, NEW.written_on, NEW.status, NEW.error, NEW.content_sha256,
                NEW.pdf_sha256, NEW.created_at, NEW.ready_at, NEW.sent_on, NEW.print_batch_id, NEW.kind, NEW.case_id, NEW.subject_id,
                NEW.print_part, NEW.print_sequence)
              IS NOT DISTINCT FROM
               (OLD.id, OLD.run_id, OLD.debtor_id, OLD.creditor_id, OLD.written_on, OLD.status, OLD.error, OLD.content_sha256,
                OLD.pdf_sha256, OLD.created_at, OLD.ready_at, OLD.sent_on, OLD.print_batch_id, OLD.kind, OLD.case_id, OLD.subject_id,
                OLD.print_part, OLD.print_sequence) THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'DELETE' OR OLD.status = 'SENT' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
          RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'READY' AND (
          NEW.status IS DISTINCT FROM 'SENT'
          OR (NEW.id, NEW.run_id, NEW.debtor_id, NEW.creditor_id, NEW.written_on, NEW.error, NEW.content_sha256, NEW.pdf_sha256,
              NEW.created_at, NEW.ready_at, md5(NEW.pdf), md5(NEW.content::text))
             IS DISTINCT FROM
             (OLD.id, OLD.run_id, OLD.debtor_id, OLD.creditor_id, OLD.written_on, OLD.error, OLD.content_sha256, OLD.pdf_sha256,
              OLD.created_at, OLD.ready_at, md5(OLD.pdf), md5(OLD.content::text))
        ) THEN
          RAISE EXCEPTION 'letter % is final: it can only be marked sent', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.status = 'SENT' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
          RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status = 'READY' AND (
          NEW.status IS DISTINCT FROM 'SENT'
          OR (NEW.id, NEW.run_id, NEW.debtor_id, NEW.creditor_id, NEW.written_on, NEW.error, NEW.content_sha256, NEW.pdf_sha256,
              NEW.created_at, NEW.ready_at, md5(NEW.pdf), md5(NEW.content::text))
             IS DISTINCT FROM
             (OLD.id, OLD.run_id, OLD.debtor_id, OLD.creditor_id, OLD.written_on, OLD.error, OLD.content_sha256, OLD.pdf_sha256,
              OLD.created_at, OLD.ready_at, md5(OLD.pdf), md5(OLD.content::text))
        ) THEN
          RAISE EXCEPTION 'letter % is final: it can only be marked sent', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
      DROP TABLE data_subject_requests;
      ALTER TABLE debtors DROP COLUMN pseudonymised_at, DROP COLUMN processing_restricted_since;
    `);
  }
}
