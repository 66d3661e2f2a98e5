import { RIGHT_PARTY_OUTCOMES } from '@mahnwerk/domain';
import { REPORTING_TIME_ZONE } from '../../common/reporting-day.js';
import { sqlList, sqlString } from './sql-literals.js';

/** Calendar days of timestamps (paid, closing and contact days) are counted in the reporting time zone. */
const TZ = sqlString(REPORTING_TIME_ZONE);

/** What the case-level rows read of a case's claims, payments and dunning steps (kpi_case_rows_delta). */
export const KPI_TYPES: readonly string[] = [
  `CREATE TYPE kpi_case_inputs AS (case_id uuid, placed bigint, collected bigint, collected_principal bigint, first_stage text);`,
];

/**
 * The KPI read models (kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves), kept in the
 * transaction of each change by the triggers below. Every figure is a sum over rows of the raw tables,
 * keyed by the case's creditor and currency and by a collector: a case's own figures by
 * cases.kpi_collector_id (its collector of now, moved by kpi_collectors_catch_up), an event's (payment,
 * promise, contact, dunning step) by its own kpi_collector_id. A trigger adds what a statement added and
 * subtracts what it removed; kpi_rebuild() recomputes everything and gives the same rows.
 * Also here: the columns the read models rely on (cases.closed_on, the parts of a payment).
 */
