import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Balances in the read models, and closing days from the application's clock:
 * - kpi_open keeps the outstanding principal of the open cases (outstanding_principal_cents): the
 *   principal placed on them minus the principal parts of their payments (payments.principal_cents,
 *   as allocated). Payments change it on INSERT, UPDATE (a backdated payment re-splits the later
 *   ones) and DELETE, in statement-level triggers with one grouped upsert per statement; a case
 *   that opens, closes or changes its key carries it with its kpi_open row (kpi_cases_delta).
 * - The payments UPDATE trigger becomes statement-level (it was per row), for every read model.
 * - cases.closed_on: the date a service sets wins; the trigger only fills it when left empty.
 * `down` puts back the definitions the kpi-more migration left.
 */
export class KpiBalances1764900000000 implements MigrationInterface {
  name = 'KpiBalances1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpi_open ADD COLUMN outstanding_principal_cents bigint NOT NULL DEFAULT 0;

      
  
    CREATE OR REPLACE FUNCTION kpi_add_open(d kpi_open[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO kpi_open AS k (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents, outstanding_principal_cents)
      SELECT placed_on, creditor_id, currency, collector_id, sum(open_cases), sum(open_placed_cents), sum(outstanding_principal_cents)
        FROM unnest(d) GROUP BY placed_on, creditor_id, currency, collector_id
      HAVING sum(open_cases) <> 0 OR sum(open_placed_cents) <> 0 OR sum(outstanding_principal_cents) <> 0
       ORDER BY placed_on, creditor_id, currency, collector_id
      ON CONFLICT (placed_on, creditor_id, currency, collector_id) DO UPDATE SET open_cases = k.open_cases + excluded.open_cases, open_placed_cents = k.open_placed_cents + excluded.open_placed_cents, outstanding_principal_cents = k.outstanding_principal_cents + excluded.outstanding_principal_cents;
      IF prune THEN
        DELETE FROM kpi_open k USING (SELECT DISTINCT placed_on, creditor_id, currency, collector_id FROM unnest(d)) t
         WHERE k.placed_on = t.placed_on AND k.creditor_id = t.creditor_id AND k.currency = t.currency AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.open_cases = 0 AND k.open_placed_cents = 0 AND k.outstanding_principal_cents = 0;
      END IF;
    END $$;

  CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(amount_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END,
                 c.s * (c.status = 'PAID')::int,
                 CASE WHEN with_children AND c.status = 'PAID' THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END
                 )::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, c.s * x.recovered_cents, c.s * x.paid_cases, c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts, c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents, c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents, c.s * x.promised_cents)::kpi_daily
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
      SELECT ROW((c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, c.s)::kpi_duration
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s, c.s * x.placed, c.s * (x.placed - x.collected))::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END AS placed,
                 CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END AS collected
        ) x
       WHERE c.status IN ('OPEN', 'ON_HOLD')), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, c.s)::kpi_stage_moves
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id) x), with_children);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, 0, 0,
                 x.s * x.principal_cents * (c.status = 'PAID')::int)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, x.s * x.principal_cents)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')), prune);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.received_at, c.creditor_id, c.currency, c.last_assignee_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.received_at, x.amount_cents, 0, 0, 0, 0, 0, 0, 0, x.principal_cents, x.interest_cents, x.fees_cents, 0, 0, 0, 0) y(received_at, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, -x.s * x.principal_cents)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')), prune);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
    INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid, paid_placed_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, sum(x.recovered_cents), sum(x.paid_cases), sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts), sum(x.right_party_contacts), sum(x.principal_cents), sum(x.interest_cents), sum(x.fees_cents), sum(x.handling_seconds_sum), sum(x.handled_contacts), sum(x.promised_open_cents), sum(x.promised_cents)
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
    SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents, outstanding_principal_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(cl.cents), 0) - coalesce(sum(pp.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) pp ON pp.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_stage_moves (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, count(*)
      FROM cases c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id) x
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
      
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
      
  CREATE OR REPLACE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status NOT IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN
      NEW.closed_on := NULL;
    ELSIF NEW.closed_on IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL AND NEW.closed_on = OLD.closed_on
           AND (OLD.status <> 'PAID' OR OLD.paid_at IS DISTINCT FROM NEW.paid_at)) THEN
      NEW.closed_on := coalesce(CASE WHEN NEW.status = 'PAID' THEN (NEW.paid_at AT TIME ZONE 'Europe/Berlin')::date END,
                                (now() AT TIME ZONE 'Europe/Berlin')::date);
    END IF;
    RETURN NEW;
  END $$;

      DROP TRIGGER kpi_payments_updated ON payments;
      CREATE TRIGGER kpi_payments_updated AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();

      DROP TRIGGER cases_closed_on ON cases;
      CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at, closed_on ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();
      DROP TRIGGER kpi_cases_updated ON cases;
      
  CREATE TRIGGER kpi_cases_updated
    AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id, closed_on ON cases
    FOR EACH ROW WHEN (
      OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id
      OR OLD.status <> NEW.status
      OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
      OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
      OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
    ) EXECUTE FUNCTION kpi_cases_changed();

      -- The open cases' figures of a database that already has data.
      TRUNCATE kpi_open;
          INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents, outstanding_principal_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(cl.cents), 0) - coalesce(sum(pp.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) pp ON pp.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')
     GROUP BY 1, 2, 3, 4;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_cases_updated ON cases;
      
  CREATE TRIGGER kpi_cases_updated
    AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id ON cases
    FOR EACH ROW WHEN (
      OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id
      OR OLD.status <> NEW.status
      OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
      OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
    ) EXECUTE FUNCTION kpi_cases_changed();
      DROP TRIGGER cases_closed_on ON cases;
      CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();

      DROP TRIGGER kpi_payments_updated ON payments;
      CREATE TRIGGER kpi_payments_updated
        AFTER UPDATE OF amount_cents, received_at, case_id, principal_cents, interest_cents, fees_cents ON payments
        FOR EACH ROW WHEN ((OLD.amount_cents, OLD.received_at, OLD.case_id, OLD.principal_cents, OLD.interest_cents, OLD.fees_cents)
          IS DISTINCT FROM (NEW.amount_cents, NEW.received_at, NEW.case_id, NEW.principal_cents, NEW.interest_cents, NEW.fees_cents))
        EXECUTE FUNCTION kpi_payments_changed();

      ALTER TABLE kpi_open DROP COLUMN outstanding_principal_cents;
      
  
    CREATE OR REPLACE FUNCTION kpi_add_open(d kpi_open[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO kpi_open AS k (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents)
      SELECT placed_on, creditor_id, currency, collector_id, sum(open_cases), sum(open_placed_cents)
        FROM unnest(d) GROUP BY placed_on, creditor_id, currency, collector_id
      HAVING sum(open_cases) <> 0 OR sum(open_placed_cents) <> 0
       ORDER BY placed_on, creditor_id, currency, collector_id
      ON CONFLICT (placed_on, creditor_id, currency, collector_id) DO UPDATE SET open_cases = k.open_cases + excluded.open_cases, open_placed_cents = k.open_placed_cents + excluded.open_placed_cents;
      IF prune THEN
        DELETE FROM kpi_open k USING (SELECT DISTINCT placed_on, creditor_id, currency, collector_id FROM unnest(d)) t
         WHERE k.placed_on = t.placed_on AND k.creditor_id = t.creditor_id AND k.currency = t.currency AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.open_cases = 0 AND k.open_placed_cents = 0;
      END IF;
    END $$;

  CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(amount_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END,
                 c.s * (c.status = 'PAID')::int,
                 CASE WHEN with_children AND c.status = 'PAID' THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END
                 )::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, c.s * x.recovered_cents, c.s * x.paid_cases, c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts, c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents, c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents, c.s * x.promised_cents)::kpi_daily
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
      SELECT ROW((c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, c.s)::kpi_duration
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status IN ('OPEN', 'ON_HOLD')), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, c.s)::kpi_stage_moves
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE with_children AND ds.case_id = c.id) x), with_children);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, 0, 0,
                 x.s * x.principal_cents * (c.status = 'PAID')::int)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents)::kpi_open
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')), prune);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.received_at, c.creditor_id, c.currency, c.last_assignee_id, x.s * y.recovered_cents, x.s * y.paid_cases, x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts, x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents, x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents, x.s * y.promised_cents)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT x.received_at, x.amount_cents, 0, 0, 0, 0, 0, 0, 0, x.principal_cents, x.interest_cents, x.fees_cents, 0, 0, 0, 0) y(received_at, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
    INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid, paid_placed_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, sum(x.recovered_cents), sum(x.paid_cases), sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts), sum(x.right_party_contacts), sum(x.principal_cents), sum(x.interest_cents), sum(x.fees_cents), sum(x.handling_seconds_sum), sum(x.handled_contacts), sum(x.promised_open_cents), sum(x.promised_cents)
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
    SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_stage_moves (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, count(*)
      FROM cases c CROSS JOIN LATERAL (
  SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id ORDER BY ds.id LIMIT 1), c.stage) AS to_stage
  UNION ALL
  SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE true AND ds.case_id = c.id) x
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
      
  CREATE OR REPLACE FUNCTION kpi_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_payments_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_payments_delta('{}'::payments[], ARRAY(SELECT n::payments FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_payments_delta(ARRAY(SELECT o::payments FROM old_rows o), '{}'::payments[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed.
      PERFORM kpi_payments_delta(
        ARRAY(SELECT o::payments FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        ARRAY(SELECT n::payments FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        true);
    END IF;
    RETURN NULL;
  END $$;
      
  CREATE OR REPLACE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status NOT IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN
      NEW.closed_on := NULL;
    ELSIF NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL THEN
      NEW.closed_on := (NEW.paid_at AT TIME ZONE 'Europe/Berlin')::date;
    ELSIF TG_OP = 'INSERT' OR OLD.status NOT IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') OR NEW.closed_on IS NULL THEN
      NEW.closed_on := (now() AT TIME ZONE 'Europe/Berlin')::date;
    END IF;
    RETURN NEW;
  END $$;
    `);
  }
}
