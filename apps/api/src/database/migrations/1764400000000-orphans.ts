import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Orphans1764400000000 implements MigrationInterface {
  name = 'Orphans1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // Orphans are open pool cases with nothing scheduled, read by priority; the idle check then probes
    // activities_case_idx per candidate. Smaller than cases_pool_idx, which also holds the scheduled ones.
    await q.query(`
      CREATE INDEX cases_orphan_idx ON cases (priority DESC, id)
        WHERE status = 'OPEN' AND assignee_id IS NULL AND next_action_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX cases_orphan_idx;');
  }
}
