import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import job whose instance died ends as FAILED instead of RUNNING for ever. A running import
 * touches `case_imports.heartbeat_at` with the database's clock after each batch and every 30 s while
 * it waits for the upload; every instance, at start-up and then every minute, fails the RUNNING jobs
 * whose heartbeat is older than two minutes. The database's clock (not the API's injected business
 * clock) is the one source of this technical time, so instances with skewed clocks agree on it.
 * Jobs finished before keep their last known moment as heartbeat.
 */
export class CaseImportHeartbeat1765800000000 implements MigrationInterface {
  name = 'CaseImportHeartbeat1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_imports ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT clock_timestamp();
      UPDATE case_imports SET heartbeat_at = coalesce(finished_at, started_at);
      CREATE INDEX case_imports_running_idx ON case_imports (heartbeat_at) WHERE status = 'RUNNING';
      COMMENT ON COLUMN case_imports.heartbeat_at IS 'Last sign of life of a running import (database clock); a RUNNING job whose heartbeat is older than two minutes is failed as interrupted.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX case_imports_running_idx;
      ALTER TABLE case_imports DROP COLUMN heartbeat_at;
    `);
  }
}
