import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KpiReadModels1764600000000 } from './1764600000000-kpi-read-models.js';

/** Calendar days of timestamps are counted in the reporting time zone. */
const TZ = `'Europe/Berlin'`;
const RIGHT_PARTY = `('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID')`;
/** Statuses of a case that is still worked (the ageing report's open cases). */
const OPEN = `('OPEN', 'ON_HOLD')`;
/** Statuses that take a case out of the dunning stages (roll rates: to_stage 'CLOSED'). */
const CLOSED = `('PAID', 'UNCOLLECTIBLE', 'LEGAL')`;

const COHORT_KEY = ['placed_on', 'creditor_id', 'currency', 'collector_id'];
const COHORT_SUMS = ['cases_placed', 'placed_cents', 'collected_cents', 'cases_paid', 'paid_placed_cents'];
const DAILY_KEY = ['day', 'creditor_id', 'currency', 'collector_id'];
const DAILY_SUMS = [
  'recovered_cents', 'paid_cases', 'paid_days_sum', 'promises_kept', 'promises_broken', 'promises_open', 'contacts',
  'right_party_contacts', 'principal_cents', 'interest_cents', 'fees_cents', 'handling_seconds_sum', 'handled_contacts',
  'promised_open_cents', 'promised_cents',
];
const DURATION_KEY = ['day', 'creditor_id', 'collector_id', 'days'];
const DURATION_SUMS = ['cases'];
const OPEN_KEY = ['placed_on', 'creditor_id', 'currency', 'collector_id'];
const OPEN_SUMS = ['open_cases', 'open_placed_cents'];
const MOVES_KEY = ['day', 'creditor_id', 'currency', 'collector_id', 'from_stage', 'to_stage'];
const MOVES_SUMS = ['cases'];

/** As in the read-models migration: signed deltas added in one grouped upsert in key order. */
function addFunction(table: string, key: string[], sums: string[]): string {
  const cols = [...key, ...sums];
  const keyMatch = key
    .map((k) => (k === 'collector_id' ? `k.${k} IS NOT DISTINCT FROM t.${k}` : `k.${k} = t.${k}`))
    .join(' AND ');
  return `
    CREATE OR REPLACE FUNCTION kpi_add_${table.replace('kpi_', '')}(d ${table}[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${table} AS k (${cols.join(', ')})
      SELECT ${key.join(', ')}, ${sums.map((s) => `sum(${s})`).join(', ')}
        FROM unnest(d) GROUP BY ${key.join(', ')}
      HAVING ${sums.map((s) => `sum(${s}) <> 0`).join(' OR ')}
       ORDER BY ${key.join(', ')}
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${sums.map((s) => `${s} = k.${s} + excluded.${s}`).join(', ')};
      IF prune THEN
        DELETE FROM ${table} k USING (SELECT DISTINCT ${key.join(', ')} FROM unnest(d)) t
         WHERE ${keyMatch} AND ${sums.map((s) => `k.${s} = 0`).join(' AND ')};
      END IF;
    END $$;`;
}

const SIGNED = (t: string) => `(SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) ${t}`;

/**
 * The figures of kpi_daily per source row, as columns in DAILY_SUMS order (`c` is the case).
 * Shared by the case delta (all children of a case), the per-table deltas and the rebuild.
 */
const DAILY_PAID = (c: string) => `
  SELECT (${c}.paid_at AT TIME ZONE ${TZ})::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (${c}.paid_at AT TIME ZONE ${TZ})::date - ${c}.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents`;
const DAILY_PAYMENT = (p: string) =>
  `${p}.received_at, ${p}.amount_cents, 0, 0, 0, 0, 0, 0, 0, ${p}.principal_cents, ${p}.interest_cents, ${p}.fees_cents, 0, 0, 0, 0`;
