import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed case's closure move (kpi_stage_moves, to 'CLOSED' on its closing day) leaves the stage
 * the case is in, and so does its placement while it has no dunning step. A case with legal still
 * changes its stage: the court order puts it in COURT, the dunning run takes it on to ENFORCEMENT
 * once the enforcement order is served (a per-case step). The case trigger now follows a stage
 * change of a closed case too. An open case's stage changes (the dunning run's set-based steps, which
 * step open cases only and keep their stage moves themselves) do not fire it. The read models of a
 * database whose closed cases changed their stage before are rebuilt.
 */
export class KpiClosedStage1765300000000 implements MigrationInterface {
  name = 'KpiClosedStage1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_cases_updated ON cases;
      
      CREATE TRIGGER kpi_cases_updated AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, closed_on, stage ON cases
        FOR EACH ROW WHEN (OLD.status <> NEW.status OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
                           OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
                           OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
                           OR (OLD.stage IS DISTINCT FROM NEW.stage AND NEW.closed_on IS NOT NULL))
        EXECUTE FUNCTION kpi_cases_changed();
      SELECT kpi_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_cases_updated ON cases;
      
      CREATE TRIGGER kpi_cases_updated AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, closed_on ON cases
        FOR EACH ROW WHEN (OLD.status <> NEW.status OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
                           OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
                           OR OLD.closed_on IS DISTINCT FROM NEW.closed_on)
        EXECUTE FUNCTION kpi_cases_changed();
    `);
  }
}
