import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portfolio intake, set-based: a case remembers the import job that placed it (`cases.case_import_id`,
 * null for cases placed otherwise). A running import finds the case it already opened for a debtor
 * (one case per debtor per file) in the database instead of keeping a map of every case in memory.
 * No foreign key: the column only records where a case came from, and an import writes hundreds of
 * thousands of cases (a key check per row would cost them all); case_imports rows are never deleted.
 */
export class CaseImportOrigin1765760000000 implements MigrationInterface {
  name = 'CaseImportOrigin1765760000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN case_import_id uuid;
      COMMENT ON COLUMN cases.case_import_id IS 'The case import job (case_imports.id) that placed the case; null when placed otherwise.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE cases DROP COLUMN case_import_id;');
  }
}