const DAILY_PROMISE = (pr: string, c: string) =>
  `${pr}.due_date, 0, 0, 0, (${pr}.status = 'KEPT')::int, (${pr}.status = 'BROKEN')::int,
   (${pr}.status = 'OPEN' AND ${c}.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN ${pr}.status = 'OPEN' AND ${c}.status <> 'PAID' THEN ${pr}.amount_cents - ${pr}.paid_cents ELSE 0 END, ${pr}.amount_cents`;
const DAILY_ACTIVITY = (a: string) =>
  `(${a}.occurred_at AT TIME ZONE ${TZ})::date, 0, 0, 0, 0, 0, 0, 1, (${a}.outcome IN ${RIGHT_PARTY})::int, 0, 0, 0,
   coalesce(${a}.handling_seconds, 0), (${a}.handling_seconds IS NOT NULL)::int, 0, 0`;

/** A case's stage moves: its placement ('PLACED' into its first stage), its dunning steps, its closure. */
const MOVES_OF_CASE = (c: string, withSteps: string) => `
  SELECT ${c}.placed_at AS day, 'PLACED'::text AS from_stage,
         coalesce((SELECT ds.from_stage FROM dunning_steps ds WHERE ${withSteps} AND ds.case_id = ${c}.id ORDER BY ds.id LIMIT 1), ${c}.stage) AS to_stage
  UNION ALL
  SELECT ${c}.closed_on, ${c}.stage, 'CLOSED' WHERE ${c}.closed_on IS NOT NULL
  UNION ALL
  SELECT ds.stepped_on, ds.from_stage, ds.to_stage FROM dunning_steps ds WHERE ${withSteps} AND ds.case_id = ${c}.id`;

/** The promises' delta by due day (kpi_daily). */
export const PROMISES_DELTA = `CREATE OR REPLACE FUNCTION kpi_promises_delta(old_rows promises[], new_rows promises[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `x.s * y.${s}`).join(', ')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${DAILY_PROMISE('x', 'c')}) y(day, ${DAILY_SUMS.join(', ')})), prune);
  END $$;`;

/** The contacts' delta by the day they were made (kpi_daily). */
export const ACTIVITIES_DELTA = `CREATE OR REPLACE FUNCTION kpi_activities_delta(old_rows activities[], new_rows activities[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.day, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `x.s * y.${s}`).join(', ')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${DAILY_ACTIVITY('x')}) y(day, ${DAILY_SUMS.join(', ')})
       WHERE x.outcome IS NOT NULL), prune);
  END $$;`;

/** The stage moves of inserted dunning steps. */
export const DUNNING_STEPS_CHANGED = `CREATE FUNCTION kpi_dunning_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(n.stepped_on, c.creditor_id, c.currency, c.last_assignee_id, n.from_stage, n.to_stage, 1)::kpi_stage_moves
        FROM new_rows n JOIN cases c ON c.id = n.case_id), false);
    RETURN NULL;
  END $$;`;

/** The promises' columns the read models read: an UPDATE that changes none of them changes no figure. */
export const PROMISE_INPUTS = ['status', 'due_date', 'case_id', 'amount_cents', 'paid_cents'];

/** The promises trigger function; its statement-level UPDATE passes the rows whose `inputs` changed. */
export const promisesChanged = (inputs: string[]) => `CREATE OR REPLACE FUNCTION kpi_promises_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
               WHERE (${inputs.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${inputs.map((c) => `n.${c}`).join(', ')})),
        ARRAY(SELECT n::promises FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (${inputs.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${inputs.map((c) => `n.${c}`).join(', ')})),
        true);
    END IF;
    RETURN NULL;
  END $$;`;

