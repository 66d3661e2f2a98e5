import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a dunning run held a case's letter, in every language ({"en", "de", "da"}), so a lead reads it
 * in theirs; `reason` keeps the English. NULL for holds recorded before.
 */
export class RunHoldReasonTexts1766360000000 implements MigrationInterface {
  name = 'RunHoldReasonTexts1766360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dunning_run_holds ADD COLUMN reason_texts jsonb
      CHECK (reason_texts IS NULL OR (jsonb_typeof(reason_texts->'en') = 'string' AND jsonb_typeof(reason_texts->'de') = 'string' AND jsonb_typeof(reason_texts->'da') = 'string'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dunning_run_holds DROP COLUMN reason_texts');
  }
}
