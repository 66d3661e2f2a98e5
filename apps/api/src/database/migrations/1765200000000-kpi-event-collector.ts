import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each event is credited to the collector who held its case when it happened: payments, promises,
 * activities and dunning steps carry kpi_collector_id, set on insert, and their figures in the read
 * models (kpi_daily by day, kpi_stage_moves of dunning steps) key by it. The case's own figures
 * (kpi_cohort, kpi_open, kpi_duration, its paid day, placement and closure) stay keyed by
 * cases.kpi_collector_id, its current collector. A hand-over thus leaves a collector's past as it
 * was, and the catch-up moves a few case-level rows per case instead of its whole history.
 * The events recorded before are credited to their case's collector of now (no figure moves).
 * `down` puts back the definitions the kpi-collector migration left and rebuilds the read models.
 */
export class KpiEventCollector1765200000000 implements MigrationInterface {
  name = 'KpiEventCollector1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payments ADD COLUMN kpi_collector_id uuid;
      ALTER TABLE promises ADD COLUMN kpi_collector_id uuid;
      ALTER TABLE activities ADD COLUMN kpi_collector_id uuid;
      ALTER TABLE dunning_steps ADD COLUMN kpi_collector_id uuid;

      -- The backfill changes no figure: its UPDATE triggers stand aside (re-created below).
      DROP TRIGGER kpi_payments_updated ON payments;
      DROP TRIGGER kpi_promises_updated ON promises;
      UPDATE payments e SET kpi_collector_id = c.kpi_collector_id FROM cases c
        WHERE c.id = e.case_id AND c.kpi_collector_id IS NOT NULL;
      UPDATE promises e SET kpi_collector_id = c.kpi_collector_id FROM cases c
        WHERE c.id = e.case_id AND c.kpi_collector_id IS NOT NULL;
      UPDATE activities e SET kpi_collector_id = c.kpi_collector_id FROM cases c
        WHERE c.id = e.case_id AND c.kpi_collector_id IS NOT NULL;
      UPDATE dunning_steps e SET kpi_collector_id = c.kpi_collector_id FROM cases c
        WHERE c.id = e.case_id AND c.kpi_collector_id IS NOT NULL;
      
  CREATE TRIGGER kpi_payments_updated AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();
      
  CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (current_setting('mahnwerk.promises_in_read_models', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION kpi_promises_changed();

      
  CREATE FUNCTION kpi_event_collector() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.kpi_collector_id := coalesce(NEW.kpi_collector_id, (SELECT last_assignee_id FROM cases WHERE id = NEW.case_id));
    RETURN NEW;
  END $$;
      CREATE TRIGGER payments_kpi_collector BEFORE INSERT ON payments FOR EACH ROW
        WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_event_collector();
      CREATE TRIGGER promises_kpi_collector BEFORE INSERT ON promises FOR EACH ROW
        WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_event_collector();
      CREATE TRIGGER activities_kpi_collector BEFORE INSERT ON activities FOR EACH ROW
        WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_event_collector();
      CREATE TRIGGER dunning_steps_kpi_collector BEFORE INSERT ON dunning_steps FOR EACH ROW
        WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_event_collector();

      
  -- What the case-level rows read of a case's claims, payments and dunning steps.
  CREATE TYPE kpi_case_inputs AS (case_id uuid, placed bigint, collected bigint, collected_principal bigint, first_stage text);

  CREATE FUNCTION kpi_case_rows_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    inputs kpi_case_inputs[];
  BEGIN
    -- Read once per case: a changed case comes as an old and a new row, and several read models use the same sums.
    SELECT coalesce(array_agg(ROW(i.id, coalesce(cl.placed, 0), coalesce(p.collected, 0), coalesce(p.principal, 0), st.first_stage)::kpi_case_inputs), '{}')
      INTO inputs
      FROM (SELECT DISTINCT r.id FROM unnest(old_rows || new_rows) r) i
      LEFT JOIN LATERAL (SELECT sum(principal_cents) AS placed FROM claims WHERE with_children AND case_id = i.id) cl ON true
      LEFT JOIN LATERAL (
        SELECT sum(amount_cents) AS collected, sum(principal_cents) AS principal FROM payments WHERE with_children AND case_id = i.id
      ) p ON true
      LEFT JOIN LATERAL (
        SELECT ds.from_stage AS first_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = i.id ORDER BY ds.id LIMIT 1
      ) st ON true;
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed, c.s * x.collected,
                 c.s * (c.status = 'PAID')::int, c.s * x.placed * (c.status = 'PAID')::int)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c JOIN unnest(inputs) x ON x.case_id = c.id), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.kpi_collector_id, c.s * x.recovered_cents, c.s * x.paid_cases, c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts, c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents, c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents, c.s * x.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c CROSS JOIN LATERAL (
  SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents) x
       WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_duration(ARRAY(
      SELECT ROW((c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.kpi_collector_id,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, c.s)::kpi_duration
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed, c.s * (x.placed - x.collected_principal))::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c JOIN unnest(inputs) x ON x.case_id = c.id
       WHERE c.status IN ('OPEN', 'ON_HOLD')), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(m.day, c.creditor_id, c.currency, c.kpi_collector_id, m.from_stage, m.to_stage, c.s)::kpi_stage_moves
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c JOIN unnest(inputs) x ON x.case_id = c.id
        CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage, coalesce(x.first_stage, c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL) m), with_children);
  END $$;
      
  CREATE FUNCTION kpi_case_children_delta(old_rows cases[], new_rows cases[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, x.collector_id, c.s * x.recovered_cents, c.s * x.paid_cases, c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts, c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents, c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents, c.s * x.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT p.kpi_collector_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents, p.interest_cents, p.fees_cents, 0, 0, 0, 0 FROM payments p WHERE p.case_id = c.id
          UNION ALL
          SELECT pr.kpi_collector_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
   (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END, pr.amount_cents FROM promises pr WHERE pr.case_id = c.id
          UNION ALL
          SELECT a.kpi_collector_id, (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0 FROM activities a WHERE a.case_id = c.id AND a.outcome IS NOT NULL
        ) x(collector_id, day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), true);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(ds.stepped_on, c.creditor_id, c.currency, ds.kpi_collector_id, ds.from_stage, ds.to_stage, c.s)::kpi_stage_moves
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c JOIN dunning_steps ds ON ds.case_id = c.id), true);
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_case_rows_delta(old_rows, new_rows, with_children);
    IF with_children THEN
      PERFORM kpi_case_children_delta(old_rows, new_rows);
    END IF;
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.received_at, x.amount_cents, 0, 0, 0, 0, 0, 0, 0, x.principal_cents, x.interest_cents, x.fees_cents, 0, 0, 0, 0) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, -x.s * x.principal_cents)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')), prune);
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_promises_delta(old_rows promises[], new_rows promises[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.due_date, 0, 0, 0, (x.status = 'KEPT')::int, (x.status = 'BROKEN')::int,
   (x.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN x.status = 'OPEN' AND c.status <> 'PAID' THEN x.amount_cents - x.paid_cents ELSE 0 END, x.amount_cents) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_activities_delta(old_rows activities[], new_rows activities[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT (x.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (x.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(x.handling_seconds, 0), (x.handling_seconds IS NOT NULL)::int, 0, 0) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
       WHERE x.outcome IS NOT NULL), prune);
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_dunning_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(n.stepped_on, c.creditor_id, c.currency, n.kpi_collector_id, n.from_stage, n.to_stage, 1)::kpi_stage_moves
        FROM new_rows n JOIN cases c ON c.id = n.case_id), false);
    RETURN NULL;
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
    INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid, paid_placed_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
    SELECT x.day, c.creditor_id, c.currency, x.collector_id, sum(x.recovered_cents), sum(x.paid_cases), sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts), sum(x.right_party_contacts), sum(x.principal_cents), sum(x.interest_cents), sum(x.fees_cents), sum(x.handling_seconds_sum), sum(x.handled_contacts), sum(x.promised_open_cents), sum(x.promised_cents)
      FROM (
        SELECT c.id AS case_id, c.kpi_collector_id AS collector_id, x.* FROM cases c CROSS JOIN LATERAL (
  SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents) x WHERE c.status = 'PAID'
        UNION ALL
        SELECT p.case_id, p.kpi_collector_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents, p.interest_cents, p.fees_cents, 0, 0, 0, 0 FROM payments p
        UNION ALL
        SELECT pr.case_id, pr.kpi_collector_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
   (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END, pr.amount_cents FROM promises pr JOIN cases c ON c.id = pr.case_id
        UNION ALL
        SELECT a.case_id, a.kpi_collector_id, (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0 FROM activities a WHERE a.outcome IS NOT NULL
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4
    HAVING sum(x.recovered_cents) <> 0 OR sum(x.paid_cases) <> 0 OR sum(x.paid_days_sum) <> 0 OR sum(x.promises_kept) <> 0 OR sum(x.promises_broken) <> 0 OR sum(x.promises_open) <> 0 OR sum(x.contacts) <> 0 OR sum(x.right_party_contacts) <> 0 OR sum(x.principal_cents) <> 0 OR sum(x.interest_cents) <> 0 OR sum(x.fees_cents) <> 0 OR sum(x.handling_seconds_sum) <> 0 OR sum(x.handled_contacts) <> 0 OR sum(x.promised_open_cents) <> 0 OR sum(x.promised_cents) <> 0;
    INSERT INTO kpi_duration (day, creditor_id, collector_id, days, cases)
    SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.kpi_collector_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents, outstanding_principal_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(cl.cents), 0) - coalesce(sum(pp.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) pp ON pp.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_stage_moves (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
    SELECT x.day, c.creditor_id, c.currency, x.collector_id, x.from_stage, x.to_stage, count(*)
      FROM (
        SELECT c.id AS case_id, c.kpi_collector_id AS collector_id, m.* FROM cases c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage, coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL) m
        UNION ALL
        SELECT ds.case_id, ds.kpi_collector_id, ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
      -- Moves up to \`batch\` cases to their last assignee in the read models; returns how many it moved.
      CREATE OR REPLACE FUNCTION kpi_collectors_catch_up(batch int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        before cases[];
      BEGIN
        SELECT coalesce(array_agg(c ORDER BY c.id), '{}') INTO before FROM (
          SELECT * FROM cases WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED
        ) c;
        IF cardinality(before) = 0 THEN RETURN 0; END IF;
        PERFORM kpi_case_rows_delta(
          before,
          ARRAY(SELECT jsonb_populate_record(b, jsonb_build_object('kpi_collector_id', b.last_assignee_id)) FROM unnest(before) b),
          true);
        UPDATE cases SET kpi_collector_id = last_assignee_id WHERE id IN (SELECT (b).id FROM unnest(before) b);
        RETURN cardinality(before);
      END $$;

      -- An UPDATE of an event's collector moves its figures too.
      
  CREATE OR REPLACE FUNCTION kpi_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    olds payments[];
    news payments[];
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_payments_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_payments_delta('{}'::payments[], ARRAY(SELECT n::payments FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_payments_delta(ARRAY(SELECT o::payments FROM old_rows o), '{}'::payments[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed, if any.
      SELECT coalesce(array_agg(o::payments), '{}'), coalesce(array_agg(n::payments), '{}') INTO olds, news
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.amount_cents, o.received_at, o.case_id, o.principal_cents, o.interest_cents, o.fees_cents, o.kpi_collector_id) IS DISTINCT FROM (n.amount_cents, n.received_at, n.case_id, n.principal_cents, n.interest_cents, n.fees_cents, n.kpi_collector_id);
      IF cardinality(olds) > 0 THEN
        PERFORM kpi_payments_delta(olds, news, true);
      END IF;
    END IF;
    RETURN NULL;
  END $$;
      CREATE OR REPLACE FUNCTION kpi_promises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_promises_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_promises_delta('{}'::promises[], ARRAY(SELECT n::promises FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_promises_delta(ARRAY(SELECT o::promises FROM old_rows o), '{}'::promises[], true);
    ELSE
      PERFORM kpi_promises_delta(
        ARRAY(SELECT o::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents, o.kpi_collector_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents, n.kpi_collector_id)),
        ARRAY(SELECT n::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents, o.kpi_collector_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents, n.kpi_collector_id)),
        true);
    END IF;
    RETURN NULL;
  END $$;
      DROP TRIGGER kpi_activities_updated ON activities;
      
  CREATE TRIGGER kpi_activities_updated AFTER UPDATE OF outcome, occurred_at, case_id, handling_seconds, kpi_collector_id ON activities
    FOR EACH ROW WHEN ((OLD.outcome, OLD.occurred_at, OLD.case_id, OLD.handling_seconds, OLD.kpi_collector_id) IS DISTINCT FROM (NEW.outcome, NEW.occurred_at, NEW.case_id, NEW.handling_seconds, NEW.kpi_collector_id))
    EXECUTE FUNCTION kpi_activities_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_activities_updated ON activities;
      
  CREATE TRIGGER kpi_activities_updated AFTER UPDATE OF outcome, occurred_at, case_id, handling_seconds ON activities
    FOR EACH ROW WHEN ((OLD.outcome, OLD.occurred_at, OLD.case_id, OLD.handling_seconds) IS DISTINCT FROM (NEW.outcome, NEW.occurred_at, NEW.case_id, NEW.handling_seconds))
    EXECUTE FUNCTION kpi_activities_changed();
      
  CREATE OR REPLACE FUNCTION kpi_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    olds payments[];
    news payments[];
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_payments_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_payments_delta('{}'::payments[], ARRAY(SELECT n::payments FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_payments_delta(ARRAY(SELECT o::payments FROM old_rows o), '{}'::payments[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed, if any.
      SELECT coalesce(array_agg(o::payments), '{}'), coalesce(array_agg(n::payments), '{}') INTO olds, news
        FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o.amount_cents, o.received_at, o.case_id, o.principal_cents, o.interest_cents, o.fees_cents) IS DISTINCT FROM (n.amount_cents, n.received_at, n.case_id, n.principal_cents, n.interest_cents, n.fees_cents);
      IF cardinality(olds) > 0 THEN
        PERFORM kpi_payments_delta(olds, news, true);
      END IF;
    END IF;
    RETURN NULL;
  END $$;
      CREATE OR REPLACE FUNCTION kpi_promises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_promises_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_promises_delta('{}'::promises[], ARRAY(SELECT n::promises FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_promises_delta(ARRAY(SELECT o::promises FROM old_rows o), '{}'::promises[], true);
    ELSE
      PERFORM kpi_promises_delta(
        ARRAY(SELECT o::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents) IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents)),
        ARRAY(SELECT n::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents) IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents)),
        true);
    END IF;
    RETURN NULL;
  END $$;

      DROP FUNCTION kpi_collectors_catch_up(int);
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
      CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(amount_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END,
                 c.s * (c.status = 'PAID')::int,
                 CASE WHEN with_children AND c.status = 'PAID' THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END
                 )::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.kpi_collector_id, c.s * x.recovered_cents, c.s * x.paid_cases, c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts, c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents, c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents, c.s * x.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          
  SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents WHERE c.status = 'PAID'
          UNION ALL
          SELECT p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents, p.interest_cents, p.fees_cents, 0, 0, 0, 0 FROM payments p WHERE with_children AND p.case_id = c.id
          UNION ALL
          SELECT pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
   (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END, pr.amount_cents FROM promises pr WHERE with_children AND pr.case_id = c.id
          UNION ALL
          SELECT (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0 FROM activities a WHERE with_children AND a.case_id = c.id AND a.outcome IS NOT NULL
        ) x), with_children);
    PERFORM kpi_add_duration(ARRAY(
      SELECT ROW((c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.kpi_collector_id,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, c.s)::kpi_duration
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed, c.s * (x.placed - x.collected))::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END AS placed,
                 CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END AS collected
        ) x
       WHERE c.status IN ('OPEN', 'ON_HOLD')), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.kpi_collector_id, x.from_stage, x.to_stage, c.s)::kpi_stage_moves
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id) x), with_children);
  END $$;
      CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.received_at, c.creditor_id, c.currency, c.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.received_at, x.amount_cents, 0, 0, 0, 0, 0, 0, 0, x.principal_cents, x.interest_cents, x.fees_cents, 0, 0, 0, 0) y(received_at, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, -x.s * x.principal_cents)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')), prune);
  END $$;
      CREATE OR REPLACE FUNCTION kpi_promises_delta(old_rows promises[], new_rows promises[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, c.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.due_date, 0, 0, 0, (x.status = 'KEPT')::int, (x.status = 'BROKEN')::int,
   (x.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN x.status = 'OPEN' AND c.status <> 'PAID' THEN x.amount_cents - x.paid_cents ELSE 0 END, x.amount_cents) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
  END $$;
      CREATE OR REPLACE FUNCTION kpi_activities_delta(old_rows activities[], new_rows activities[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, c.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT (x.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (x.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(x.handling_seconds, 0), (x.handling_seconds IS NOT NULL)::int, 0, 0) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
       WHERE x.outcome IS NOT NULL), prune);
  END $$;
      DROP FUNCTION kpi_dunning_steps_changed();
      CREATE FUNCTION kpi_dunning_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(n.stepped_on, c.creditor_id, c.currency, c.kpi_collector_id, n.from_stage, n.to_stage, 1)::kpi_stage_moves
        FROM new_rows n JOIN cases c ON c.id = n.case_id), false);
    RETURN NULL;
  END $$;
      CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
    INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid, paid_placed_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
    SELECT x.day, c.creditor_id, c.currency, c.kpi_collector_id, sum(x.recovered_cents), sum(x.paid_cases), sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts), sum(x.right_party_contacts), sum(x.principal_cents), sum(x.interest_cents), sum(x.fees_cents), sum(x.handling_seconds_sum), sum(x.handled_contacts), sum(x.promised_open_cents), sum(x.promised_cents)
      FROM (
        SELECT c.id AS case_id, x.* FROM cases c CROSS JOIN LATERAL (
  SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents) x WHERE c.status = 'PAID'
        UNION ALL
        SELECT p.case_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents, p.interest_cents, p.fees_cents, 0, 0, 0, 0 FROM payments p
        UNION ALL
        SELECT pr.case_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
   (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END, pr.amount_cents FROM promises pr JOIN cases c ON c.id = pr.case_id
        UNION ALL
        SELECT a.case_id, (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int, 0, 0, 0,
   coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0 FROM activities a WHERE a.outcome IS NOT NULL
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4
    HAVING sum(x.recovered_cents) <> 0 OR sum(x.paid_cases) <> 0 OR sum(x.paid_days_sum) <> 0 OR sum(x.promises_kept) <> 0 OR sum(x.promises_broken) <> 0 OR sum(x.promises_open) <> 0 OR sum(x.contacts) <> 0 OR sum(x.right_party_contacts) <> 0 OR sum(x.principal_cents) <> 0 OR sum(x.interest_cents) <> 0 OR sum(x.fees_cents) <> 0 OR sum(x.handling_seconds_sum) <> 0 OR sum(x.handled_contacts) <> 0 OR sum(x.promised_open_cents) <> 0 OR sum(x.promised_cents) <> 0;
    INSERT INTO kpi_duration (day, creditor_id, collector_id, days, cases)
    SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.kpi_collector_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents, outstanding_principal_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(cl.cents), 0) - coalesce(sum(pp.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) pp ON pp.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_stage_moves (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
    SELECT x.day, c.creditor_id, c.currency, c.kpi_collector_id, x.from_stage, x.to_stage, count(*)
      FROM cases c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id) x
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
      DROP FUNCTION kpi_case_children_delta(cases[], cases[]);
      DROP FUNCTION kpi_case_rows_delta(cases[], cases[], boolean);
      DROP TYPE kpi_case_inputs;

      DROP TRIGGER payments_kpi_collector ON payments;
      DROP TRIGGER promises_kpi_collector ON promises;
      DROP TRIGGER activities_kpi_collector ON activities;
      DROP TRIGGER dunning_steps_kpi_collector ON dunning_steps;
      DROP FUNCTION kpi_event_collector();
      ALTER TABLE payments DROP COLUMN kpi_collector_id;
      ALTER TABLE promises DROP COLUMN kpi_collector_id;
      ALTER TABLE activities DROP COLUMN kpi_collector_id;
      ALTER TABLE dunning_steps DROP COLUMN kpi_collector_id;

      -- Every event back under its case's collector.
      SELECT kpi_rebuild();
    `);
  }
}