const FUNCTIONS = `
  ${addFunction('kpi_cohort', COHORT_KEY, COHORT_SUMS)}
  ${addFunction('kpi_daily', DAILY_KEY, DAILY_SUMS)}
  ${addFunction('kpi_open', OPEN_KEY, OPEN_SUMS)}
  ${addFunction('kpi_stage_moves', MOVES_KEY, MOVES_SUMS)}

  CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(amount_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END,
                 c.s * (c.status = 'PAID')::int,
                 CASE WHEN with_children AND c.status = 'PAID' THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END
                 )::kpi_cohort
        FROM ${SIGNED('c')}), with_children);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `c.s * x.${s}`).join(', ')})::kpi_daily
        FROM ${SIGNED('c')}
        CROSS JOIN LATERAL (
          ${DAILY_PAID('c')} WHERE c.status = 'PAID'
          UNION ALL
          SELECT ${DAILY_PAYMENT('p')} FROM payments p WHERE with_children AND p.case_id = c.id
          UNION ALL
          SELECT ${DAILY_PROMISE('pr', 'c')} FROM promises pr WHERE with_children AND pr.case_id = c.id
          UNION ALL
          SELECT ${DAILY_ACTIVITY('a')} FROM activities a WHERE with_children AND a.case_id = c.id AND a.outcome IS NOT NULL
        ) x), with_children);
    PERFORM kpi_add_duration(ARRAY(
      SELECT ROW((c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.last_assignee_id,
                 (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, c.s)::kpi_duration
        FROM ${SIGNED('c')} WHERE c.status = 'PAID'), with_children);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END)::kpi_open
        FROM ${SIGNED('c')} WHERE c.status IN ${OPEN}), with_children);
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, c.s)::kpi_stage_moves
        FROM ${SIGNED('c')} CROSS JOIN LATERAL (${MOVES_OF_CASE('c', 'with_children')}) x), with_children);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, 0, 0,
                 x.s * x.principal_cents * (c.status = 'PAID')::int)::kpi_cohort
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents)::kpi_open
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id WHERE c.status IN ${OPEN}), prune);
  END $$;

  CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.received_at, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `x.s * y.${s}`).join(', ')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${DAILY_PAYMENT('x')}) y(received_at, ${DAILY_SUMS.join(', ')})), prune);
  END $$;

  ${PROMISES_DELTA}

  ${ACTIVITIES_DELTA}

  -- Dunning steps are kept for ever: only inserts count.
  ${DUNNING_STEPS_CHANGED}

  -- Statement-level UPDATE of promises: the rows whose KPI inputs changed (part payments move promised_open_cents).
  ${promisesChanged(PROMISE_INPUTS)}

  -- The day a case left the dunning stages: the paid day for a paid case, else the day of the status change.
  CREATE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status NOT IN ${CLOSED} THEN
      NEW.closed_on := NULL;
    ELSIF NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL THEN
      NEW.closed_on := (NEW.paid_at AT TIME ZONE ${TZ})::date;
    ELSIF TG_OP = 'INSERT' OR OLD.status NOT IN ${CLOSED} OR NEW.closed_on IS NULL THEN
      NEW.closed_on := (now() AT TIME ZONE ${TZ})::date;
    END IF;
    RETURN NEW;
  END $$;

  -- A payment written without its parts (imports, the demo seed) counts as principal.
  CREATE FUNCTION payments_default_parts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.principal_cents IS NULL THEN
      NEW.principal_cents := NEW.amount_cents - NEW.interest_cents - NEW.fees_cents;
    END IF;
    RETURN NEW;
  END $$;

  CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
    INSERT INTO kpi_cohort (${[...COHORT_KEY, ...COHORT_SUMS].join(', ')})
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_daily (${[...DAILY_KEY, ...DAILY_SUMS].join(', ')})
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `sum(x.${s})`).join(', ')}
      FROM (
        SELECT c.id AS case_id, x.* FROM cases c CROSS JOIN LATERAL (${DAILY_PAID('c')}) x WHERE c.status = 'PAID'
        UNION ALL
        SELECT p.case_id, ${DAILY_PAYMENT('p')} FROM payments p
        UNION ALL
        SELECT pr.case_id, ${DAILY_PROMISE('pr', 'c')} FROM promises pr JOIN cases c ON c.id = pr.case_id
        UNION ALL
        SELECT a.case_id, ${DAILY_ACTIVITY('a')} FROM activities a WHERE a.outcome IS NOT NULL
      ) x
      JOIN cases c ON c.id = x.case_id
     GROUP BY 1, 2, 3, 4
    HAVING ${DAILY_SUMS.map((s) => `sum(x.${s}) <> 0`).join(' OR ')};
    INSERT INTO kpi_duration (${[...DURATION_KEY, ...DURATION_SUMS].join(', ')})
    SELECT (c.paid_at AT TIME ZONE ${TZ})::date, c.creditor_id, c.last_assignee_id, (c.paid_at AT TIME ZONE ${TZ})::date - c.placed_at, count(*)
      FROM cases c WHERE c.status = 'PAID'
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_open (${[...OPEN_KEY, ...OPEN_SUMS].join(', ')})
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
     WHERE c.status IN ${OPEN}
     GROUP BY 1, 2, 3, 4;
    INSERT INTO kpi_stage_moves (${[...MOVES_KEY, ...MOVES_SUMS].join(', ')})
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, count(*)
      FROM cases c CROSS JOIN LATERAL (${MOVES_OF_CASE('c', 'true')}) x
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
`;

