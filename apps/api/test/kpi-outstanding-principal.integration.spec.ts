import { addDays, ageingBuckets } from '@mahnwerk/domain';
import type pg from 'pg';
import { rebuildKpiReadModels } from '../src/analytics/kpi-rebuild.repository.js';
import { addFee, addPayment } from './factories.js';
import { addCase, buildFixture, type Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { migratedDatabases } from './migrated-databases.js';
import { prng, snapshotReadModels } from './read-models.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const TODAY = '2026-11-25';
const AGEING = 'query($f: KpiFilter!) { kpiAgeing(filter: $f) { key cases openCents placedCents } }';
const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id status } }';
const RECORD = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }';
const REASSIGN = 'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id } }';

/** The ageing of a creditor's open cases by its definition over the raw tables: principal placed less the payments' principal parts. */
async function referenceAgeing(db: pg.Pool, creditorId: string) {
  const { rows } = await db.query(
    `SELECT to_char(c.placed_at, 'YYYY-MM-DD') AS since, count(*)::int AS cases,
            sum(coalesce(cl.cents, 0) - coalesce(p.cents, 0))::bigint AS outstanding, sum(coalesce(cl.cents, 0))::bigint AS placed
       FROM cases c
       LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM claims GROUP BY case_id) cl ON cl.case_id = c.id
       LEFT JOIN (SELECT case_id, sum(principal_cents) AS cents FROM payments GROUP BY case_id) p ON p.case_id = c.id
      WHERE c.status IN ('OPEN', 'ON_HOLD') AND c.creditor_id = $1 AND c.placed_at <= $2
      GROUP BY 1`,
    [creditorId, TODAY],
  );
  return ageingBuckets(
    rows.map((r) => ({ since: r.since, cases: r.cases, openCents: Number(r.outstanding), placedCents: Number(r.placed) })),
    TODAY,
  ).map(({ key, cases, openCents, placedCents }) => ({ key, cases, openCents, placedCents }));
}

/** What `down` must restore: the definitions of the functions and triggers it touches, and kpi_open's columns. */
async function definitions(db: pg.Pool) {
  const functions = (await db.query(
    `SELECT p.proname, pg_get_functiondef(p.oid) AS def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND (p.proname LIKE 'kpi\\_%' OR p.proname = 'cases_set_closed_on') ORDER BY 1, 2`,
  )).rows;
  const triggers = (await db.query(
    `SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger
      WHERE NOT tgisinternal AND tgrelid IN ('cases'::regclass, 'claims'::regclass, 'payments'::regclass) ORDER BY 1`,
  )).rows;
  const columns = (await db.query(
    `SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 'kpi_open' ORDER BY ordinal_position`,
  )).rows;
  return { functions, triggers, columns };
}

