import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendar days of timestamps are counted in the reporting time zone. */
export const TZ = `'Europe/Berlin'`;
export const RIGHT_PARTY = `('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'DISPUTE', 'PAID')`;
/** Statuses of a case that is still worked (the ageing report's open cases). */
export const OPEN = `('OPEN', 'ON_HOLD')`;
/** Statuses that take a case out of the dunning stages (roll rates: to_stage 'CLOSED'). */
export const CLOSED = `('PAID', 'UNCOLLECTIBLE', 'LEGAL')`;

export const COHORT_KEY = ['placed_on', 'creditor_id', 'currency', 'collector_id'];
export const COHORT_SUMS = ['cases_placed', 'placed_cents', 'collected_cents', 'cases_paid', 'paid_placed_cents'];
export const DAILY_KEY = ['day', 'creditor_id', 'currency', 'collector_id'];
export const DAILY_SUMS = [
  'recovered_cents', 'paid_cases', 'paid_days_sum', 'promises_kept', 'promises_broken', 'promises_open', 'contacts',
  'right_party_contacts', 'principal_cents', 'interest_cents', 'fees_cents', 'handling_seconds_sum', 'handled_contacts',
  'promised_open_cents', 'promised_cents',
];
export const DURATION_KEY = ['day', 'creditor_id', 'collector_id', 'days'];
export const DURATION_SUMS = ['cases'];
export const OPEN_KEY = ['placed_on', 'creditor_id', 'currency', 'collector_id'];
/** kpi_open's figures before this migration, and with the outstanding principal it adds. */
const OPEN_SUMS_BEFORE = ['open_cases', 'open_placed_cents'];
export const OPEN_SUMS = [...OPEN_SUMS_BEFORE, 'outstanding_principal_cents'];
export const MOVES_KEY = ['day', 'creditor_id', 'currency', 'collector_id', 'from_stage', 'to_stage'];
export const MOVES_SUMS = ['cases'];
/** The columns of a payment the read models read: an UPDATE that changes none of them changes no figure. */
export const PAYMENT_INPUTS = ['amount_cents', 'received_at', 'case_id', 'principal_cents', 'interest_cents', 'fees_cents'];

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

export const SIGNED = (t: string) => `(SELECT -1 AS s, o.* FROM unnest(old_rows) o UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) ${t}`;

/** The figures of kpi_daily per source row, as in the kpi-more migration (DAILY_SUMS order, `c` is the case). */
export const DAILY_PAID = (c: string) => `
  SELECT (${c}.paid_at AT TIME ZONE ${TZ})::date AS day, 0::bigint AS recovered_cents, 1 AS paid_cases,
         (${c}.paid_at AT TIME ZONE ${TZ})::date - ${c}.placed_at AS paid_days_sum, 0 AS promises_kept, 0 AS promises_broken,
         0 AS promises_open, 0 AS contacts, 0 AS right_party_contacts, 0::bigint AS principal_cents, 0::bigint AS interest_cents,
         0::bigint AS fees_cents, 0::bigint AS handling_seconds_sum, 0 AS handled_contacts, 0::bigint AS promised_open_cents,
         0::bigint AS promised_cents`;
export const DAILY_PAYMENT = (p: string) =>
  `${p}.received_at, ${p}.amount_cents, 0, 0, 0, 0, 0, 0, 0, ${p}.principal_cents, ${p}.interest_cents, ${p}.fees_cents, 0, 0, 0, 0`;
export const DAILY_PROMISE = (pr: string, c: string) =>
  `${pr}.due_date, 0, 0, 0, (${pr}.status = 'KEPT')::int, (${pr}.status = 'BROKEN')::int,
   (${pr}.status = 'OPEN' AND ${c}.status <> 'PAID')::int, 0, 0, 0, 0, 0, 0, 0,
   CASE WHEN ${pr}.status = 'OPEN' AND ${c}.status <> 'PAID' THEN ${pr}.amount_cents - ${pr}.paid_cents ELSE 0 END, ${pr}.amount_cents`;
export const DAILY_ACTIVITY = (a: string) =>
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

/**
 * kpi_open of the open cases from the raw tables: the principal placed on them and (with
 * `outstanding`) what of it is still owed, the principal placed minus the principal parts of their
 * payments. Used by the rebuild and by this migration's backfill.
 */