/**
 * More KPI read models, kept in the transaction of each change like the first ones:
 * - payments carry the parts they were allocated to (principal, interest, fees; they sum to the
 *   amount). Payments recorded before this migration are backfilled as all principal.
 * - activities carry the handling time a collector reported (seconds, 0..14400).
 * - kpi_daily: principal/interest/fees collected by received day, handling time, open and all
 *   promised amounts by due day.
 * - kpi_open: open cases (OPEN or ON_HOLD) by placement day, with the principal placed on them
 *   (open_cents moves on every dunning step, fee and payment; it is not kept here).
 * - kpi_stage_moves: placements ('PLACED' into the first stage), dunning steps and closures (to
 *   'CLOSED' when a case becomes PAID, UNCOLLECTIBLE or LEGAL, on cases.closed_on).
 * Nothing here fires on the dunning run's stage UPDATE of cases; its dunning_steps INSERT is one
 * statement-level trigger.
 */
export class KpiMore1764700000000 implements MigrationInterface {
  name = 'KpiMore1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payments ADD COLUMN principal_cents bigint, ADD COLUMN interest_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN fees_cents bigint NOT NULL DEFAULT 0;
      UPDATE payments SET principal_cents = amount_cents;
      ALTER TABLE payments ALTER COLUMN principal_cents SET NOT NULL,
        ADD CONSTRAINT payments_parts_sum CHECK (principal_cents + interest_cents + fees_cents = amount_cents
          AND interest_cents >= 0 AND fees_cents >= 0);

      ALTER TABLE activities ADD COLUMN handling_seconds integer CHECK (handling_seconds BETWEEN 0 AND 14400);

      ALTER TABLE cases ADD COLUMN closed_on date;
      UPDATE cases SET closed_on = coalesce((paid_at AT TIME ZONE ${TZ})::date, (updated_at AT TIME ZONE ${TZ})::date)
       WHERE status IN ${CLOSED};

      -- The principal placed on the cases of the cohort that are paid in full (payment rate by amount).
      ALTER TABLE kpi_cohort ADD COLUMN paid_placed_cents bigint NOT NULL DEFAULT 0;
      ALTER TABLE kpi_daily
        ADD COLUMN principal_cents bigint NOT NULL DEFAULT 0, ADD COLUMN interest_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN fees_cents bigint NOT NULL DEFAULT 0, ADD COLUMN handling_seconds_sum bigint NOT NULL DEFAULT 0,
        ADD COLUMN handled_contacts integer NOT NULL DEFAULT 0, ADD COLUMN promised_open_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN promised_cents bigint NOT NULL DEFAULT 0;

