import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ACTIVITIES_DELTA, DUNNING_STEPS_CHANGED, PROMISE_INPUTS, PROMISES_DELTA, promisesChanged,
} from './1764700000000-kpi-more.js';
import {
  COHORT_FROM_RAW, DAILY_ACTIVITY, DAILY_KEY, DAILY_PAID, DAILY_PAYMENT, DAILY_PROMISE, DAILY_SUMS, DURATION_KEY,
  DURATION_SUMS, MOVES_KEY, MOVES_SUMS, OPEN, OPEN_FROM_RAW, PAYMENT_INPUTS, SIGNED, TZ, casesDelta, paymentsChanged,
  paymentsDelta, rebuild,
} from './1764900000000-kpi-balances.js';
import { catchUp } from './1765100000000-kpi-collector.js';

/** The tables of the events a collector is credited with as they happen. */
const EVENT_TABLES = ['payments', 'promises', 'activities', 'dunning_steps'];

/** kpi_daily's figures of a row, in DAILY_SUMS order, each times `sign`. */
const SIGNED_SUMS = (sign: string, row: string) => DAILY_SUMS.map((s) => `${sign} * ${row}.${s}`).join(', ');

/**
 * A case's own stage moves: its placement ('PLACED' into its first stage, which its first dunning
 * step tells once it has one: `firstStepFrom`, NULL without one) and its closure (to 'CLOSED').
 */
const FIRST_STEP_FROM = (c: string) => `(SELECT ds.from_stage FROM dunning_steps ds WHERE ds.case_id = ${c}.id ORDER BY ds.id LIMIT 1)`;
const CASE_MOVES = (c: string, firstStepFrom: string) => `
  SELECT ${c}.placed_at AS day, 'PLACED'::text AS from_stage, coalesce(${firstStepFrom}, ${c}.stage) AS to_stage
  UNION ALL
  SELECT ${c}.closed_on, ${c}.stage, 'CLOSED' WHERE ${c}.closed_on IS NOT NULL`;

/**
 * The figures of a case itself, keyed by the case's collector (cases.kpi_collector_id): its cohort
 * row (with, `with_children`, the principal placed on it and what was ever collected on it), its
 * paid day and days to payment, its open row and its placement and closure. What the case-level
 * rows read of claims and payments are sums per case, never day by day.
 */
const CASE_ROWS_DELTA = `
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
        FROM ${SIGNED('c')} JOIN unnest(inputs) x ON x.case_id = c.id), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.kpi_collector_id, ${SIGNED_SUMS('c.s', 'x')})::kpi_daily
        FROM ${SIGNED('c')} CROSS JOIN LATERAL (${DAILY_PAID('c')}) x
       WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_duration(ARRAY(
      SELECT ROW((c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.kpi_collector_id,
                 (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, c.s)::kpi_duration
        FROM ${SIGNED('c')} WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, c.s, c.s * x.placed, c.s * (x.placed - x.collected_principal))::kpi_open
        FROM ${SIGNED('c')} JOIN unnest(inputs) x ON x.case_id = c.id
       WHERE c.status IN ${OPEN}), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(m.day, c.creditor_id, c.currency, c.kpi_collector_id, m.from_stage, m.to_stage, c.s)::kpi_stage_moves
        FROM ${SIGNED('c')} JOIN unnest(inputs) x ON x.case_id = c.id
        CROSS JOIN LATERAL (${CASE_MOVES('c', 'x.first_stage')}) m), with_children);
  END $$;`;

/**
 * The figures of a case's events, each keyed by the collector it was credited to when it happened
 * (its own kpi_collector_id) under the case's creditor and currency: payments, promises and contacts
 * by day, dunning steps as stage moves. They move when the case's creditor, currency or status
 * changes (an open promise of a paid case no longer counts as open), never with its collector.
 */
