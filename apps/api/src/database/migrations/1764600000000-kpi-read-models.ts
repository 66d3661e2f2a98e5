import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first KPI read models (kpi_cohort, kpi_daily, kpi_duration), kept in the transaction of each
 * change by triggers. Every figure is a sum over rows of the raw tables, keyed by the case's creditor,
 * currency and last assignee (the collector a case is credited to); a trigger adds what a statement
 * added and subtracts what it removed. `kpi_add_<table>(deltas, prune)` adds signed deltas to a read
 * model in one grouped upsert in key order (so concurrent writers lock rows in the same order); with
 * `prune`, rows left at zero go. TRUNCATE (the demo seed's --reset) fires no row triggers: the read
 * models are recomputed instead. A database that already has data gets its read models at once.
 *
 * Frozen: the SQL below is what this migration ran; the current definitions are in database/functions/.
 */
export class KpiReadModels1764600000000 implements MigrationInterface {
  name = 'KpiReadModels1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The cases placed on a day (the cohort), with what was ever collected on them.
      -- collector_id is the case's last assignee; NULL for a case never assigned.
      CREATE TABLE kpi_cohort (
        placed_on date NOT NULL,
        creditor_id uuid NOT NULL,
        currency char(3) NOT NULL,
        collector_id uuid,
        cases_placed integer NOT NULL,
        placed_cents bigint NOT NULL,
        collected_cents bigint NOT NULL,
        cases_paid integer NOT NULL,
        CONSTRAINT kpi_cohort_key UNIQUE NULLS NOT DISTINCT (placed_on, creditor_id, currency, collector_id)
      );

      -- What happened on a day: payments received, cases paid in full (and their days since
      -- placement), promises falling due, contacts made.
      CREATE TABLE kpi_daily (
        day date NOT NULL,
        creditor_id uuid NOT NULL,
        currency char(3) NOT NULL,
        collector_id uuid,
        recovered_cents bigint NOT NULL,
        paid_cases integer NOT NULL,
        paid_days_sum bigint NOT NULL,
        promises_kept integer NOT NULL,
        promises_broken integer NOT NULL,
        -- Still OPEN on a case not paid: counted as broken once the due day is past.
        promises_open integer NOT NULL,
        contacts integer NOT NULL,
        right_party_contacts integer NOT NULL,
        CONSTRAINT kpi_daily_key UNIQUE NULLS NOT DISTINCT (day, creditor_id, currency, collector_id)
      );

      -- Cases paid in full on a day by days from placement: exact median and percentiles.
      CREATE TABLE kpi_duration (
        day date NOT NULL,
        creditor_id uuid NOT NULL,
        collector_id uuid,
        days integer NOT NULL,
        cases integer NOT NULL,
        CONSTRAINT kpi_duration_key UNIQUE NULLS NOT DISTINCT (day, creditor_id, collector_id, days)
      );

      
  
    CREATE FUNCTION kpi_add_cohort(d kpi_cohort[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO kpi_cohort AS k (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid)
      SELECT placed_on, creditor_id, currency, collector_id, sum(cases_placed), sum(placed_cents), sum(collected_cents), sum(cases_paid)
        FROM unnest(d) GROUP BY placed_on, creditor_id, currency, collector_id
      HAVING sum(cases_placed) <> 0 OR sum(placed_cents) <> 0 OR sum(collected_cents) <> 0 OR sum(cases_paid) <> 0
       ORDER BY placed_on, creditor_id, currency, collector_id
      ON CONFLICT (placed_on, creditor_id, currency, collector_id) DO UPDATE SET cases_placed = k.cases_placed + excluded.cases_placed, placed_cents = k.placed_cents + excluded.placed_cents, collected_cents = k.collected_cents + excluded.collected_cents, cases_paid = k.cases_paid + excluded.cases_paid;
      IF prune THEN
        DELETE FROM kpi_cohort k USING (SELECT DISTINCT placed_on, creditor_id, currency, collector_id FROM unnest(d)) t
         WHERE k.placed_on = t.placed_on AND k.creditor_id = t.creditor_id AND k.currency = t.currency AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.cases_placed = 0 AND k.placed_cents = 0 AND k.collected_cents = 0 AND k.cases_paid = 0;
      END IF;
    END $$;
  
    CREATE FUNCTION kpi_add_daily(d kpi_daily[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO kpi_daily AS k (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts)
      SELECT day, creditor_id, currency, collector_id, sum(recovered_cents), sum(paid_cases), sum(paid_days_sum), sum(promises_kept), sum(promises_broken), sum(promises_open), sum(contacts), sum(right_party_contacts)
        FROM unnest(d) GROUP BY day, creditor_id, currency, collector_id
      HAVING sum(recovered_cents) <> 0 OR sum(paid_cases) <> 0 OR sum(paid_days_sum) <> 0 OR sum(promises_kept) <> 0 OR sum(promises_broken) <> 0 OR sum(promises_open) <> 0 OR sum(contacts) <> 0 OR sum(right_party_contacts) <> 0
       ORDER BY day, creditor_id, currency, collector_id
      ON CONFLICT (day, creditor_id, currency, collector_id) DO UPDATE SET recovered_cents = k.recovered_cents + excluded.recovered_cents, paid_cases = k.paid_cases + excluded.paid_cases, paid_days_sum = k.paid_days_sum + excluded.paid_days_sum, promises_kept = k.promises_kept + excluded.promises_kept, promises_broken = k.promises_broken + excluded.promises_broken, promises_open = k.promises_open + excluded.promises_open, contacts = k.contacts + excluded.contacts, right_party_contacts = k.right_party_contacts + excluded.right_party_contacts;
      IF prune THEN
        DELETE FROM kpi_daily k USING (SELECT DISTINCT day, creditor_id, currency, collector_id FROM unnest(d)) t
         WHERE k.day = t.day AND k.creditor_id = t.creditor_id AND k.currency = t.currency AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.recovered_cents = 0 AND k.paid_cases = 0 AND k.paid_days_sum = 0 AND k.promises_kept = 0 AND k.promises_broken = 0 AND k.promises_open = 0 AND k.contacts = 0 AND k.right_party_contacts = 0;
      END IF;
    END $$;
  
    CREATE FUNCTION kpi_add_duration(d kpi_duration[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO kpi_duration AS k (day, creditor_id, collector_id, days, cases)
      SELECT day, creditor_id, collector_id, days, sum(cases)
        FROM unnest(d) GROUP BY day, creditor_id, collector_id, days
      HAVING sum(cases) <> 0
       ORDER BY day, creditor_id, collector_id, days
      ON CONFLICT (day, creditor_id, collector_id, days) DO UPDATE SET cases = k.cases + excluded.cases;
      IF prune THEN
        DELETE FROM kpi_duration k USING (SELECT DISTINCT day, creditor_id, collector_id, days FROM unnest(d)) t
         WHERE k.day = t.day AND k.creditor_id = t.creditor_id AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.days = t.days AND k.cases = 0;
      END IF;
    END $$;

  -- A case's own figures, and (with_children) those of its claims, payments, promises and
  -- contacts, which move with it when its key (creditor, currency, last assignee) or status changes.
  CREATE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(amount_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END,
                 c.s * (c.status = 'PAID')::int)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, c.s * x.recovered, c.s * x.paid, c.s * x.paid_days,
                 c.s * x.kept, c.s * x.broken, c.s * x.open, c.s * x.contacts, c.s * x.rpc)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered, 1 AS paid,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days, 0 AS kept, 0 AS broken, 0 AS open, 0 AS contacts, 0 AS rpc
           WHERE c.status = 'PAID'
          UNION ALL
          SELECT p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0 FROM payments p WHERE with_children AND p.case_id = c.id
          UNION ALL
          SELECT pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
                 (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0
            FROM promises pr WHERE with_children AND pr.case_id = c.id
          UNION ALL
          SELECT (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int
            FROM activities a WHERE with_children AND a.case_id = c.id AND a.outcome IS NOT NULL
        ) x), with_children);
    PERFORM kpi_add_duration(ARRAY(
      SELECT ROW((c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id,
                 (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, c.s)::kpi_duration
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c WHERE c.status = 'PAID'), with_children);
  END $$;

  CREATE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, 0, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
  END $$;

  CREATE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, x.s * x.amount_cents, 0)::kpi_cohort
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.received_at, c.creditor_id, c.currency, c.last_assignee_id, x.s * x.amount_cents, 0, 0, 0, 0, 0, 0, 0)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
  END $$;

  CREATE FUNCTION kpi_promises_delta(old_rows promises[], new_rows promises[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.due_date, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, 0,
                 x.s * (x.status = 'KEPT')::int, x.s * (x.status = 'BROKEN')::int,
                 x.s * (x.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
  END $$;

  CREATE FUNCTION kpi_activities_delta(old_rows activities[], new_rows activities[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW((x.occurred_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, 0, 0, 0, 0,
                 x.s, x.s * (x.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int)::kpi_daily
        FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id
       WHERE x.outcome IS NOT NULL), prune);
  END $$;

  -- The trigger functions: statement-level ones pass their transition tables, row-level ones OLD and NEW.
  CREATE FUNCTION kpi_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_cases_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSE
      -- A new case has no claims, payments, promises or activities yet (they reference it).
      PERFORM kpi_cases_delta('{}'::cases[], ARRAY(SELECT n::cases FROM new_rows n), false);
    END IF;
    RETURN NULL;
  END $$;
  
  CREATE FUNCTION kpi_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_claims_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_claims_delta('{}'::claims[], ARRAY(SELECT n::claims FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_claims_delta(ARRAY(SELECT o::claims FROM old_rows o), '{}'::claims[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed.
      PERFORM kpi_claims_delta(
        ARRAY(SELECT o::claims FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        ARRAY(SELECT n::claims FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        true);
    END IF;
    RETURN NULL;
  END $$;

  CREATE FUNCTION kpi_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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

  CREATE FUNCTION kpi_promises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_promises_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_promises_delta('{}'::promises[], ARRAY(SELECT n::promises FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_promises_delta(ARRAY(SELECT o::promises FROM old_rows o), '{}'::promises[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed.
      PERFORM kpi_promises_delta(
        ARRAY(SELECT o::promises FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        ARRAY(SELECT n::promises FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        true);
    END IF;
    RETURN NULL;
  END $$;

  CREATE FUNCTION kpi_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_LEVEL = 'ROW' THEN
      PERFORM kpi_activities_delta(ARRAY[OLD], ARRAY[NEW], true);
    ELSIF TG_OP = 'INSERT' THEN
      PERFORM kpi_activities_delta('{}'::activities[], ARRAY(SELECT n::activities FROM new_rows n), false);
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM kpi_activities_delta(ARRAY(SELECT o::activities FROM old_rows o), '{}'::activities[], true);
    ELSE
      -- Statement-level UPDATE: only the rows whose KPI inputs changed.
      PERFORM kpi_activities_delta(
        ARRAY(SELECT o::activities FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        ARRAY(SELECT n::activities FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
        true);
    END IF;
    RETURN NULL;
  END $$;

  CREATE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration;
    INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents, cases_paid)
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID')
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open, contacts, right_party_contacts)
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, sum(x.recovered_cents), sum(x.paid_cases), sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts), sum(x.right_party_contacts)
      FROM (
        SELECT c.id AS case_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
               (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
               0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts
          FROM cases c WHERE c.status = 'PAID'
        UNION ALL
        SELECT p.case_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0 FROM payments p
        UNION ALL
        SELECT pr.case_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
               (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0
          FROM promises pr JOIN cases c ON c.id = pr.case_id
        UNION ALL
        SELECT a.case_id, (a.occurred_at AT TIME ZONE 'Europe/Berlin')::date, 0, 0, 0, 0, 0, 0, 1, (a.outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID'))::int
          FROM activities a WHERE a.outcome IS NOT NULL
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4
    HAVING sum(x.recovered_cents) <> 0 OR sum(x.paid_cases) <> 0 OR sum(x.paid_days_sum) <> 0 OR sum(x.promises_kept) <> 0 OR sum(x.promises_broken) <> 0 OR sum(x.promises_open) <> 0 OR sum(x.contacts) <> 0 OR sum(x.right_party_contacts) <> 0;
    INSERT INTO kpi_duration (day, creditor_id, collector_id, days, cases)
    SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date, c.creditor_id, c.last_assignee_id, (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
  END $$;

  CREATE FUNCTION kpi_rebuild_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_rebuild();
    RETURN NULL;
  END $$;


      -- Kept in the transaction of the change. New cases: once per statement. Changed cases: per
      -- row, and only when a KPI input changed; the dunning run's stage updates list none of these
      -- columns, so these triggers do not fire for them. assignee_id is listed because the
      -- cases_remember_assignee BEFORE trigger sets last_assignee_id from it.
      CREATE TRIGGER kpi_cases_inserted AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_cases_changed();
      CREATE TRIGGER kpi_cases_updated
        AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id ON cases
        FOR EACH ROW WHEN (
          OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id
          OR (OLD.status = 'PAID') <> (NEW.status = 'PAID')
          OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
          OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
        ) EXECUTE FUNCTION kpi_cases_changed();

      CREATE TRIGGER kpi_claims_inserted AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_claims_changed();
      CREATE TRIGGER kpi_claims_deleted AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_claims_changed();
      CREATE TRIGGER kpi_claims_updated AFTER UPDATE OF principal_cents, case_id ON claims
        FOR EACH ROW WHEN ((OLD.principal_cents, OLD.case_id) IS DISTINCT FROM (NEW.principal_cents, NEW.case_id))
        EXECUTE FUNCTION kpi_claims_changed();

      CREATE TRIGGER kpi_payments_inserted AFTER INSERT ON payments REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();
      CREATE TRIGGER kpi_payments_deleted AFTER DELETE ON payments REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();
      CREATE TRIGGER kpi_payments_updated AFTER UPDATE OF amount_cents, received_at, case_id ON payments
        FOR EACH ROW WHEN ((OLD.amount_cents, OLD.received_at, OLD.case_id) IS DISTINCT FROM (NEW.amount_cents, NEW.received_at, NEW.case_id))
        EXECUTE FUNCTION kpi_payments_changed();

      CREATE TRIGGER kpi_promises_inserted AFTER INSERT ON promises REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();
      CREATE TRIGGER kpi_promises_deleted AFTER DELETE ON promises REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();
      CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();

      CREATE TRIGGER kpi_activities_inserted AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_activities_changed();
      CREATE TRIGGER kpi_activities_deleted AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_activities_changed();
      CREATE TRIGGER kpi_activities_updated AFTER UPDATE OF outcome, occurred_at, case_id ON activities
        FOR EACH ROW WHEN ((OLD.outcome, OLD.occurred_at, OLD.case_id) IS DISTINCT FROM (NEW.outcome, NEW.occurred_at, NEW.case_id))
        EXECUTE FUNCTION kpi_activities_changed();

      -- TRUNCATE (the demo seed's --reset) fires no row triggers: recompute instead.
      CREATE TRIGGER kpi_cases_truncated AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();
      CREATE TRIGGER kpi_claims_truncated AFTER TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();
      CREATE TRIGGER kpi_payments_truncated AFTER TRUNCATE ON payments FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();
      CREATE TRIGGER kpi_promises_truncated AFTER TRUNCATE ON promises FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();
      CREATE TRIGGER kpi_activities_truncated AFTER TRUNCATE ON activities FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();

      -- A database that already has data gets its read models now.
      SELECT kpi_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_cases_inserted ON cases;
      DROP TRIGGER kpi_cases_updated ON cases;
      DROP TRIGGER kpi_cases_truncated ON cases;
      DROP TRIGGER kpi_claims_inserted ON claims;
      DROP TRIGGER kpi_claims_deleted ON claims;
      DROP TRIGGER kpi_claims_updated ON claims;
      DROP TRIGGER kpi_claims_truncated ON claims;
      DROP TRIGGER kpi_payments_inserted ON payments;
      DROP TRIGGER kpi_payments_deleted ON payments;
      DROP TRIGGER kpi_payments_updated ON payments;
      DROP TRIGGER kpi_payments_truncated ON payments;
      DROP TRIGGER kpi_promises_inserted ON promises;
      DROP TRIGGER kpi_promises_deleted ON promises;
      DROP TRIGGER kpi_promises_updated ON promises;
      DROP TRIGGER kpi_promises_truncated ON promises;
      DROP TRIGGER kpi_activities_inserted ON activities;
      DROP TRIGGER kpi_activities_deleted ON activities;
      DROP TRIGGER kpi_activities_updated ON activities;
      DROP TRIGGER kpi_activities_truncated ON activities;
      DROP FUNCTION kpi_rebuild_after_truncate();
      DROP FUNCTION kpi_rebuild();
      DROP FUNCTION kpi_cases_changed();
      DROP FUNCTION kpi_claims_changed();
      DROP FUNCTION kpi_payments_changed();
      DROP FUNCTION kpi_promises_changed();
      DROP FUNCTION kpi_activities_changed();
      DROP FUNCTION kpi_cases_delta(cases[], cases[], boolean);
      DROP FUNCTION kpi_claims_delta(claims[], claims[], boolean);
      DROP FUNCTION kpi_payments_delta(payments[], payments[], boolean);
      DROP FUNCTION kpi_promises_delta(promises[], promises[], boolean);
      DROP FUNCTION kpi_activities_delta(activities[], activities[], boolean);
      DROP FUNCTION kpi_add_cohort(kpi_cohort[], boolean);
      DROP FUNCTION kpi_add_daily(kpi_daily[], boolean);
      DROP FUNCTION kpi_add_duration(kpi_duration[], boolean);
      DROP TABLE kpi_duration;
      DROP TABLE kpi_daily;
      DROP TABLE kpi_cohort;
    `);
  }
}
