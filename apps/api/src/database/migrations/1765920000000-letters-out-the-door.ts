import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters out the door:
 * - `print_batches`: the day's print batch, a record (one per day): the merged PDF of the letters in it
 *   and the CSV manifest for the print-and-mail service, both stored with their hashes, never changed.
 * - `letters.status` gains SENT (with `sent_on` and the batch): a READY letter may become SENT once,
 *   and nothing else about it changes (the immutability trigger allows exactly that).
 * - `returned_mail`: post that came back undelivered, recorded on the case; it marks the debtor's
 *   address unknown, which holds their letters until the address is corrected.
 */
export class LettersOutTheDoor1765920000000 implements MigrationInterface {
  name = 'LettersOutTheDoor1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE print_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_date date NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        letter_count integer NOT NULL CHECK (letter_count >= 0),
        page_count integer NOT NULL CHECK (page_count >= 0),
        sheet_count integer NOT NULL CHECK (sheet_count >= 0),
        pdf bytea NOT NULL,
        pdf_sha256 text NOT NULL,
        manifest text NOT NULL,
        manifest_sha256 text NOT NULL
      );
      COMMENT ON TABLE print_batches IS 'A day''s print batch: merged PDF and CSV manifest of the letters marked SENT with it; kept as made.';

      CREATE FUNCTION print_batches_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'print batches are kept as made: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER print_batches_kept BEFORE UPDATE OR DELETE ON print_batches
        FOR EACH ROW EXECUTE FUNCTION print_batches_are_kept();

      ALTER TABLE letters DROP CONSTRAINT letters_status_check;
      ALTER TABLE letters
        ADD CONSTRAINT letters_status_check CHECK (status IN ('PENDING', 'READY', 'FAILED', 'SENT')),
        ADD COLUMN sent_on date,
        ADD COLUMN print_batch_id uuid REFERENCES print_batches(id),
        ADD CONSTRAINT letters_sent_check CHECK ((status = 'SENT') = (sent_on IS NOT NULL AND print_batch_id IS NOT NULL));
      CREATE INDEX letters_ready_idx ON letters (ready_at, id) WHERE status = 'READY';
      CREATE INDEX letters_print_batch_idx ON letters (print_batch_id) WHERE print_batch_id IS NOT NULL;

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

      CREATE TABLE returned_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        debtor_id uuid NOT NULL REFERENCES debtors(id),
        letter_id uuid REFERENCES letters(id),
        reason text NOT NULL CHECK (reason IN ('ADDRESSEE_UNKNOWN', 'MOVED', 'REFUSED', 'INSUFFICIENT_ADDRESS', 'OTHER')),
        note text,
        address text,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        -- The database's time, comparable with letters.ready_at: letters written before it carry the address the post did not reach.
        created_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON COLUMN returned_mail.address IS 'The address the returned post was sent to (the debtor''s address when it was recorded).';
      CREATE INDEX returned_mail_debtor_idx ON returned_mail (debtor_id, created_at);
      CREATE INDEX returned_mail_case_idx ON returned_mail (case_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE returned_mail;
      CREATE OR REPLACE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.status = 'READY' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
          RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
      DROP INDEX letters_print_batch_idx;
      DROP INDEX letters_ready_idx;
      ALTER TABLE letters DROP CONSTRAINT letters_sent_check, DROP COLUMN print_batch_id, DROP COLUMN sent_on, DROP CONSTRAINT letters_status_check;
      ALTER TABLE letters ADD CONSTRAINT letters_status_check CHECK (status IN ('PENDING', 'READY', 'FAILED'));
      DROP TRIGGER print_batches_kept ON print_batches;
      DROP FUNCTION print_batches_are_kept();
      DROP TABLE print_batches;
    `);
  }
}