const CASE_CHILDREN_DELTA = `
  CREATE FUNCTION kpi_case_children_delta(old_rows cases[], new_rows cases[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, x.collector_id, ${SIGNED_SUMS('c.s', 'x')})::kpi_daily
        FROM ${SIGNED('c')}
        CROSS JOIN LATERAL (
          SELECT p.kpi_collector_id, ${DAILY_PAYMENT('p')} FROM payments p WHERE p.case_id = c.id
          UNION ALL
          SELECT pr.kpi_collector_id, ${DAILY_PROMISE('pr', 'c')} FROM promises pr WHERE pr.case_id = c.id
          UNION ALL
          SELECT a.kpi_collector_id, ${DAILY_ACTIVITY('a')} FROM activities a WHERE a.case_id = c.id AND a.outcome IS NOT NULL
        ) x(collector_id, day, ${DAILY_SUMS.join(', ')})), true);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(ds.stepped_on, c.creditor_id, c.currency, ds.kpi_collector_id, ds.from_stage, ds.to_stage, c.s)::kpi_stage_moves
        FROM ${SIGNED('c')} JOIN dunning_steps ds ON ds.case_id = c.id), true);
  END $$;`;

/** A case's figures and (with_children) those of its events: what a change of the case itself moves. */
const CASES_DELTA = `
  CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_case_rows_delta(old_rows, new_rows, with_children);
    IF with_children THEN
      PERFORM kpi_case_children_delta(old_rows, new_rows);
    END IF;
  END $$;`;

/** A payment: the case's cohort and open rows, and the payment's own day under its collector. */
const PAYMENTS_DELTA = `
  CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, ${SIGNED_SUMS('x.s', 'y')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${DAILY_PAYMENT('x')}) y(day, ${DAILY_SUMS.join(', ')})), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.kpi_collector_id, 0, 0, -x.s * x.principal_cents)::kpi_open
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id WHERE c.status IN ${OPEN}), prune);
  END $$;`;

/** A promise or a contact (`table`): its day (`day`, kpi_daily's figures of the row `x`) under its collector. */
const eventDayDelta = (table: string, day: string, where = '') => `
  CREATE OR REPLACE FUNCTION kpi_${table}_delta(old_rows ${table}[], new_rows ${table}[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, x.kpi_collector_id, ${SIGNED_SUMS('x.s', 'y')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${day}) y(day, ${DAILY_SUMS.join(', ')})${where}), prune);
  END $$;`;
const PROMISES_DELTA_BY_EVENT = eventDayDelta('promises', DAILY_PROMISE('x', 'c'));
const ACTIVITIES_DELTA_BY_EVENT = eventDayDelta('activities', DAILY_ACTIVITY('x'), '\n       WHERE x.outcome IS NOT NULL');

/**
 * Dunning steps written without the dunning run (its statements keep their own stage moves and have
 * no trigger here; see the dunning-stage-moves migration): each under its own collector.
 */
const DUNNING_STEPS_CHANGED_BY_EVENT = `
  CREATE OR REPLACE FUNCTION kpi_dunning_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(n.stepped_on, c.creditor_id, c.currency, n.kpi_collector_id, n.from_stage, n.to_stage, 1)::kpi_stage_moves
        FROM new_rows n JOIN cases c ON c.id = n.case_id), false);
    RETURN NULL;
  END $$;`;