export const OPEN_FROM_RAW = (outstanding: boolean) => `    INSERT INTO kpi_open (${[...OPEN_KEY, ...(outstanding ? OPEN_SUMS : OPEN_SUMS_BEFORE)].join(', ')})
    SELECT c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, count(*), coalesce(sum(cl.cents), 0)${outstanding ? `,
           coalesce(sum(cl.cents), 0) - coalesce(sum(pp.cents), 0)` : ''}
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id${outstanding ? `
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) pp ON pp.case_id = c.id` : ''}
     WHERE c.status IN ${OPEN}
     GROUP BY 1, 2, 3, 4;`;

/** kpi_open's figures of a case that opens, closes or changes its key (with or without the outstanding principal). */
const openOfCase = (outstanding: boolean) =>
  outstanding
    ? `
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s, c.s * x.placed, c.s * (x.placed - x.collected))::kpi_open
        FROM ${SIGNED('c')}
        CROSS JOIN LATERAL (
          SELECT CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END AS placed,
                 CASE WHEN with_children THEN coalesce((SELECT sum(principal_cents) FROM payments WHERE case_id = c.id), 0) ELSE 0 END AS collected
        ) x
       WHERE c.status IN ${OPEN}), with_children);`
    : `
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, c.s,
                 CASE WHEN with_children THEN c.s * coalesce((SELECT sum(principal_cents) FROM claims WHERE case_id = c.id), 0) ELSE 0 END)::kpi_open
        FROM ${SIGNED('c')} WHERE c.status IN ${OPEN}), with_children);`;

// A payment's principal part is principal no longer owed on an open case.
const openOfPayments = (outstanding: boolean) =>
  outstanding
    ? `
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, -x.s * x.principal_cents)::kpi_open
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id WHERE c.status IN ${OPEN}), prune);`
    : '';

/** kpi_cases_delta, with the outstanding principal (`outstanding`) or as the kpi-more migration left it. */
export const casesDelta = (outstanding: boolean) => `CREATE OR REPLACE FUNCTION kpi_cases_delta(old_rows cases[], new_rows cases[], with_children boolean) RETURNS void LANGUAGE plpgsql AS $$
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
        FROM ${SIGNED('c')} WHERE c.status = 'PAID'), with_children);${openOfCase(outstanding)}
    PERFORM kpi_add_stage_moves(ARRAY(
      SELECT ROW(x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, c.s)::kpi_stage_moves
        FROM ${SIGNED('c')} CROSS JOIN LATERAL (${MOVES_OF_CASE('c', 'with_children')}) x), with_children);
  END $$;`;

/** kpi_payments_delta, with the outstanding principal (`outstanding`) or as the kpi-more migration left it. */
export const paymentsDelta = (outstanding: boolean) => `CREATE OR REPLACE FUNCTION kpi_payments_delta(old_rows payments[], new_rows payments[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, 0, x.s * x.amount_cents, 0, 0)::kpi_cohort
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_daily(ARRAY(
      SELECT ROW(y.received_at, c.creditor_id, c.currency, c.last_assignee_id, ${DAILY_SUMS.map((s) => `x.s * y.${s}`).join(', ')})::kpi_daily
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id
        CROSS JOIN LATERAL (SELECT ${DAILY_PAYMENT('x')}) y(received_at, ${DAILY_SUMS.join(', ')})), prune);${openOfPayments(outstanding)}
  END $$;`;

/** kpi_rebuild, with the outstanding principal (`outstanding`) or as the kpi-more migration left it. */
/** kpi_cohort from the raw tables, each case under `collector` (a column of the case `c`). */
export const COHORT_FROM_RAW = (collector: string) => `    INSERT INTO kpi_cohort (${[...COHORT_KEY, ...COHORT_SUMS].join(', ')})
    SELECT c.placed_at, c.creditor_id, c.currency, ${collector}, count(*), coalesce(sum(cl.cents), 0),
           coalesce(sum(p.cents), 0), count(*) FILTER (WHERE c.status = 'PAID'),
           coalesce(sum(cl.cents) FILTER (WHERE c.status = 'PAID'), 0)
      FROM cases c
      LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
      LEFT JOIN (SELECT case_id, sum(amount_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
     GROUP BY 1, 2, 3, 4;`;

