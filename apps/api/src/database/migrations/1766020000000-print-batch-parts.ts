import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A print batch comes in parts of at most PRINT_BATCH_PART_LETTERS letters, each with its own merged
 * PDF and manifest: a day of a large dunning run (hundreds of thousands of letters) is no longer one
 * file built in memory.
 * - `print_batch_parts`: a part's counts, its manifest and the hashes of both files, kept as made. Its
 *   PDF is not stored: it is merged from its letters' own PDFs on each download, the same bytes every
 *   time (`pdf_sha256`). Batches made before parts become one part each, their stored PDF moved along.
 * - `letters.print_part`, `letters.print_sequence`: where a SENT letter sits (part, 1.. in the part's PDF).
 * - `print_batches` keeps the day's letter count and the part size; its files, pages and sheets move
 *   to the parts (a batch is stored part by part as it is made, so the day's totals are the parts').
 */
export class PrintBatchParts1766020000000 implements MigrationInterface {
  name = 'PrintBatchParts1766020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE print_batch_parts (
        batch_id uuid NOT NULL REFERENCES print_batches(id),
        number integer NOT NULL CHECK (number >= 1),
        first_letter integer NOT NULL CHECK (first_letter >= 1),
        letter_count integer NOT NULL CHECK (letter_count >= 1),
        page_count integer NOT NULL CHECK (page_count >= 1),
        sheet_count integer NOT NULL CHECK (sheet_count >= 1),
        pdf bytea,
        pdf_sha256 text NOT NULL,
        manifest text NOT NULL,
        manifest_sha256 text NOT NULL,
        PRIMARY KEY (batch_id, number)
      );
      COMMENT ON TABLE print_batch_parts IS 'A part of a day''s print batch: its letters (letters.print_part), counts, manifest and file hashes; kept as made.';
      COMMENT ON COLUMN print_batch_parts.pdf IS 'Only batches made before parts: their PDF as stored then. Otherwise the PDF is merged from the letters'' own PDFs on download.';
      COMMENT ON COLUMN print_batch_parts.first_letter IS 'The position in the day''s batch of the part''s first letter (1-based).';
      CREATE TRIGGER print_batch_parts_kept BEFORE UPDATE OR DELETE ON print_batch_parts
        FOR EACH ROW EXECUTE FUNCTION print_batches_are_kept();

      INSERT INTO print_batch_parts (batch_id, number, first_letter, letter_count, page_count, sheet_count, pdf, pdf_sha256, manifest, manifest_sha256)
      SELECT id, 1, 1, letter_count, page_count, sheet_count, pdf, pdf_sha256, manifest, manifest_sha256 FROM print_batches WHERE letter_count > 0;

      ALTER TABLE print_batches
        DROP COLUMN pdf, DROP COLUMN pdf_sha256, DROP COLUMN manifest, DROP COLUMN manifest_sha256, DROP COLUMN page_count, DROP COLUMN sheet_count,
        ADD COLUMN part_letters integer CHECK (part_letters >= 1);
      COMMENT ON COLUMN print_batches.part_letters IS 'At most this many letters per part (PRINT_BATCH_PART_LETTERS when made); NULL: made before parts, in one.';

      ALTER TABLE letters
        ADD COLUMN print_part integer CHECK (print_part >= 1),
        ADD COLUMN print_sequence integer CHECK (print_sequence >= 1),
        ADD CONSTRAINT letters_print_position_check CHECK ((print_part IS NULL) = (print_sequence IS NULL) AND (print_part IS NULL OR print_batch_id IS NOT NULL));
      CREATE UNIQUE INDEX letters_print_position_idx ON letters (print_batch_id, print_part, print_sequence) WHERE print_part IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM print_batch_parts WHERE pdf IS NULL) THEN
          RAISE EXCEPTION 'print batches were made in parts: their merged PDFs were never stored, so they cannot go back to one stored file';
        END IF;
      END $$;
      DROP INDEX letters_print_position_idx;
      ALTER TABLE letters DROP CONSTRAINT letters_print_position_check, DROP COLUMN print_sequence, DROP COLUMN print_part;
      ALTER TABLE print_batches DROP COLUMN part_letters,
        ADD COLUMN page_count integer CHECK (page_count >= 0), ADD COLUMN sheet_count integer CHECK (sheet_count >= 0),
        ADD COLUMN pdf bytea, ADD COLUMN pdf_sha256 text, ADD COLUMN manifest text, ADD COLUMN manifest_sha256 text;
      ALTER TABLE print_batches DISABLE TRIGGER print_batches_kept;
      UPDATE print_batches b SET page_count = p.page_count, sheet_count = p.sheet_count, pdf = p.pdf, pdf_sha256 = p.pdf_sha256,
             manifest = p.manifest, manifest_sha256 = p.manifest_sha256
        FROM print_batch_parts p WHERE p.batch_id = b.id AND p.number = 1;
      ALTER TABLE print_batches ENABLE TRIGGER print_batches_kept;
      ALTER TABLE print_batches ALTER COLUMN page_count SET NOT NULL, ALTER COLUMN sheet_count SET NOT NULL, ALTER COLUMN pdf SET NOT NULL,
        ALTER COLUMN pdf_sha256 SET NOT NULL, ALTER COLUMN manifest SET NOT NULL, ALTER COLUMN manifest_sha256 SET NOT NULL;
      DROP TABLE print_batch_parts;
    `);
  }
}