/** Every read model from the raw tables, with the keys of the functions above. */
const REBUILD = `
  CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
${COHORT_FROM_RAW('c.kpi_collector_id')}
    INSERT INTO kpi_daily (${[...DAILY_KEY, ...DAILY_SUMS].join(', ')})
    SELECT x.day, c.creditor_id, c.currency, x.collector_id, ${DAILY_SUMS.map((s) => `sum(x.${s})`).join(', ')}
      FROM (
        SELECT c.id AS case_id, c.kpi_collector_id AS collector_id, x.* FROM cases c CROSS JOIN LATERAL (${DAILY_PAID('c')}) x WHERE c.status = 'PAID'
        UNION ALL
        SELECT p.case_id, p.kpi_collector_id, ${DAILY_PAYMENT('p')} FROM payments p
        UNION ALL
        SELECT pr.case_id, pr.kpi_collector_id, ${DAILY_PROMISE('pr', 'c')} FROM promises pr JOIN cases c ON c.id = pr.case_id
        UNION ALL
        SELECT a.case_id, a.kpi_collector_id, ${DAILY_ACTIVITY('a')} FROM activities a WHERE a.outcome IS NOT NULL
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4
    HAVING ${DAILY_SUMS.map((s) => `sum(x.${s}) <> 0`).join(' OR ')};
    INSERT INTO kpi_duration (${[...DURATION_KEY, ...DURATION_SUMS].join(', ')})
    SELECT (c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.kpi_collector_id, (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
${OPEN_FROM_RAW(true).replaceAll('last_assignee_id', 'kpi_collector_id')}
    INSERT INTO kpi_stage_moves (${[...MOVES_KEY, ...MOVES_SUMS].join(', ')})
    SELECT x.day, c.creditor_id, c.currency, x.collector_id, x.from_stage, x.to_stage, count(*)
      FROM (
        SELECT c.id AS case_id, c.kpi_collector_id AS collector_id, m.* FROM cases c CROSS JOIN LATERAL (${CASE_MOVES('c', FIRST_STEP_FROM('c'))}) m
        UNION ALL
        SELECT ds.case_id, ds.kpi_collector_id, ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;`;

/**
 * Moves up to `batch` handed-over cases to their last assignee; returns how many it moved. Only the
 * case-level rows move (cohort, open, duration, the paid day, placement and closure): the events
 * stay with the collector who held the case when they happened.
 */
const CATCH_UP_CASE_ROWS = catchUp('kpi_case_rows_delta');

/**
 * An event credits the collector who holds its case when it is written (cases.last_assignee_id:
 * cases.kpi_collector_id may still wait for the catch-up). Writers that know it already (the dunning
 * run, the demo seed) set the column themselves and skip the lookup; a NULL they state (a case no
 * one ever held) is theirs too when the transaction says so (mahnwerk.event_collectors_given), so
 * that the dunning run's few hundred thousand steps make no lookup row by row.
 */
const EVENT_COLLECTOR = `
  CREATE FUNCTION kpi_event_collector() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    NEW.kpi_collector_id := coalesce(NEW.kpi_collector_id, (SELECT last_assignee_id FROM cases WHERE id = NEW.case_id));
    RETURN NEW;
  END $$;`;

/** The activities trigger, and whether it also follows a change of the activity's collector. */
const ACTIVITY_INPUTS_BEFORE = ['outcome', 'occurred_at', 'case_id', 'handling_seconds'];
const ACTIVITIES_UPDATED = (inputs: string[]) => `
  CREATE TRIGGER kpi_activities_updated AFTER UPDATE OF ${inputs.join(', ')} ON activities
    FOR EACH ROW WHEN ((${inputs.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${inputs.map((c) => `NEW.${c}`).join(', ')}))
    EXECUTE FUNCTION kpi_activities_changed();`;

/** The statement-level UPDATE triggers of payments and promises, as the earlier migrations made them. */
const PAYMENTS_UPDATED = `
  CREATE TRIGGER kpi_payments_updated AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();`;
const PROMISES_UPDATED = `
  CREATE TRIGGER kpi_promises_updated AFTER UPDATE ON promises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT WHEN (current_setting('mahnwerk.promises_in_read_models', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION kpi_promises_changed();`;

/** The definitions the kpi-collector migration left: every figure keyed by cases.kpi_collector_id. */
const byCaseCollector = (sql: string) => sql.replaceAll('last_assignee_id', 'kpi_collector_id');