describe('ageing: kpi_open keeps the principal outstanding, placed minus the payments\' principal parts', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let manager: string;
  const ids: Record<string, string> = {};
  const caseIds: string[] = [];

  const ageing = async (filter: Record<string, unknown> = {}) =>
    (await api.ok(AGEING, { f: { from: '2026-01-01', to: TODAY, creditorId: fx.creditorDE, ...filter } }, manager)).kpiAgeing as
      { key: string; cases: number; openCents: number; placedCents: number }[];
  const bucket = async (key: string) => (await ageing()).find((b) => b.key === key)!;
  const pay = (caseId: string, amountCents: number, receivedAt: string, key: string) =>
    api.gql(PAY, { i: { caseId, amountCents, receivedAt, reference: key, idempotencyKey: `outstanding-${key}` } }, lead);
  const parts = async (caseId: string) =>
    (await db.query(
      `SELECT id, to_char(received_at, 'YYYY-MM-DD') AS received, principal_cents::int AS principal, interest_cents::int AS interest,
              fees_cents::int AS fees FROM payments WHERE case_id = $1 ORDER BY received_at, created_at`,
      [caseId],
    )).rows as { id: string; received: string; principal: number; interest: number; fees: number }[];

  const bed = withApi({
    collectors: 2, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      // A: placed 1 September (85 days old: the 61-90 bucket alone), in default since 1 July, 25.00 costs since October.
      ids.a = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, priority: 1, placedAt: '2026-09-01', assigneeId: fx.collectors[0].id,
      });
      await addFee(db, ids.a, { label: 'Collection costs', amountCents: 2500, chargedOn: '2026-10-01' });
      caseIds.push(ids.a);
      const random = prng(20261125);
      for (let i = 0; i < 10; i++) {
        caseIds.push(await addCase(db, {
          creditorId: fx.creditorDE, principalCents: 15_000 + Math.floor(random() * 120_000), priority: 10 + i,
          placedAt: addDays('2026-06-01', Math.floor(random() * 170)), assigneeId: random() < 0.6 ? fx.collectors[i % 2].id : null,
        }));
      }
      caseIds.push(fx.danishCase);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    manager = await api.login(fx.manager.email);
  });

  it('a payment lowers its bucket\'s outstanding principal by exactly its principal part; the placed principal stays', async () => {
    const before = await bucket('DAYS_61_90');
    expect(before).toEqual({ key: 'DAYS_61_90', cases: 1, openCents: 100_000, placedCents: 100_000 });
    expect((await pay(ids.a, 30_000, '2026-11-20', 'a-1')).errors).toBeUndefined();
    const [payment] = await parts(ids.a);
    // Costs and interest first (BGB 367): the principal part is less than the payment.
    expect(payment!.fees).toBe(2500);
    expect(payment!.interest).toBeGreaterThan(0);
    expect(payment!.principal).toBe(30_000 - 2500 - payment!.interest);
    expect(await bucket('DAYS_61_90')).toEqual({ ...before, openCents: 100_000 - payment!.principal });
    expect(await ageing()).toEqual(await referenceAgeing(db, fx.creditorDE));
  });

  it('a backdated payment re-splits the later one (an UPDATE) and the figure follows both', async () => {
    const [later] = await parts(ids.a);
    expect((await pay(ids.a, 8_000, '2026-10-10', 'a-0')).errors).toBeUndefined();
    const now = await parts(ids.a);
    expect(now.map((p) => p.received)).toEqual(['2026-10-10', '2026-11-20']);
    // The costs now go to the backdated payment: the later one's principal part grew.
    expect(now[0]!.fees).toBe(2500);
    expect(now[1]!.id).toBe(later!.id);
    expect(now[1]!.fees).toBe(0);
    expect(now[1]!.principal).toBeGreaterThan(later!.principal);
    const principal = now[0]!.principal + now[1]!.principal;
    expect(await bucket('DAYS_61_90')).toEqual({ key: 'DAYS_61_90', cases: 1, openCents: 100_000 - principal, placedCents: 100_000 });
    expect(await ageing()).toEqual(await referenceAgeing(db, fx.creditorDE));
    const kept = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(kept);
  });

  it('after a seeded random sequence of payments (and closures, reassignments, raw statements) kpi_open equals a rebuild row for row', async () => {
    // The payments UPDATE trigger is statement-level: one grouped upsert per statement, not one per row.
    const { rows: [trigger] } = await db.query(`SELECT (tgtype & 1) AS per_row FROM pg_trigger WHERE tgname = 'kpi_payments_updated'`);
    expect(trigger.per_row).toBe(0);

    const random = prng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const done: Record<string, number> = {};
    const count = (kind: string, ok: boolean) => {
      if (ok) done[kind] = (done[kind] ?? 0) + 1;
    };
    const version = async (id: string) => (await db.query('SELECT version FROM cases WHERE id = $1', [id])).rows[0].version as number;
    const openCases = async () => (await db.query(`SELECT id FROM cases WHERE status IN ('OPEN', 'ON_HOLD') ORDER BY id`)).rows.map((r) => r.id as string);

    // Raw statements, one of each kind every 8th step: what imports, corrections and scripts do.
    const raw: Record<string, (open: string[], step: number) => Promise<unknown>> = {
      // One statement over several cases, as a bank import writes them (parts default to principal).
      bulk: (open, step) => db.query(
        `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key)
         SELECT c.id, 1_000 + (row_number() OVER (ORDER BY c.id))::int * 250, c.currency, $2::date, 'bulk', 'BANK', 'bulk-' || $3 || '-' || c.id
           FROM cases c WHERE c.id = ANY($1)`,
        [open.filter((_, i) => i % 3 === step % 3), addDays(TODAY, -Math.floor(random() * 20)), step],
      ),
      // A multi-row UPDATE of the parts of every payment of some open cases.
      resplit: (open, step) => db.query(
        `UPDATE payments SET principal_cents = principal_cents - 100, interest_cents = interest_cents + 100
          WHERE principal_cents >= 100 AND case_id = ANY($1)`,
        [open.filter((_, i) => i % 2 === step % 2)],
      ),
      delete: () => db.query(`DELETE FROM payments WHERE id IN (SELECT id FROM payments ORDER BY id LIMIT 2)`),
      // A payment booked on the wrong case moves to another (open) one.
      move: (open) => db.query(
        `UPDATE payments SET case_id = $1 WHERE id = (SELECT id FROM payments WHERE case_id <> $1 AND currency = 'EUR' ORDER BY id LIMIT 1)`,
        [pick(open.filter((id) => id !== fx.danishCase))],
      ),
      noop: (open) => db.query(`UPDATE payments SET reference = reference WHERE case_id = ANY($1)`, [open]),
      claim: (open, step) => db.query(
        `INSERT INTO claims (case_id, reference, principal_cents, currency, invoice_date, due_date)
         SELECT id, 'LATE-' || $2, 7_500, currency, '2026-09-01', '2026-10-01' FROM cases WHERE id = $1`,
        [pick(open), step],
      ),
      reopen: () => db.query(`UPDATE cases SET status = 'OPEN' WHERE id = (SELECT id FROM cases WHERE status NOT IN ('OPEN', 'ON_HOLD') ORDER BY id LIMIT 1)`),
    };
    const rawKinds = Object.keys(raw);

    for (let step = 0; step < 64; step++) {
      const caseId = pick(caseIds);
      if (step % 8 === 7) {
        const kind = rawKinds[((step + 1) / 8 - 1) % rawKinds.length]!;
        await raw[kind]!(await openCases(), step);
        count(kind, true);
        continue;
      }
      const action = pick(['pay', 'pay', 'pay', 'backdated', 'backdated', 'outcome', 'reassign']);
      if (action === 'pay' || action === 'backdated') {
        const receivedAt = addDays(TODAY, -(action === 'backdated' ? 30 + Math.floor(random() * 60) : Math.floor(random() * 10)));
        const result = await pay(caseId, 500 + Math.floor(random() * 40_000), receivedAt, `step-${step}`);
        count(action, !result.errors);
      } else if (action === 'outcome') {
        const type = pick(['DISPUTE', 'UNCOLLECTIBLE', 'PAID', 'NO_CONTACT']);
        const result = await api.gql(RECORD, { i: { caseId, type, note: `step ${step}` } }, lead);
        count(type, !result.errors);
      } else {
        const result = await api.gql(REASSIGN, { c: caseId, to: pick(fx.collectors).id, v: await version(caseId) }, lead);
        count('reassign', !result.errors);
      }
    }
    // The sequence did exercise payments, backdated ones, closures and every raw statement.
    for (const kind of ['pay', 'backdated', 'reassign', ...rawKinds]) expect({ kind, done: (done[kind] ?? 0) > 0 }).toEqual({ kind, done: true });
    expect((done.UNCOLLECTIBLE ?? 0) + (done.PAID ?? 0) + (done.DISPUTE ?? 0)).toBeGreaterThan(0);

    expect(await ageing()).toEqual(await referenceAgeing(db, fx.creditorDE));
    const kept = await snapshotReadModels(db);
    expect(kept.kpi_open.length).toBeGreaterThan(0);
    await db.query('SELECT kpi_rebuild()');
    expect(await snapshotReadModels(db)).toEqual(kept);
  });
});

