import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a person chose for the workbench; NULL until they choose (their browser's decides). */
export class UserLanguage1766300000000 implements MigrationInterface {
  name = 'UserLanguage1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN ui_language text CHECK (ui_language IN ('de', 'en', 'da'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN ui_language');
  }
}
