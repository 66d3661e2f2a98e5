import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models credit a case to `cases.kpi_collector_id` instead of its last assignee directly.
 * A claim or a move only changes the assignee; `kpi_collectors_catch_up()` then moves the figures of
 * the cases whose collector changed, a batch at a time in grouped statements (the API calls it every
 * second). Moving a case's history row by row inside each claim made it the dearest part of a claim.
 * Totals never lag; the split by collector lags by the catch-up interval. Every figure, the rebuild
 * included, keys by the same column, so incremental and rebuilt read models agree at any moment.
 * The key moves by re-creating each read-model function from its stored definition with
 * `last_assignee_id` written as `kpi_collector_id` (their only difference); `down` writes it back.
 */
export class KpiCollector1765100000000 implements MigrationInterface {
  name = 'KpiCollector1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN kpi_collector_id uuid;
      UPDATE cases SET kpi_collector_id = last_assignee_id WHERE last_assignee_id IS NOT NULL;
      CREATE INDEX cases_kpi_collector_behind_idx ON cases (id) WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id;
      
  CREATE OR REPLACE FUNCTION cases_remember_assignee() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.assignee_id IS NOT NULL THEN NEW.last_assignee_id := NEW.assignee_id; END IF;
    IF TG_OP = 'INSERT' THEN NEW.kpi_collector_id := coalesce(NEW.kpi_collector_id, NEW.last_assignee_id); END IF;
    RETURN NEW;
  END $$;
      
  DO $$
  DECLARE f regprocedure;
  BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.proname = ANY(ARRAY['kpi_cases_delta','kpi_claims_delta','kpi_payments_delta','kpi_promises_delta','kpi_activities_delta','kpi_dunning_steps_changed','kpi_rebuild'])
    LOOP
      EXECUTE replace(pg_get_functiondef(f), 'last_assignee_id', 'kpi_collector_id');
    END LOOP;
  END $$;
      DROP TRIGGER kpi_cases_updated ON cases;
      CREATE TRIGGER kpi_cases_updated AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, closed_on ON cases
        FOR EACH ROW WHEN (OLD.status <> NEW.status OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
                           OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
                           OR OLD.closed_on IS DISTINCT FROM NEW.closed_on)
        EXECUTE FUNCTION kpi_cases_changed();

      -- Moves up to \`batch\` cases to their last assignee in the read models; returns how many it moved.
      CREATE OR REPLACE FUNCTION kpi_collectors_catch_up(batch int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        before cases[];
      BEGIN
        SELECT coalesce(array_agg(c ORDER BY c.id), '{}') INTO before FROM (
          SELECT * FROM cases WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED
        ) c;
        IF cardinality(before) = 0 THEN RETURN 0; END IF;
        PERFORM kpi_cases_delta(
          before,
          ARRAY(SELECT jsonb_populate_record(b, jsonb_build_object('kpi_collector_id', b.last_assignee_id)) FROM unnest(before) b),
          true);
        UPDATE cases SET kpi_collector_id = last_assignee_id WHERE id IN (SELECT (b).id FROM unnest(before) b);
        RETURN cardinality(before);
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SELECT kpi_collectors_catch_up(2147483647);
      DROP FUNCTION kpi_collectors_catch_up(int);
      DROP TRIGGER kpi_cases_updated ON cases;
      CREATE TRIGGER kpi_cases_updated AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id, closed_on ON cases
        FOR EACH ROW WHEN (OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id OR OLD.status <> NEW.status
                           OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
                           OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
                           OR OLD.closed_on IS DISTINCT FROM NEW.closed_on)
        EXECUTE FUNCTION kpi_cases_changed();
      
  DO $$
  DECLARE f regprocedure;
  BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.proname = ANY(ARRAY['kpi_cases_delta','kpi_claims_delta','kpi_payments_delta','kpi_promises_delta','kpi_activities_delta','kpi_dunning_steps_changed','kpi_rebuild'])
    LOOP
      EXECUTE replace(pg_get_functiondef(f), 'kpi_collector_id', 'last_assignee_id');
    END LOOP;
  END $$;
      
  CREATE OR REPLACE FUNCTION cases_remember_assignee() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.assignee_id IS NOT NULL THEN NEW.last_assignee_id := NEW.assignee_id; END IF;
    
    RETURN NEW;
  END $$;
      DROP INDEX cases_kpi_collector_behind_idx;
      ALTER TABLE cases DROP COLUMN kpi_collector_id;
    `);
  }
}