export const rebuild = (outstanding: boolean) => `CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    TRUNCATE kpi_cohort, kpi_daily, kpi_duration, kpi_open, kpi_stage_moves;
${COHORT_FROM_RAW('c.last_assignee_id')}
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
${OPEN_FROM_RAW(outstanding)}
    INSERT INTO kpi_stage_moves (${[...MOVES_KEY, ...MOVES_SUMS].join(', ')})
    SELECT x.day, c.creditor_id, c.currency, c.last_assignee_id, x.from_stage, x.to_stage, count(*)
      FROM cases c CROSS JOIN LATERAL (${MOVES_OF_CASE('c', 'true')}) x
     GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;`;

/**
 * The functions that write kpi_open, with the outstanding principal (`outstanding`) or as the
 * kpi-more migration left them (for `down`). Each is the kpi-more version plus the new figure.
 */
function openFunctions(outstanding: boolean): string {
  return `
  ${addFunction('kpi_open', OPEN_KEY, outstanding ? OPEN_SUMS : OPEN_SUMS_BEFORE)}

  ${casesDelta(outstanding)}

  CREATE OR REPLACE FUNCTION kpi_claims_delta(old_rows claims[], new_rows claims[], prune boolean) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM kpi_add_cohort(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents, 0, 0,
                 x.s * x.principal_cents * (c.status = 'PAID')::int)::kpi_cohort
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id), prune);
    PERFORM kpi_add_open(ARRAY(
      SELECT ROW(c.placed_at, c.creditor_id, c.currency, c.last_assignee_id, 0, x.s * x.principal_cents${outstanding ? ', x.s * x.principal_cents' : ''})::kpi_open
        FROM ${SIGNED('x')} JOIN cases c ON c.id = x.case_id WHERE c.status IN ${OPEN}), prune);
  END $$;

  ${paymentsDelta(outstanding)}

  ${rebuild(outstanding)}`;
}

/**
 * The payments trigger function: statement-level for INSERT, DELETE and (now) UPDATE, so that the
 * re-split of a case's later payments after a backdated one is one grouped upsert per read model.
 */
export const paymentsChanged = (inputs: string[]) => `
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
       WHERE (${inputs.map((c) => `o.${c}`).join(', ')}) IS DISTINCT FROM (${inputs.map((c) => `n.${c}`).join(', ')});
      IF cardinality(olds) > 0 THEN
        PERFORM kpi_payments_delta(olds, news, true);
      END IF;
    END IF;
    RETURN NULL;
  END $$;`;

const PAYMENTS_CHANGED = paymentsChanged(PAYMENT_INPUTS);

/** The function as the read-models migration made it (its UPDATE branch was never used: the trigger was per row). */
const PAYMENTS_CHANGED_BEFORE = `
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
  END $$;`;

/**
 * The closing day. The services that close a case set closed_on to the application clock's day in
 * Europe/Berlin in the same UPDATE; this trigger keeps that date and only fills in a closing day the
 * statement left empty (raw SQL: the paid day for a paid case, else the database's today). A case
 * that is not closed has none (reopening clears it). A paid case whose paid day changes while the
 * statement kept the closing day as it was follows its paid day, as before.
 */
const CLOSED_ON = `
  CREATE OR REPLACE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status NOT IN ${CLOSED} THEN
      NEW.closed_on := NULL;
    ELSIF NEW.closed_on IS NULL
       OR (TG_OP = 'UPDATE' AND NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL AND NEW.closed_on = OLD.closed_on
           AND (OLD.status <> 'PAID' OR OLD.paid_at IS DISTINCT FROM NEW.paid_at)) THEN
      NEW.closed_on := coalesce(CASE WHEN NEW.status = 'PAID' THEN (NEW.paid_at AT TIME ZONE ${TZ})::date END,
                                (now() AT TIME ZONE ${TZ})::date);
    END IF;
    RETURN NEW;
  END $$;`;