/**
 * Each event is credited to the collector who held its case when it happened: payments, promises,
 * activities and dunning steps carry kpi_collector_id, set on insert, and their figures in the read
 * models (kpi_daily by day, kpi_stage_moves of dunning steps) key by it. The case's own figures
 * (kpi_cohort, kpi_open, kpi_duration, its paid day, placement and closure) stay keyed by
 * cases.kpi_collector_id, its current collector. A hand-over thus leaves a collector's past as it
 * was, and the catch-up moves a few case-level rows per case instead of its whole history.
 * The events recorded before are credited to their case's collector of now (no figure moves).
 */
export class KpiEventCollector1765200000000 implements MigrationInterface {
  name = 'KpiEventCollector1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ${EVENT_TABLES.map((t) => `ALTER TABLE ${t} ADD COLUMN kpi_collector_id uuid;`).join('\n      ')}

      -- The backfill changes no figure: its UPDATE triggers stand aside (re-created below).
      DROP TRIGGER kpi_payments_updated ON payments;
      DROP TRIGGER kpi_promises_updated ON promises;
      ${EVENT_TABLES.map((t) => `UPDATE ${t} e SET kpi_collector_id = c.kpi_collector_id FROM cases c
        WHERE c.id = e.case_id AND c.kpi_collector_id IS NOT NULL;`).join('\n      ')}
      ${PAYMENTS_UPDATED}
      ${PROMISES_UPDATED}

      ${EVENT_COLLECTOR}
      ${EVENT_TABLES.map((t) => `CREATE TRIGGER ${t}_kpi_collector BEFORE INSERT ON ${t} FOR EACH ROW
        WHEN (NEW.kpi_collector_id IS NULL AND current_setting('mahnwerk.event_collectors_given', true) IS DISTINCT FROM 'on')
        EXECUTE FUNCTION kpi_event_collector();`).join('\n      ')}

      ${CASE_ROWS_DELTA}
      ${CASE_CHILDREN_DELTA}
      ${CASES_DELTA}
      ${PAYMENTS_DELTA}
      ${PROMISES_DELTA_BY_EVENT}
      ${ACTIVITIES_DELTA_BY_EVENT}
      ${DUNNING_STEPS_CHANGED_BY_EVENT}
      ${REBUILD}
      ${CATCH_UP_CASE_ROWS}

      -- An UPDATE of an event's collector moves its figures too.
      ${paymentsChanged([...PAYMENT_INPUTS, 'kpi_collector_id'])}
      ${promisesChanged([...PROMISE_INPUTS, 'kpi_collector_id'])}
      DROP TRIGGER kpi_activities_updated ON activities;
      ${ACTIVITIES_UPDATED([...ACTIVITY_INPUTS_BEFORE, 'kpi_collector_id'])}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_activities_updated ON activities;
      ${ACTIVITIES_UPDATED(ACTIVITY_INPUTS_BEFORE)}
      ${paymentsChanged(PAYMENT_INPUTS)}
      ${promisesChanged(PROMISE_INPUTS)}

      DROP FUNCTION kpi_collectors_catch_up(int);
      ${catchUp('kpi_cases_delta')}
      ${byCaseCollector(casesDelta(true))}
      ${byCaseCollector(paymentsDelta(true))}
      ${byCaseCollector(PROMISES_DELTA)}
      ${byCaseCollector(ACTIVITIES_DELTA)}
      DROP FUNCTION kpi_dunning_steps_changed();
      ${byCaseCollector(DUNNING_STEPS_CHANGED)}
      ${byCaseCollector(rebuild(true))}
      DROP FUNCTION kpi_case_children_delta(cases[], cases[]);
      DROP FUNCTION kpi_case_rows_delta(cases[], cases[], boolean);
      DROP TYPE kpi_case_inputs;

      ${EVENT_TABLES.map((t) => `DROP TRIGGER ${t}_kpi_collector ON ${t};`).join('\n      ')}
      DROP FUNCTION kpi_event_collector();
      ${EVENT_TABLES.map((t) => `ALTER TABLE ${t} DROP COLUMN kpi_collector_id;`).join('\n      ')}

      -- Every event back under its case's collector.
      SELECT kpi_rebuild();
    `);
  }
}
