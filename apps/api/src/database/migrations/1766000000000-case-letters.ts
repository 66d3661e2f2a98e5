import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters about one case, outside the dunning run: the confirmation of an agreed payment plan and
 * the answer to an objection the creditor rejected.
 * - `letters.kind`: DUNNING (a run's consolidated letter, as before), PLAN_CONFIRMATION, DISPUTE_ANSWER.
 * - `letters.case_id` and `letters.subject_id` (the payment plan or the dispute) for the case letters;
 *   one letter per subject, so a retried request queues nothing twice.
 * The letter writer composes them when it writes them (the address as it is then), like run letters.
 */
export class CaseLetters1766000000000 implements MigrationInterface {
  name = 'CaseLetters1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE letters
        ADD COLUMN kind text NOT NULL DEFAULT 'DUNNING' CHECK (kind IN ('DUNNING', 'PLAN_CONFIRMATION', 'DISPUTE_ANSWER')),
        ADD COLUMN case_id uuid REFERENCES cases(id),
        ADD COLUMN subject_id uuid,
        ADD CONSTRAINT letters_case_letter_has_subject
          CHECK ((kind = 'DUNNING' AND case_id IS NULL AND subject_id IS NULL) OR (kind <> 'DUNNING' AND run_id IS NULL AND case_id IS NOT NULL AND subject_id IS NOT NULL));
      CREATE UNIQUE INDEX letters_subject_uniq ON letters (kind, subject_id) WHERE subject_id IS NOT NULL;
      CREATE INDEX letters_case_idx ON letters (case_id) WHERE case_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX letters_case_idx;
      DROP INDEX letters_subject_uniq;
      ALTER TABLE letters DROP CONSTRAINT letters_case_letter_has_subject, DROP COLUMN subject_id, DROP COLUMN case_id, DROP COLUMN kind;
    `);
  }
}