/** As the kpi-more migration made it: the database's today won over a date the statement set. */
const CLOSED_ON_BEFORE = `
  CREATE OR REPLACE FUNCTION cases_set_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.status NOT IN ${CLOSED} THEN
      NEW.closed_on := NULL;
    ELSIF NEW.status = 'PAID' AND NEW.paid_at IS NOT NULL THEN
      NEW.closed_on := (NEW.paid_at AT TIME ZONE ${TZ})::date;
    ELSIF TG_OP = 'INSERT' OR OLD.status NOT IN ${CLOSED} OR NEW.closed_on IS NULL THEN
      NEW.closed_on := (now() AT TIME ZONE ${TZ})::date;
    END IF;
    RETURN NEW;
  END $$;`;

/** The case trigger of the read models; `closedOn`: also when only the closing day changes (it dates the stage move to CLOSED). */
const CASES_UPDATED = (closedOn: boolean) => `
  CREATE TRIGGER kpi_cases_updated
    AFTER UPDATE OF status, paid_at, placed_at, creditor_id, currency, assignee_id, last_assignee_id${closedOn ? ', closed_on' : ''} ON cases
    FOR EACH ROW WHEN (
      OLD.last_assignee_id IS DISTINCT FROM NEW.last_assignee_id
      OR OLD.status <> NEW.status
      OR (NEW.status = 'PAID' AND OLD.paid_at IS DISTINCT FROM NEW.paid_at)
      OR OLD.placed_at <> NEW.placed_at OR OLD.creditor_id <> NEW.creditor_id OR OLD.currency <> NEW.currency${closedOn ? `
      OR OLD.closed_on IS DISTINCT FROM NEW.closed_on` : ''}
    ) EXECUTE FUNCTION kpi_cases_changed();`;

/**
 * Balances in the read models, and closing days from the application's clock:
 * - kpi_open keeps the outstanding principal of the open cases (outstanding_principal_cents): the
 *   principal placed on them minus the principal parts of their payments (payments.principal_cents,
 *   as allocated). Payments change it on INSERT, UPDATE (a backdated payment re-splits the later
 *   ones) and DELETE, in statement-level triggers with one grouped upsert per statement; a case
 *   that opens, closes or changes its key carries it with its kpi_open row (kpi_cases_delta).
 * - The payments UPDATE trigger becomes statement-level (it was per row), for every read model.
 * - cases.closed_on: the date a service sets wins; the trigger only fills it when left empty.
 */
export class KpiBalances1764900000000 implements MigrationInterface {
  name = 'KpiBalances1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpi_open ADD COLUMN outstanding_principal_cents bigint NOT NULL DEFAULT 0;

      ${openFunctions(true)}
      ${PAYMENTS_CHANGED}
      ${CLOSED_ON}

      DROP TRIGGER kpi_payments_updated ON payments;
      CREATE TRIGGER kpi_payments_updated AFTER UPDATE ON payments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION kpi_payments_changed();

      DROP TRIGGER cases_closed_on ON cases;
      CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at, closed_on ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();
      DROP TRIGGER kpi_cases_updated ON cases;
      ${CASES_UPDATED(true)}

      -- The open cases' figures of a database that already has data.
      TRUNCATE kpi_open;
      ${OPEN_FROM_RAW(true)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER kpi_cases_updated ON cases;
      ${CASES_UPDATED(false)}
      DROP TRIGGER cases_closed_on ON cases;
      CREATE TRIGGER cases_closed_on BEFORE INSERT OR UPDATE OF status, paid_at ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_set_closed_on();

      DROP TRIGGER kpi_payments_updated ON payments;
      CREATE TRIGGER kpi_payments_updated
        AFTER UPDATE OF ${PAYMENT_INPUTS.join(', ')} ON payments
        FOR EACH ROW WHEN ((${PAYMENT_INPUTS.map((c) => `OLD.${c}`).join(', ')})
          IS DISTINCT FROM (${PAYMENT_INPUTS.map((c) => `NEW.${c}`).join(', ')}))
        EXECUTE FUNCTION kpi_payments_changed();

      ALTER TABLE kpi_open DROP COLUMN outstanding_principal_cents;
      ${openFunctions(false)}
      ${PAYMENTS_CHANGED_BEFORE}
      ${CLOSED_ON_BEFORE}
    `);
  }
}