      CREATE TABLE kpi_open (
        placed_on date NOT NULL,
        creditor_id uuid NOT NULL,
        currency char(3) NOT NULL,
        collector_id uuid,
        open_cases integer NOT NULL,
        open_placed_cents bigint NOT NULL,
        CONSTRAINT kpi_open_key UNIQUE NULLS NOT DISTINCT (placed_on, creditor_id, currency, collector_id)
      );
      CREATE TABLE kpi_stage_moves (
        day date NOT NULL,
        creditor_id uuid NOT NULL,
        currency char(3) NOT NULL,
        collector_id uuid,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        cases integer NOT NULL,
        CONSTRAINT kpi_stage_moves_key UNIQUE NULLS NOT DISTINCT (day, creditor_id, currency, collector_id, from_stage, to_stage)
      );
      -- The drill-down lists cases placed in a period and payments received in it.
      CREATE INDEX IF NOT EXISTS cases_placed_at_idx ON cases (placed_at, id);
      CREATE INDEX IF NOT EXISTS payments_received_at_idx ON payments (received_at, case_id);

      ${FUNCTIONS}

      CREATE TRIGGER payments_default_parts BEFORE INSERT ON payments FOR EACH ROW EXECUTE FUNCTION payments_default_parts();
      CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();

      DROP TRIGGER kpi_cases_updated ON cases;
      CREATE TRIGGER kpi_cases_updated
        AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id ON cases
        FOR EACH ROW WHEN (
          OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id
          OR OLD.status <> NEW.status
          OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
          OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency
        ) EXECUTE FUNCTION kpi_cases_changed();

      DROP TRIGGER kpi_payments_updated ON payments;
      CREATE TRIGGER kpi_payments_updated
        AFTER UPDATE OF amount_cents, received_at, case_id, principal_cents, interest_cents, fees_cents ON payments
        FOR EACH ROW WHEN ((OLD.amount_cents, OLD.received_at, OLD.case_id, OLD.principal_cents, OLD.interest_cents, OLD.fees_cents)
          IS DISTINCT FROM (NEW.amount_cents, NEW.received_at, NEW.case_id, NEW.principal_cents, NEW.interest_cents, NEW.fees_cents))
        EXECUTE FUNCTION kpi_payments_changed();

      DROP TRIGGER kpi_activities_updated ON activities;
      CREATE TRIGGER kpi_activities_updated AFTER UPDATE OF outcome, occurred_at, case_id, handling_seconds ON activities
        FOR EACH ROW WHEN ((OLD.outcome, OLD.occurred_at, OLD.case_id, OLD.handling_seconds)
          IS DISTINCT FROM (NEW.outcome, NEW.occurred_at, NEW.case_id, NEW.handling_seconds))
        EXECUTE FUNCTION kpi_activities_changed();

      CREATE TRIGGER kpi_dunning_steps_inserted AFTER INSERT ON dunning_steps REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_dunning_steps_changed();
      CREATE TRIGGER kpi_dunning_steps_truncated AFTER TRUNCATE ON dunning_steps
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_rebuild_after_truncate();

      SELECT kpi_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_dunning_steps_truncated ON dunning_steps;
      DROP TRIGGER kpi_dunning_steps_inserted ON dunning_steps;
      DROP TRIGGER cases_closed_on ON cases;
      DROP TRIGGER payments_default_parts ON payments;
      DROP FUNCTION kpi_dunning_steps_changed();
      DROP FUNCTION cases_set_closed_on();
      DROP FUNCTION payments_default_parts();
      DROP FUNCTION kpi_add_open(kpi_open[], boolean);
      DROP FUNCTION kpi_add_stage_moves(kpi_stage_moves[], boolean);
      DROP INDEX IF EXISTS cases_placed_at_idx;
      DROP INDEX IF EXISTS payments_received_at_idx;
    `);
    // The first read models come back as they were: dropped, created and rebuilt by their own migration.
    const previous = new KpiReadModels1764600000000();
    await previous.down(q);
    await q.query(`
      DROP TABLE kpi_open, kpi_stage_moves;
      ALTER TABLE cases DROP COLUMN closed_on;
      ALTER TABLE activities DROP COLUMN handling_seconds;
      ALTER TABLE payments DROP CONSTRAINT payments_parts_sum, DROP COLUMN principal_cents, DROP COLUMN interest_cents,
        DROP COLUMN fees_cents;
    `);
    await previous.up(q);
  }
}