export const KPI_FUNCTIONS: readonly string[] = [
  // The read models' writers: `kpi_add_<table>(deltas, prune)` adds signed deltas in one grouped upsert in key
  // order (so concurrent writers lock rows in the same order); with `prune`, rows left at zero go.
  `CREATE OR REPLACE FUNCTION kpi_add_cohort(d kpi_cohort[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_cohort AS k (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents,
      collected_cents, cases_paid, paid_placed_cents)
  SELECT placed_on, creditor_id, currency, collector_id, sum(cases_placed), sum(placed_cents), sum(collected_cents),
      sum(cases_paid), sum(paid_placed_cents)
    FROM unnest(d) GROUP BY placed_on, creditor_id, currency, collector_id
  HAVING sum(cases_placed) <> 0 OR sum(placed_cents) <> 0 OR sum(collected_cents) <> 0 OR sum(cases_paid) <> 0
      OR sum(paid_placed_cents) <> 0
   ORDER BY placed_on, creditor_id, currency, collector_id
  ON CONFLICT (placed_on, creditor_id, currency, collector_id) DO UPDATE SET
      cases_placed = k.cases_placed + excluded.cases_placed,
      placed_cents = k.placed_cents + excluded.placed_cents,
      collected_cents = k.collected_cents + excluded.collected_cents, cases_paid = k.cases_paid + excluded.cases_paid,
      paid_placed_cents = k.paid_placed_cents + excluded.paid_placed_cents;
  IF prune THEN
    DELETE FROM kpi_cohort k USING (SELECT DISTINCT placed_on, creditor_id, currency, collector_id FROM unnest(d)) t
     WHERE k.placed_on = t.placed_on AND k.creditor_id = t.creditor_id AND k.currency = t.currency
         AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.cases_placed = 0 AND k.placed_cents = 0
         AND k.collected_cents = 0 AND k.cases_paid = 0 AND k.paid_placed_cents = 0;
  END IF;
END $$;`,

  `CREATE OR REPLACE FUNCTION kpi_add_daily(d kpi_daily[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_daily AS k (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum,
      promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents,
      fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
  SELECT day, creditor_id, currency, collector_id, sum(recovered_cents), sum(paid_cases), sum(paid_days_sum),
      sum(promises_kept), sum(promises_broken), sum(promises_open), sum(contacts), sum(right_party_contacts),
      sum(principal_cents), sum(interest_cents), sum(fees_cents), sum(handling_seconds_sum), sum(handled_contacts),
      sum(promised_open_cents), sum(promised_cents)
    FROM unnest(d) GROUP BY day, creditor_id, currency, collector_id
  HAVING sum(recovered_cents) <> 0 OR sum(paid_cases) <> 0 OR sum(paid_days_sum) <> 0 OR sum(promises_kept) <> 0
      OR sum(promises_broken) <> 0 OR sum(promises_open) <> 0 OR sum(contacts) <> 0 OR sum(right_party_contacts) <> 0
      OR sum(principal_cents) <> 0 OR sum(interest_cents) <> 0 OR sum(fees_cents) <> 0
      OR sum(handling_seconds_sum) <> 0 OR sum(handled_contacts) <> 0 OR sum(promised_open_cents) <> 0
      OR sum(promised_cents) <> 0
   ORDER BY day, creditor_id, currency, collector_id
  ON CONFLICT (day, creditor_id, currency, collector_id) DO UPDATE SET
      recovered_cents = k.recovered_cents + excluded.recovered_cents,
      paid_cases = k.paid_cases + excluded.paid_cases, paid_days_sum = k.paid_days_sum + excluded.paid_days_sum,
      promises_kept = k.promises_kept + excluded.promises_kept,
      promises_broken = k.promises_broken + excluded.promises_broken,
      promises_open = k.promises_open + excluded.promises_open, contacts = k.contacts + excluded.contacts,
      right_party_contacts = k.right_party_contacts + excluded.right_party_contacts,
      principal_cents = k.principal_cents + excluded.principal_cents,
      interest_cents = k.interest_cents + excluded.interest_cents, fees_cents = k.fees_cents + excluded.fees_cents,
      handling_seconds_sum = k.handling_seconds_sum + excluded.handling_seconds_sum,
      handled_contacts = k.handled_contacts + excluded.handled_contacts,
      promised_open_cents = k.promised_open_cents + excluded.promised_open_cents,
      promised_cents = k.promised_cents + excluded.promised_cents;
  IF prune THEN
    DELETE FROM kpi_daily k USING (SELECT DISTINCT day, creditor_id, currency, collector_id FROM unnest(d)) t
     WHERE k.day = t.day AND k.creditor_id = t.creditor_id AND k.currency = t.currency
         AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.recovered_cents = 0 AND k.paid_cases = 0
         AND k.paid_days_sum = 0 AND k.promises_kept = 0 AND k.promises_broken = 0 AND k.promises_open = 0
         AND k.contacts = 0 AND k.right_party_contacts = 0 AND k.principal_cents = 0 AND k.interest_cents = 0
         AND k.fees_cents = 0 AND k.handling_seconds_sum = 0 AND k.handled_contacts = 0 AND k.promised_open_cents = 0
         AND k.promised_cents = 0;
  END IF;
END $$;`,

  `CREATE OR REPLACE FUNCTION kpi_add_duration(d kpi_duration[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_duration AS k (day, creditor_id, collector_id, days, cases)
  SELECT day, creditor_id, collector_id, days, sum(cases)
    FROM unnest(d) GROUP BY day, creditor_id, collector_id, days
  HAVING sum(cases) <> 0
   ORDER BY day, creditor_id, collector_id, days
  ON CONFLICT (day, creditor_id, collector_id, days) DO UPDATE SET cases = k.cases + excluded.cases;
  IF prune THEN
    DELETE FROM kpi_duration k USING (SELECT DISTINCT day, creditor_id, collector_id, days FROM unnest(d)) t
     WHERE k.day = t.day AND k.creditor_id = t.creditor_id AND k.collector_id IS NOT DISTINCT FROM t.collector_id
         AND k.days = t.days AND k.cases = 0;
  END IF;
END $$;`,

  `CREATE OR REPLACE FUNCTION kpi_add_open(d kpi_open[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_open AS k (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents,
      outstanding_principal_cents)
  SELECT placed_on, creditor_id, currency, collector_id, sum(open_cases), sum(open_placed_cents),
      sum(outstanding_principal_cents)
    FROM unnest(d) GROUP BY placed_on, creditor_id, currency, collector_id
  HAVING sum(open_cases) <> 0 OR sum(open_placed_cents) <> 0 OR sum(outstanding_principal_cents) <> 0
   ORDER BY placed_on, creditor_id, currency, collector_id
  ON CONFLICT (placed_on, creditor_id, currency, collector_id) DO UPDATE SET
      open_cases = k.open_cases + excluded.open_cases,
      open_placed_cents = k.open_placed_cents + excluded.open_placed_cents,
      outstanding_principal_cents = k.outstanding_principal_cents + excluded.outstanding_principal_cents;
  IF prune THEN
    DELETE FROM kpi_open k USING (SELECT DISTINCT placed_on, creditor_id, currency, collector_id FROM unnest(d)) t
     WHERE k.placed_on = t.placed_on AND k.creditor_id = t.creditor_id AND k.currency = t.currency
         AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.open_cases = 0 AND k.open_placed_cents = 0
         AND k.outstanding_principal_cents = 0;
  END IF;
END $$;`,

  `CREATE OR REPLACE FUNCTION kpi_add_stage_moves(d kpi_stage_moves[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kpi_stage_moves AS k (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
  SELECT day, creditor_id, currency, collector_id, from_stage, to_stage, sum(cases)
    FROM unnest(d) GROUP BY day, creditor_id, currency, collector_id, from_stage, to_stage
  HAVING sum(cases) <> 0
   ORDER BY day, creditor_id, currency, collector_id, from_stage, to_stage
  ON CONFLICT (day, creditor_id, currency, collector_id, from_stage, to_stage) DO UPDATE SET
      cases = k.cases + excluded.cases;
  IF prune THEN
    DELETE FROM kpi_stage_moves k USING (SELECT DISTINCT day, creditor_id, currency, collector_id, from_stage,
        to_stage FROM unnest(d)) t
     WHERE k.day = t.day AND k.creditor_id = t.creditor_id AND k.currency = t.currency
         AND k.collector_id IS NOT DISTINCT FROM t.collector_id AND k.from_stage = t.from_stage
         AND k.to_stage = t.to_stage AND k.cases = 0;
  END IF;
END $$;`,

  // The figures of a case itself, keyed by its collector (cases.kpi_collector_id): its cohort row (with
  // `with_children`, the principal placed on it and what was ever collected on it), its paid day and days to
  // payment, its open row, its placement and closure. What it reads of claims and payments are sums per case.
  `CREATE OR REPLACE FUNCTION kpi_case_rows_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  inputs kpi_case_inputs[];
BEGIN
  -- Read once per case: a changed case comes as an old and a new row, and several read models use the same sums.
  SELECT coalesce(array_agg(ROW(i.id, coalesce(cl.placed, 0), coalesce(p.collected, 0), coalesce(p.principal, 0),
      st.first_stage)::kpi_case_inputs), '{}')
    INTO inputs
    FROM (SELECT DISTINCT r.id FROM unnest(old_rows || new_rows) r) i
    LEFT JOIN LATERAL (SELECT sum(principal_cents) AS placed FROM claims WHERE with_children AND case_id = i.id) cl ON true
    LEFT JOIN LATERAL (
      SELECT sum(amount_cents) AS collected, sum(principal_cents) AS principal FROM payments
       WHERE with_children AND case_id = i.id
    ) p ON true
    LEFT JOIN LATERAL (
      SELECT ds.from_stage AS first_stage FROM dunning_steps ds
       WHERE with_children AND ds.case_id = i.id ORDER BY ds.id LIMIT 1
    ) st ON true;
  PERFORM kpi_add_cohort(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed, c.s * x.collected,
               c.s * (c.status = 'PAID')::int, c.s * x.placed * (c.status = 'PAID')::int)::kpi_cohort
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        JOIN unnest(inputs) x ON x.case_id = c.id), with_children);
  PERFORM kpi_add_daily(ARRAY(
    SELECT ROW(x.day, c.creditor_id, c.currency, c.kpi_collector_id, c.s * x.recovered_cents, c.s * x.paid_cases,
        c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts,
        c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents,
        c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents,
        c.s * x.promised_cents)::kpi_daily
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT (c.paid_at AT TIME ZONE ${TZ})::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
                 (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at AS paid_days_sum, 0 AS promises_kept,
                 0 AS promises_broken, 0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts,
                 0::bigint AS principal_cents, 0::bigint AS interest_cents, 0::bigint AS fees_cents,
                 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
                 0::bigint AS promised_cents) x
     WHERE c.status = 'PAID'), with_children);
  PERFORM kpi_add_duration(ARRAY(
    SELECT ROW((c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.kpi_collector_id,
               (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, c.s)::kpi_duration
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        WHERE c.status = 'PAID'), with_children);
  PERFORM kpi_add_open(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed,
        c.s * (x.placed - x.collected_principal))::kpi_open
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        JOIN unnest(inputs) x ON x.case_id = c.id
     WHERE c.status IN ('OPEN', 'ON_HOLD')), with_children);
  PERFORM kpi_add_stage_moves(ARRAY(
    SELECT ROW(m.day, c.creditor_id, c.currency, c.kpi_collector_id, m.from_stage, m.to_stage, c.s)::kpi_stage_moves
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        JOIN unnest(inputs) x ON x.case_id = c.id
      CROSS JOIN LATERAL (
        SELECT c.placed_at AS day, 'PLACED'::text AS from_stage, coalesce(x.first_stage, c.stage) AS to_stage
        UNION ALL
        SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL) m), with_children);
END $$;`,

  // The figures of a case's events, each under the collector it was credited to when it happened (its own
  // kpi_collector_id): payments, promises and contacts by day, dunning steps as stage moves. They move when the
  // case's creditor, currency or status changes, never with its collector.
  `CREATE OR REPLACE FUNCTION kpi_case_children_delta(old_rows cases[], new_rows cases[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_daily(ARRAY(
    SELECT ROW(x.day, c.creditor_id, c.currency, x.collector_id, c.s * x.recovered_cents, c.s * x.paid_cases,
        c.s * x.paid_days_sum, c.s * x.promises_kept, c.s * x.promises_broken, c.s * x.promises_open, c.s * x.contacts,
        c.s * x.right_party_contacts, c.s * x.principal_cents, c.s * x.interest_cents, c.s * x.fees_cents,
        c.s * x.handling_seconds_sum, c.s * x.handled_contacts, c.s * x.promised_open_cents,
        c.s * x.promised_cents)::kpi_daily
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
      CROSS JOIN LATERAL (
        SELECT p.kpi_collector_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents,
               p.interest_cents, p.fees_cents, 0, 0, 0, 0
          FROM payments p WHERE p.case_id = c.id
        UNION ALL
        SELECT pr.kpi_collector_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
               (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
               CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END,
               pr.amount_cents
          FROM promises pr WHERE pr.case_id = c.id
        UNION ALL
        SELECT a.kpi_collector_id, (a.occurred_at AT TIME ZONE ${TZ})::date, 0, 0, 0, 0, 0, 0, 1,
               (a.outcome IN (${sqlList(RIGHT_PARTY_OUTCOMES)}))::int, 0, 0, 0,
               coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0
          FROM activities a WHERE a.case_id = c.id AND a.outcome IS NOT NULL
      ) x(collector_id, day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open,
          contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum,
          handled_contacts, promised_open_cents, promised_cents)), true);
  PERFORM kpi_add_stage_moves(ARRAY(
    SELECT ROW(ds.stepped_on, c.creditor_id, c.currency, ds.kpi_collector_id, ds.from_stage, ds.to_stage,
        c.s)::kpi_stage_moves
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) c
        JOIN dunning_steps ds ON ds.case_id = c.id), true);
END $$;`,

  // A case's figures and (with_children) those of its events: what a change of the case itself moves.
  `CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_case_rows_delta(old_rows, new_rows, with_children);
  IF with_children THEN
    PERFORM kpi_case_children_delta(old_rows, new_rows);
  END IF;
END $$;`,

  // A claim: the principal placed on its case (cohort, open).
  `CREATE OR REPLACE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_cohort(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, x.s * x.principal_cents, 0, 0,
               x.s * x.principal_cents * (c.status = 'PAID')::int)::kpi_cohort
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
  PERFORM kpi_add_open(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, x.s * x.principal_cents,
        x.s * x.principal_cents)::kpi_open
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')),
          prune);
END $$;`,

  // A payment: the case's cohort and open rows (its principal part is principal no longer owed), and the
  // payment's own day under its collector.
  `CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_cohort(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id), prune);
  PERFORM kpi_add_daily(ARRAY(
    SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases,
        x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts,
        x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents,
        x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents,
        x.s * y.promised_cents)::kpi_daily
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id
      CROSS JOIN LATERAL (SELECT x.received_at, x.amount_cents, 0, 0, 0, 0, 0, 0, 0, x.principal_cents,
          x.interest_cents, x.fees_cents, 0, 0, 0, 0) y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept,
          promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents, fees_cents,
          handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)), prune);
  PERFORM kpi_add_open(ARRAY(
    SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, -x.s * x.principal_cents)::kpi_open
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id WHERE c.status IN ('OPEN', 'ON_HOLD')),
          prune);
END $$;`,

  // A promise: its due day under its collector (kept, broken, open and promised amounts).
  `CREATE OR REPLACE FUNCTION kpi_promises_delta(old_rows promises[], new_rows promises[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_daily(ARRAY(
    SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases,
        x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts,
        x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents,
        x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents,
        x.s * y.promised_cents)::kpi_daily
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id
      CROSS JOIN LATERAL (SELECT x.due_date, 0, 0, 0, (x.status = 'KEPT')::int, (x.status = 'BROKEN')::int,
                                 (x.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
                                 CASE WHEN x.status = 'OPEN' AND c.status <> 'PAID' THEN x.amount_cents - x.paid_cents ELSE 0 END,
                                 x.amount_cents)
        y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open,
          contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum,
          handled_contacts, promised_open_cents, promised_cents)), prune);
END $$;`,

  // A contact: its day (reporting zone) under its collector; right-party contacts are the domain's
  // RIGHT_PARTY_OUTCOMES.
  `CREATE OR REPLACE FUNCTION kpi_activities_delta(old_rows activities[], new_rows activities[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_daily(ARRAY(
    SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, x.s * y.recovered_cents, x.s * y.paid_cases,
        x.s * y.paid_days_sum, x.s * y.promises_kept, x.s * y.promises_broken, x.s * y.promises_open, x.s * y.contacts,
        x.s * y.right_party_contacts, x.s * y.principal_cents, x.s * y.interest_cents, x.s * y.fees_cents,
        x.s * y.handling_seconds_sum, x.s * y.handled_contacts, x.s * y.promised_open_cents,
        x.s * y.promised_cents)::kpi_daily
      FROM (SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) x
        JOIN cases c ON c.id = x.case_id
      CROSS JOIN LATERAL (SELECT (x.occurred_at AT TIME ZONE ${TZ})::date, 0, 0, 0, 0, 0, 0, 1,
                                 (x.outcome IN (${sqlList(RIGHT_PARTY_OUTCOMES)}))::int, 0, 0, 0,
                                 coalesce(x.handling_seconds, 0), (x.handling_seconds IS NOT NULL)::int, 0, 0)
        y(day, recovered_cents, paid_cases, paid_days_sum, promises_kept, promises_broken, promises_open,
          contacts, right_party_contacts, principal_cents, interest_cents, fees_cents, handling_seconds_sum,
          handled_contacts, promised_open_cents, promised_cents)
     WHERE x.outcome IS NOT NULL), prune);
END $$;`,

  // The trigger functions: statement-level triggers pass their transition tables, row-level ones OLD and NEW.
  `CREATE OR REPLACE FUNCTION kpi_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' THEN
    PERFORM kpi_cases_delta(ARRAY[OLD], ARRAY[NEW], true);
  ELSE
    -- A new case has no claims, payments, promises or activities yet (they reference it).
    PERFORM kpi_cases_delta('{}'::cases[], ARRAY(SELECT n::cases FROM new_rows n), false);
  END IF;
  RETURN NULL;
END $$;`,

  // Its statement-level UPDATE branch is never taken (the claims UPDATE trigger is per row).
  `CREATE OR REPLACE FUNCTION kpi_claims_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
      ARRAY(SELECT o::claims FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
      ARRAY(SELECT n::claims FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
      true);
  END IF;
  RETURN NULL;
END $$;`,

  // Statement-level for INSERT, DELETE and UPDATE, so that re-splitting a case's later payments after a
  // backdated one is one grouped upsert per read model.
  `CREATE OR REPLACE FUNCTION kpi_payments_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
     WHERE (o.amount_cents, o.received_at, o.case_id, o.principal_cents, o.interest_cents, o.fees_cents, o.kpi_collector_id)
           IS DISTINCT FROM (n.amount_cents, n.received_at, n.case_id, n.principal_cents, n.interest_cents, n.fees_cents,
                             n.kpi_collector_id);
    IF cardinality(olds) > 0 THEN
      PERFORM kpi_payments_delta(olds, news, true);
    END IF;
  END IF;
  RETURN NULL;
END $$;`,

  // Statement-level UPDATE: the rows whose KPI inputs changed (part payments move promised_open_cents). The
  // dunning run keeps the promises it breaks itself (mahnwerk.promises_in_read_models, see the trigger).
  `CREATE OR REPLACE FUNCTION kpi_promises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
             WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents, o.kpi_collector_id)
                   IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents, n.kpi_collector_id)),
      ARRAY(SELECT n::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.due_date, o.case_id, o.amount_cents, o.paid_cents, o.kpi_collector_id)
                   IS DISTINCT FROM (n.status, n.due_date, n.case_id, n.amount_cents, n.paid_cents, n.kpi_collector_id)),
      true);
  END IF;
  RETURN NULL;
END $$;`,

  // Its statement-level UPDATE branch is never taken (the activities UPDATE trigger is per row).
  `CREATE OR REPLACE FUNCTION kpi_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
      ARRAY(SELECT o::activities FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
      ARRAY(SELECT n::activities FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.status, o.due_date, o.case_id) IS DISTINCT FROM (n.status, n.due_date, n.case_id)),
      true);
  END IF;
  RETURN NULL;
END $$;`,

  // Dunning steps written without the dunning run, each under its own collector. No trigger calls it today:
  // the run keeps its own stage moves (migration 1764800000000) and the rebuild reads dunning_steps.
  `CREATE OR REPLACE FUNCTION kpi_dunning_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_add_stage_moves(ARRAY(
    SELECT ROW(n.stepped_on, c.creditor_id, c.currency, n.kpi_collector_id, n.from_stage, n.to_stage,
        1)::kpi_stage_moves
      FROM new_rows n JOIN cases c ON c.id = n.case_id), false);
  RETURN NULL;
END $$;`,

  // Every read model from the raw tables, with the keys of the functions above (kpi_forecast_snapshots cannot
  // be rebuilt and is left alone).
  `CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
  INSERT INTO kpi_cohort (placed_on, creditor_id, currency, collector_id, cases_placed, placed_cents, collected_cents,
      cases_paid, paid_placed_cents)
  SELECT c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, count(*), coalesce(sum(cl.cents), 0),
         coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
         coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
    FROM cases c
    LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
    LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
   GROUP BY 1, 2, 3, 4;
  INSERT INTO kpi_daily (day, creditor_id, currency, collector_id, recovered_cents, paid_cases, paid_days_sum,
      promises_kept, promises_broken, promises_open, contacts, right_party_contacts, principal_cents, interest_cents,
      fees_cents, handling_seconds_sum, handled_contacts, promised_open_cents, promised_cents)
  SELECT x.day, c.creditor_id, c.currency, x.collector_id, sum(x.recovered_cents), sum(x.paid_cases),
      sum(x.paid_days_sum), sum(x.promises_kept), sum(x.promises_broken), sum(x.promises_open), sum(x.contacts),
      sum(x.right_party_contacts), sum(x.principal_cents), sum(x.interest_cents), sum(x.fees_cents),
      sum(x.handling_seconds_sum), sum(x.handled_contacts), sum(x.promised_open_cents), sum(x.promised_cents)
    FROM (
      SELECT c.id AS case_id, c.kpi_collector_id AS collector_id, x.* FROM cases c CROSS JOIN LATERAL (
          SELECT (c.paid_at AT TIME ZONE ${TZ})::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
                 (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at AS paid_days_sum, 0 AS promises_kept,
                 0 AS promises_broken, 0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts,
                 0::bigint AS principal_cents, 0::bigint AS interest_cents, 0::bigint AS fees_cents,
                 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
                 0::bigint AS promised_cents) x WHERE c.status = 'PAID'
      UNION ALL
      SELECT p.case_id, p.kpi_collector_id, p.received_at, p.amount_cents, 0, 0, 0, 0, 0, 0, 0, p.principal_cents,
             p.interest_cents, p.fees_cents, 0, 0, 0, 0
        FROM payments p
      UNION ALL
      SELECT pr.case_id, pr.kpi_collector_id, pr.due_date, 0, 0, 0, (pr.status = 'KEPT')::int, (pr.status = 'BROKEN')::int,
             (pr.status = 'OPEN' AND c.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
             CASE WHEN pr.status = 'OPEN' AND c.status <> 'PAID' THEN pr.amount_cents - pr.paid_cents ELSE 0 END,
             pr.amount_cents
        FROM promises pr JOIN cases c ON c.id = pr.case_id
      UNION ALL
      SELECT a.case_id, a.kpi_collector_id, (a.occurred_at AT TIME ZONE ${TZ})::date, 0, 0, 0, 0, 0, 0, 1,
             (a.outcome IN (${sqlList(RIGHT_PARTY_OUTCOMES)}))::int, 0, 0, 0,
             coalesce(a.handling_seconds, 0), (a.handling_seconds IS NOT NULL)::int, 0, 0
        FROM activities a WHERE a.outcome IS NOT NULL
    ) x
    JOIN cases c ON c.id = x.case_id
   GROUP BY 1, 2, 3, 4
  HAVING sum(x.recovered_cents) <> 0 OR sum(x.paid_cases) <> 0 OR sum(x.paid_days_sum) <> 0
      OR sum(x.promises_kept) <> 0 OR sum(x.promises_broken) <> 0 OR sum(x.promises_open) <> 0 OR sum(x.contacts) <> 0
      OR sum(x.right_party_contacts) <> 0 OR sum(x.principal_cents) <> 0 OR sum(x.interest_cents) <> 0
      OR sum(x.fees_cents) <> 0 OR sum(x.handling_seconds_sum) <> 0 OR sum(x.handled_contacts) <> 0
      OR sum(x.promised_open_cents) <> 0 OR sum(x.promised_cents) <> 0;
  INSERT INTO kpi_duration (day, creditor_id, collector_id, days, cases)
  SELECT (c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.kpi_collector_id,
      (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, count(*)
    FROM cases c WHERE c.status = 'PAID'
   GROUP BY 1, 2, 3, 4;
  INSERT INTO kpi_open (placed_on, creditor_id, currency, collector_id, open_cases, open_placed_cents,
      outstanding_principal_cents)
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
          SELECT c.placed_at AS day, 'PLACED'::text AS from_stage,
                 coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE ds.case_id = c.id ORDER BY ds.id LIMIT 1),
                          c.stage) AS to_stage
          UNION ALL
          SELECT c.closed_on, c.stage, 'CLOSED' WHERE c.closed_on IS NOT NULL) m
      UNION ALL
      SELECT ds.case_id, ds.kpi_collector_id, ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds
    ) x
    JOIN cases c ON c.id = x.case_id
   GROUP BY 1, 2, 3, 4, 5, 6;
END $$;`,

  // TRUNCATE (the demo seed's --reset) fires no row triggers: recompute instead.
  `CREATE OR REPLACE FUNCTION kpi_rebuild_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_rebuild();
  RETURN NULL;
END $$;`,

  // Moves up to `batch` handed-over cases to their last assignee; returns how many it moved. Only the
  // case-level rows move: events stay with the collector who held the case when they happened. The API calls it
  // every second.
  `CREATE OR REPLACE FUNCTION kpi_collectors_catch_up(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  before cases[];
BEGIN
  SELECT coalesce(array_agg(c ORDER BY c.id), '{}') INTO before FROM (
    SELECT * FROM cases WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id
     ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED
  ) c;
  IF cardinality(before) = 0 THEN RETURN 0; END IF;
  PERFORM kpi_case_rows_delta(
    before,
    ARRAY(SELECT jsonb_populate_record(b, jsonb_build_object('kpi_collector_id', b.last_assignee_id))
            FROM unnest(before) b),
    true);
  UPDATE cases SET kpi_collector_id = last_assignee_id WHERE id IN (SELECT (b).id FROM unnest(before) b);
  RETURN cardinality(before);
END $$;`,

  // An event credits the collector who holds its case when it is written (cases.last_assignee_id). Writers
  // that know it set the column themselves; see the *_kpi_collector triggers.
  `CREATE OR REPLACE FUNCTION kpi_event_collector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.kpi_collector_id := coalesce(NEW.kpi_collector_id, (SELECT last_assignee_id FROM cases WHERE id = NEW.case_id));
  RETURN NEW;
END $$;`,

  // The day a case left the dunning stages. The services set closed_on to the application clock's day in the
  // same UPDATE; this only fills in a day the statement left empty (raw SQL: the paid day for a paid case,
  // else the database's today) and clears it when the case reopens. A paid case whose paid day changes
  // while the statement kept the closing day follows its paid day.
  `CREATE OR REPLACE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status NOT IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN
    NEW.closed_on := NULL;
  ELSIF NEW.closed_on IS NULL
     OR (TG_OP = 'UPDATE' AND NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL AND NEW.closed_on = OLD.closed_on
         AND (OLD.status <> 'PAID' OR OLD.paid_at IS DISTINCT FROM NEW.paid_at)) THEN
    NEW.closed_on := coalesce(CASE WHEN NEW.status = 'PAID' THEN (NEW.paid_at AT TIME ZONE ${TZ})::date END,
                              (now() AT TIME ZONE ${TZ})::date);
  END IF;
  RETURN NEW;
END $$;`,

  // A payment written without its parts (imports, the demo seed) counts as principal.
  `CREATE OR REPLACE FUNCTION payments_default_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.principal_cents IS NULL THEN
    NEW.principal_cents := NEW.amount_cents - NEW.interest_cents - NEW.fees_cents;
  END IF;
  RETURN NEW;
END $$;`,
];