describe('the kpi-balances migration: down restores what it replaced, up again backfills the outstanding principal', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());
  const migratedUntil = (until: number) => databases.until(until);

  it('down leaves the functions, triggers and kpi_open of the migration before; the read models stay kept; up backfills', async () => {
    const before = await migratedUntil(1764800000000);
    const { source, db } = await migratedUntil(1764900000000);
    const fx = await buildFixture(db, { collectors: 1, cases: 4 });
    const pay = (caseId: string, cents: number, principal: number, key: string) =>
      addPayment(db, caseId, {
        amountCents: cents, principalCents: principal, interestCents: cents - principal, receivedAt: '2026-11-01', reference: 'x', idempotencyKey: key,
      });
    await pay(fx.cases[0]!, 10_000, 9_000, 'm-1');
    await pay(fx.cases[1]!, 5_000, 5_000, 'm-2');
    const outstanding = async () =>
      (await db.query('SELECT sum(outstanding_principal_cents)::bigint AS o, sum(open_placed_cents)::bigint AS p FROM kpi_open')).rows[0];
    const placed = Number((await outstanding()).p);
    expect(Number((await outstanding()).o)).toBe(placed - 14_000);

    await source.undoLastMigration({ transaction: 'all' });
    expect(await definitions(db)).toEqual(await definitions(before.db));
    // The previous triggers still keep the read models: a payment and its re-split, then a rebuild changes nothing.
    await pay(fx.cases[2]!, 3_000, 3_000, 'm-3');
    await db.query(`UPDATE payments SET principal_cents = 2_000, interest_cents = 1_000 WHERE idempotency_key = 'm-3'`);
    const kept = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(kept);

    await source.runMigrations({ transaction: 'all' });
    expect(Number((await outstanding()).o)).toBe(placed - 16_000);
    const backfilled = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(backfilled);
  });
});
