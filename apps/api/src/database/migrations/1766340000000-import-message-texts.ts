import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The messages an import keeps, also in every language a person may read them in ({"en","de","da"}):
 * a case import's error and warnings, each rejected row's message, and why a bank credit was not
 * booked. The English text columns stay as they are (the rejected-rows CSV, rows from before);
 * a NULL `*_texts` means: only the English text is known.
 */
export class ImportMessageTexts1766340000000 implements MigrationInterface {
  name = 'ImportMessageTexts1766340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_imports
        ADD COLUMN error_texts jsonb CHECK (error_texts IS NULL OR jsonb_typeof(error_texts) = 'object'),
        ADD COLUMN warning_texts jsonb CHECK (warning_texts IS NULL OR jsonb_typeof(warning_texts) = 'array');
      ALTER TABLE case_import_rejections
        ADD COLUMN message_texts jsonb CHECK (message_texts IS NULL OR jsonb_typeof(message_texts) = 'object');
      ALTER TABLE bank_transactions
        ADD COLUMN unmatched_reason_texts jsonb CHECK (unmatched_reason_texts IS NULL OR jsonb_typeof(unmatched_reason_texts) = 'object');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE bank_transactions DROP COLUMN unmatched_reason_texts;
      ALTER TABLE case_import_rejections DROP COLUMN message_texts;
      ALTER TABLE case_imports DROP COLUMN error_texts, DROP COLUMN warning_texts;
    `);
  }
}