export const KPI_TRIGGERS: readonly string[] = [
  // Kept in the transaction of the change. New rows: once per statement. Changed rows: only when a KPI
  // input changed; the dunning run's set-based stage updates of open cases fire none of these.
  `CREATE TRIGGER kpi_cases_inserted AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_cases_changed();`,

  `CREATE TRIGGER kpi_cases_updated
  AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, closed_on, stage ON cases
  FOR EACH ROW WHEN (OLD.status <> NEW.status OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
                     OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
                     OR OLD.closed_on IS DISTINCT FROM NEW.closed_on
                     OR (OLD.stage IS DISTINCT FROM NEW.stage AND NEW.closed_on IS NOT NULL))
  EXECUTE FUNCTION kpi_cases_changed();`,

  `CREATE TRIGGER kpi_cases_truncated AFTER TRUNCATE ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  `CREATE TRIGGER kpi_claims_inserted AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_claims_changed();`,

  `CREATE TRIGGER kpi_claims_deleted AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_claims_changed();`,

  `CREATE TRIGGER kpi_claims_updated AFTER UPDATE OF principal_cents, case_id ON claims
  FOR EACH ROW WHEN ((OLD.principal_cents, OLD.case_id) IS DISTINCT FROM (NEW.principal_cents, NEW.case_id))
  EXECUTE FUNCTION kpi_claims_changed();`,

  `CREATE TRIGGER kpi_claims_truncated AFTER TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  `CREATE TRIGGER kpi_payments_inserted AFTER INSERT ON payments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();`,

  `CREATE TRIGGER kpi_payments_deleted AFTER DELETE ON payments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();`,

  `CREATE TRIGGER kpi_payments_updated AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();`,

  `CREATE TRIGGER kpi_payments_truncated AFTER TRUNCATE ON payments
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  `CREATE TRIGGER kpi_promises_inserted AFTER INSERT ON promises REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();`,

  `CREATE TRIGGER kpi_promises_deleted AFTER DELETE ON promises REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_promises_changed();`,

  // The dunning run keeps the promises it breaks in the read models itself and says so in its transaction.
  `CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT WHEN (current_setting('mahnwerk.promises_in_read_models', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION kpi_promises_changed();`,

  `CREATE TRIGGER kpi_promises_truncated AFTER TRUNCATE ON promises
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  `CREATE TRIGGER kpi_activities_inserted AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_activities_changed();`,

  `CREATE TRIGGER kpi_activities_deleted AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_activities_changed();`,

  `CREATE TRIGGER kpi_activities_updated
  AFTER UPDATE OF outcome, occurred_at, case_id, handling_seconds, kpi_collector_id ON activities
  FOR EACH ROW WHEN ((OLD.outcome, OLD.occurred_at, OLD.case_id, OLD.handling_seconds,
      OLD.kpi_collector_id) IS DISTINCT FROM (NEW.outcome, NEW.occurred_at, NEW.case_id, NEW.handling_seconds,
      NEW.kpi_collector_id))
  EXECUTE FUNCTION kpi_activities_changed();`,

  `CREATE TRIGGER kpi_activities_truncated AFTER TRUNCATE ON activities
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  // Dunning steps: no insert trigger (the run keeps its own stage moves); TRUNCATE rebuilds.
  `CREATE TRIGGER kpi_dunning_steps_truncated AFTER TRUNCATE ON dunning_steps
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();`,

  // Events carry the collector they are credited to; a NULL a writer states is kept when the transaction says
  // so (mahnwerk.event_collectors_given: the dunning run's steps make no lookup row by row).
  `CREATE TRIGGER payments_kpi_collector BEFORE INSERT ON payments FOR EACH ROW
  WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION kpi_event_collector();`,

  `CREATE TRIGGER promises_kpi_collector BEFORE INSERT ON promises FOR EACH ROW
  WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION kpi_event_collector();`,

  `CREATE TRIGGER activities_kpi_collector BEFORE INSERT ON activities FOR EACH ROW
  WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION kpi_event_collector();`,

  `CREATE TRIGGER dunning_steps_kpi_collector BEFORE INSERT ON dunning_steps FOR EACH ROW
  WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION kpi_event_collector();`,

  `CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at, closed_on ON cases
  FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();`,

  `CREATE TRIGGER payments_default_parts BEFORE INSERT ON payments FOR EACH ROW EXECUTE FUNCTION payments_default_parts();`,
];
