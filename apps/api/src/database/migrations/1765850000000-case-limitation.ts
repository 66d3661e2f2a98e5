import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's limitation kept as a snapshot, like its priority: the first day on which some part of it
 * runs out, computed by the domain (`caseLimitation`) and written where payments, promises and court
 * events change it. The limitation worklist reads it through a partial index instead of computing
 * every case per request. Cases not closed count: open, on hold (a dispute does not stop limitation)
 * and with legal (court and enforcement: a title's interest runs out year by year).
 * - `limitation_date`: null = not computed yet (cases from before this migration; the API fills them
 *   in batches at start-up and before a worklist read); 'infinity' = no end while proceedings go on.
 * - `limitation_refresh_on`: the day the figure changes without an event (a title becoming final at
 *   the end of the objection period; the interest of the next year after a title, BGB 197(2)); null =
 *   it changes only with an event.
 */
export class CaseLimitation1765850000000 implements MigrationInterface {
  name = 'CaseLimitation1765850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN limitation_date date, ADD COLUMN limitation_refresh_on date;
      COMMENT ON COLUMN cases.limitation_date IS 'First day on which part of the case runs out (domain caseLimitation); null = not computed yet, infinity = no end while proceedings go on.';
      COMMENT ON COLUMN cases.limitation_refresh_on IS 'Day the limitation changes without an event (title final, next interest year); null = only with an event.';
      CREATE INDEX cases_limitation_idx ON cases (limitation_date, id) WHERE status IN ('OPEN', 'ON_HOLD', 'LEGAL');
      CREATE INDEX cases_limitation_refresh_idx ON cases (limitation_refresh_on) WHERE limitation_refresh_on IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX cases_limitation_refresh_idx;
      DROP INDEX cases_limitation_idx;
      ALTER TABLE cases DROP COLUMN limitation_refresh_on, DROP COLUMN limitation_date;
    `);
  }
}
