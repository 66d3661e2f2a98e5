import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of a timeline entry the system wrote, in every language ({"en", "de", "da"}), so a
 * person reads it in theirs; `note` keeps the English (search, exports and the audit read it).
 * NULL for what a person wrote (their own words are shown as written) and for older entries.
 */
export class ActivityNoteTexts1766320000000 implements MigrationInterface {
  name = 'ActivityNoteTexts1766320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activities ADD COLUMN note_texts jsonb
      CHECK (note_texts IS NULL OR (jsonb_typeof(note_texts->'en') = 'string' AND jsonb_typeof(note_texts->'de') = 'string' AND jsonb_typeof(note_texts->'da') = 'string'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE activities DROP COLUMN note_texts');
  }
}
