import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dunning run keeps its own changes in the KPI read models, grouped, in the statements that make
 * them (dunning-transitions.sql.ts, DunningService): triggers over the run's few hundred thousand
 * rows cost it a quarter of its time. Its stage moves: no trigger on dunning_steps (the rebuild still
 * reads them). The promises it breaks: the promises trigger stands aside when the transaction says
 * so (mahnwerk.promises_in_read_models).
 */
export class DunningStageMoves1764800000000 implements MigrationInterface {
  name = 'DunningStageMoves1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_dunning_steps_inserted ON dunning_steps;
      DROP TRIGGER kpi_promises_updated ON promises;
      CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT WHEN (current_setting('mahnwerk.promises_in_read_models', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_promises_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_promises_updated ON promises;
      CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();
      CREATE TRIGGER kpi_dunning_steps_inserted AFTER INSERT ON dunning_steps REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_dunning_steps_changed();
    `);
  }
}
