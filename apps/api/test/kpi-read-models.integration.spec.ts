import { addDays, calendarDateIn, computeKpis, toReportingCents } from '@mahnwerk/domain';
import type pg from 'pg';
import { rebuildKpiReadModels } from '../src/analytics/kpi-rebuild.repository.js';
import { addCase, type Fixture } from './fixtures.js';
import { addPayment, updateCase } from './factories.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';
import { prng, snapshotReadModels } from './read-models.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const TODAY = '2026-11-25';
const FIELDS = `paymentRate recoveryRate recoveredCents placedCents collectedCents dunningDurationDaysMedian
  dunningDurationDaysMean dunningDurationDaysP90 promiseKeptRate casesPlaced casesPaidInFull`;
const KPIS = `query($f: KpiFilter!) { kpis(filter: $f) { ${FIELDS} } }`;
const CLAIM = 'mutation { claimNextCase { id } }';
const RECORD = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }';
const PAYMENT = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }';
const REASSIGN = 'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id } }';
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status } }';
const CASES = 'query($f: KpiFilter!, $m: KpiMetric!) { kpiCases(filter: $f, metric: $m, limit: 200) { items { id } } }';

/**
 * The KPI definitions as plain GROUP BY queries over the raw tables: the reference the read models must match.
 * A case's own figures count for its collector (after the catch-up, its last assignee); a payment or
 * promise for the collector who held the case when it was recorded (its kpi_collector_id).
 */
async function referenceKpis(db: pg.Pool, f: { from: string; to: string; creditorId?: string; collectorId?: string }) {
  const scope = `($3::uuid IS NULL OR c.creditor_id = $3) AND ($4::uuid IS NULL OR c.last_assignee_id = $4)`;
  const eventScope = `($3::uuid IS NULL OR c.creditor_id = $3) AND ($4::uuid IS NULL OR p.kpi_collector_id = $4)`;
  const params = [f.from, f.to, f.creditorId ?? null, f.collectorId ?? null];
  const q = async (sql: string, p: unknown[] = params) => (await db.query(sql, p)).rows;
  const reporting = (rows: { currency: string; cents: string | number }[]) =>
    rows.reduce((sum, r) => sum + toReportingCents(Number(r.cents), r.currency), 0);
  const [placed] = await q(
    `SELECT count(*)::int AS cases, count(*) FILTER (WHERE c.status = 'PAID')::int AS paid
       FROM cases c WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope}`,
  );
  const placedCents = await q(
    `SELECT c.currency, sum(cl.principal_cents)::bigint AS cents FROM cases c JOIN claims cl ON cl.case_id = c.id
      WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
  );
  const collected = await q(
    `SELECT c.currency, sum(p.amount_cents)::bigint AS cents FROM cases c JOIN payments p ON p.case_id = c.id
      WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
  );
  const recovered = await q(
    `SELECT c.currency, sum(p.amount_cents)::bigint AS cents FROM payments p JOIN cases c ON c.id = p.case_id
      WHERE p.received_at BETWEEN $1 AND $2 AND ${eventScope} GROUP BY c.currency`,
  );
  // The paid day is the day in Europe/Berlin (the reporting time zone), as for every other day here.
  const durations = await q(
    `SELECT (c.paid_at AT TIME ZONE 'Europe/Berlin')::date - c.placed_at AS days FROM cases c
      WHERE c.status = 'PAID' AND (c.paid_at AT TIME ZONE 'Europe/Berlin')::date BETWEEN $1 AND $2 AND ${scope}`,
  );
  const [promises] = await q(
    `SELECT count(*) FILTER (WHERE p.status = 'KEPT')::int AS kept,
            count(*) FILTER (WHERE p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $5 AND c.status <> 'PAID'))::int AS broken
       FROM promises p JOIN cases c ON c.id = p.case_id WHERE p.due_date BETWEEN $1 AND $2 AND ${eventScope}`,
    [...params, TODAY],
  );
  return computeKpis({
    casesPlaced: placed.cases,
    casesPlacedPaidInFull: placed.paid,
    placedCents: reporting(placedCents),
    collectedOnPlacedCents: reporting(collected),
    recoveredCents: reporting(recovered),
    dunningDurations: durations.map((d) => ({ days: Number(d.days), cases: 1 })),
    promisesKept: promises.kept,
    promisesBroken: promises.broken,
  });
}

describe('KPI read models: kept by triggers in the transaction of each change, equal to a rebuild', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let manager: string;
  const tokens = new Map<string, string>();
  const caseIds: string[] = [];
  const counts: Record<string, number> = {};
  const errors: string[] = [];

  const bed = withApi({
    collectors: 3, cases: 12,
    arrange: async () => {
      ({ db, fx } = bed);
      const random = prng(20261125);
      caseIds.push(...fx.cases, fx.danishCase);
      // History: cases placed over the autumn, some with payments and promises (bulk, as an import writes them).
      for (let i = 0; i < 14; i++) {
        const placedAt = addDays('2026-08-01', Math.floor(random() * 110));
        // In their stage since placement: the dunning run in (a) steps those whose wait is over.
        caseIds.push(await addCase(db, {
          creditorId: fx.creditorDE, principalCents: 20_000 + Math.floor(random() * 200_000), priority: 200 + i, placedAt,
          assigneeId: random() < 0.5 ? fx.collectors[i % 3].id : null, stageEnteredOn: placedAt,
        }));
      }
      await db.query(
        `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key)
         SELECT c.id, 5_000 + (row_number() OVER (ORDER BY c.id))::int * 100, c.currency, c.placed_at + 10, 'bank', 'BANK', 'history-' || c.id
           FROM cases c WHERE c.id = ANY($1)`,
        [caseIds.filter((_, i) => i % 3 === 0)],
      );
      await db.query(
        `INSERT INTO promises (case_id, amount_cents, due_date, status)
         SELECT c.id, 10_000, d, 'OPEN' FROM cases c, unnest(ARRAY['2026-10-20', '2026-11-20', '2026-12-10']::date[]) d
          WHERE c.id = ANY($1)`,
        [caseIds.filter((_, i) => i % 4 === 1)],
      );
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    manager = await api.login(fx.manager.email);
    for (const c of fx.collectors) tokens.set(c.id, await api.login(c.email));
  });

  it('(a) after a seeded random sequence of mutations and a dunning run, the read models equal a rebuild', async () => {
    const random = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const count = (name: string, result: boolean | { errors?: { message: string }[] }) => {
      const ok = typeof result === "boolean" ? result : !result.errors;
      if (typeof result !== "boolean" && result.errors) errors.push(`${name}: ${result.errors[0]!.message}`);
      if (ok) counts[name] = (counts[name] ?? 0) + 1;
    };
    const version = async (id: string) => (await db.query('SELECT version FROM cases WHERE id = $1', [id])).rows[0].version as number;

    for (let step = 0; step < 70; step++) {
      const caseId = pick(caseIds);
      const action = step === 35 ? 'dunning' : pick(['claim', 'outcome', 'outcome', 'outcome', 'payment', 'payment', 'reassign', 'catch-up']);
      if (action === 'dunning') {
        count('dunning', await api.gql(RUN, { d: TODAY }, lead));
      } else if (action === 'catch-up') {
        // What the API does every second: the case-level rows of handed-over cases follow them.
        await db.query('SELECT kpi_collectors_catch_up(100000)');
        count('catch-up', true);
      } else if (action === 'claim') {
        const collector = pick(fx.collectors);
        count('claim', await api.gql(CLAIM, {}, tokens.get(collector.id)));
      } else if (action === 'payment') {
        const result = await api.gql(PAYMENT, {
          i: {
            caseId, amountCents: 1_000 + Math.floor(random() * 60_000), receivedAt: addDays(TODAY, -Math.floor(random() * 60)),
            reference: `SEPA ${step}`, idempotencyKey: `kpi-step-${step}`,
          },
        }, lead);
        count('payment', result);
      } else if (action === 'reassign') {
        const to = pick(fx.collectors);
        count('reassign', await api.gql(REASSIGN, { c: caseId, to: to.id, v: await version(caseId) }, lead));
      } else {
        const type = pick(['NO_CONTACT', 'RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'PAID', 'CALLBACK', 'DISPUTE']);
        const input: Record<string, unknown> = { caseId, type, note: `step ${step}` };
        if (step % 2 === 0) input.handlingSeconds = 60 + step;
        if (type === 'PROMISE_TO_PAY') {
          input.promiseAmountCents = 5_000 + Math.floor(random() * 20_000);
          input.promiseDate = addDays(TODAY, 1 + Math.floor(random() * 20));
        } else if (type === 'PAYMENT_PLAN') {
          input.installments = [0, 1, 2].map((n) => ({ dueDate: addDays(TODAY, 7 + 30 * n), amountCents: 5_000 }));
        } else if (type === 'CALLBACK') {
          input.callbackAt = '2026-11-27T09:00:00.000Z';
        }
        count(type, await api.gql(RECORD, { i: input }, lead));
      }
    }
    // The sequence did exercise every kind of change.
    for (const kind of ['claim', 'payment', 'reassign', 'catch-up', 'dunning', 'PROMISE_TO_PAY', 'PAYMENT_PLAN', 'PAID']) {
      expect({ kind, done: (counts[kind] ?? 0) > 0, errors }).toEqual({ kind, done: true, errors });
    }
    // Hand-overs came between the events: some payments, promises and contacts stay credited to an earlier holder.
    const { rows: [{ earlier }] } = await db.query(
      `SELECT count(*)::int AS earlier
         FROM (SELECT case_id, kpi_collector_id FROM payments UNION ALL SELECT case_id, kpi_collector_id FROM promises
               UNION ALL SELECT case_id, kpi_collector_id FROM activities WHERE outcome IS NOT NULL) e
         JOIN cases c ON c.id = e.case_id
        WHERE e.kpi_collector_id IS DISTINCT FROM c.last_assignee_id AND e.kpi_collector_id IS NOT NULL`,
    );
    expect(earlier).toBeGreaterThan(0);
    // The run stepped the cases whose wait was over (their stage moves are the steps' collectors').
    expect((await db.query('SELECT count(*)::int AS n FROM dunning_steps')).rows[0].n).toBeGreaterThan(0);

    const kept = await snapshotReadModels(db);
    expect(kept.kpi_cohort.length).toBeGreaterThan(0);
    expect(kept.kpi_duration.length).toBeGreaterThan(0);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(kept);
  });

  it('(b) kpis from the read models equal the GROUP BY definitions over the raw tables', async () => {
    const filters = [
      { from: '2026-08-01', to: '2026-12-31' },
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-09-15', to: '2026-11-24' },
      { from: '2026-08-01', to: '2026-12-31', creditorId: fx.creditorDE },
      { from: '2026-08-01', to: '2026-12-31', creditorId: fx.creditorDK },
      ...fx.collectors.map((c) => ({ from: '2026-07-01', to: '2026-12-31', collectorId: c.id })),
      { from: '2026-07-01', to: '2026-12-31', creditorId: fx.creditorDE, collectorId: fx.collectors[0].id },
    ];
    // Hand-overs reach the split by collector when the read models catch up (every second in the API).
    const { rows: [{ moved }] } = await db.query('SELECT kpi_collectors_catch_up(100000) AS moved');
    expect(moved).toBeGreaterThan(0);
    let paidSeen = false;
    for (const f of filters) {
      const { kpis } = await api.ok<{ kpis: Record<string, unknown> }>(KPIS, { f }, manager);
      const expected = await referenceKpis(db, f);
      expect({ filter: f, kpis }).toEqual({ filter: f, kpis: expected });
      paidSeen ||= expected.casesPaidInFull > 0;
    }
    expect(paidSeen).toBe(true);
    expect(calendarDateIn(new Date('2026-11-25T10:00:00Z'), 'Europe/Berlin')).toBe(TODAY);
  });

  it('(b2) a payment stays with the collector who held the case; a hand-over and its catch-up move only the case-level rows', async () => {
    const [a, b] = fx.collectors;
    // An open case with a dunning step behind it (the run in (a)) and a balance left to pay.
    const { rows: [picked] } = await db.query(
      `SELECT c.id FROM cases c WHERE c.id = ANY($1) AND c.status = 'OPEN' AND c.open_cents > 10_000
          AND EXISTS (SELECT 1 FROM dunning_steps ds WHERE ds.case_id = c.id) ORDER BY c.id LIMIT 1`,
      [caseIds],
    );
    expect(picked).toBeDefined();
    const caseId = picked.id as string;
    await updateCase(db, caseId, { assigneeId: a!.id });
    await db.query('SELECT kpi_collectors_catch_up(100000)');

    const kpisOf = async (f: { from: string; to: string; collectorId?: string }) =>
      (await api.ok<{ kpis: { casesPlaced: number; recoveredCents: number } }>(KPIS, { f }, manager)).kpis;
    const recovered = async (day: string, collectorId?: string) => (await kpisOf({ from: day, to: day, collectorId })).recoveredCents;
    const placed = async (collectorId?: string) => (await kpisOf({ from: '2026-01-01', to: '2026-12-31', collectorId })).casesPlaced;
    const rebuiltEqual = async () => {
      const kept = await snapshotReadModels(db);
      await rebuildKpiReadModels(db);
      expect(await snapshotReadModels(db)).toEqual(kept);
    };
    /** Every read model summed over collectors: what a hand-over must never change. */
    const totals = async () => {
      const out: Record<string, unknown[]> = {};
      for (const [table, key, sums] of [
        ['kpi_cohort', 'placed_on, creditor_id, currency', 'cases_placed, placed_cents, collected_cents, cases_paid, paid_placed_cents'],
        ['kpi_daily', 'day, creditor_id, currency', 'recovered_cents, paid_cases, promises_kept, promises_broken, promises_open, contacts'],
        ['kpi_duration', 'day, creditor_id, days', 'cases'],
        ['kpi_open', 'placed_on, creditor_id, currency', 'open_cases, open_placed_cents, outstanding_principal_cents'],
        ['kpi_stage_moves', 'day, creditor_id, currency, from_stage, to_stage', 'cases'],
      ] as const) {
        const sumsSql = sums.split(', ').map((c) => `sum(${c})::bigint AS ${c}`).join(', ');
        out[table] = (await db.query(`SELECT ${key}, ${sumsSql} FROM ${table} GROUP BY ${key} ORDER BY ${key}`)).rows;
      }
      return out;
    };
    const pay = async (cents: number, receivedAt: string, key: string) =>
      api.ok(PAYMENT, { i: { caseId, amountCents: cents, receivedAt, reference: key, idempotencyKey: key } }, lead);

    // A payment while A holds the case is A's.
    const [day1, day2] = ['2026-11-02', '2026-11-03'];
    const [a1, b1, all1] = [await recovered(day1, a!.id), await recovered(day1, b!.id), await recovered(day1)];
    await pay(1_234, day1, 'held-by-a');
    expect([await recovered(day1, a!.id), await recovered(day1, b!.id), await recovered(day1)]).toEqual([a1 + 1_234, b1, all1 + 1_234]);

    // The case moves to B. A payment after the move is B's at once, before any catch-up.
    const [placedA, placedB, placedAll] = [await placed(a!.id), await placed(b!.id), await placed()];
    const { rows: [{ version }] } = await db.query('SELECT version FROM cases WHERE id = $1', [caseId]);
    await api.ok(REASSIGN, { c: caseId, to: b!.id, v: version }, lead);
    const [a2, b2] = [await recovered(day2, a!.id), await recovered(day2, b!.id)];
    await pay(2_345, day2, 'held-by-b');
    expect([await recovered(day2, a!.id), await recovered(day2, b!.id)]).toEqual([a2, b2 + 2_345]);
    // The reference repeats the key (the stored key is scoped to the lead: manual:<user>:<key>).
    expect((await db.query(
      `SELECT reference, kpi_collector_id FROM payments WHERE reference IN ('held-by-a', 'held-by-b') ORDER BY 1`,
    )).rows).toEqual([{ reference: 'held-by-a', kpi_collector_id: a!.id }, { reference: 'held-by-b', kpi_collector_id: b!.id }]);
    await rebuiltEqual();

    // The catch-up moves the case itself (its cohort, open and placement rows), nothing of its history.
    const before = await snapshotReadModels(db);
    const totalsBefore = await totals();
    const { rows: [{ moved }] } = await db.query('SELECT kpi_collectors_catch_up(100000) AS moved');
    expect(moved).toBe(1);
    const after = await snapshotReadModels(db);
    expect(after.kpi_daily).toEqual(before.kpi_daily);
    expect(after.kpi_duration).toEqual(before.kpi_duration);
    const stepMoves = (rows: unknown[]) => (rows as { from_stage: string; to_stage: string }[])
      .filter((r) => r.from_stage !== 'PLACED' && r.to_stage !== 'CLOSED');
    expect(stepMoves(after.kpi_stage_moves!)).toEqual(stepMoves(before.kpi_stage_moves!));
    expect(after.kpi_cohort).not.toEqual(before.kpi_cohort);
    expect(after.kpi_open).not.toEqual(before.kpi_open);
    expect(after.kpi_stage_moves).not.toEqual(before.kpi_stage_moves);
    expect(await totals()).toEqual(totalsBefore);
    expect([await placed(a!.id), await placed(b!.id), await placed()]).toEqual([placedA - 1, placedB + 1, placedAll]);

    // A's payment stays A's, B's stays B's, in the figures and in the cases behind them.
    expect([await recovered(day1, a!.id), await recovered(day1, b!.id), await recovered(day1)]).toEqual([a1 + 1_234, b1, all1 + 1_234]);
    expect([await recovered(day2, a!.id), await recovered(day2, b!.id)]).toEqual([a2, b2 + 2_345]);
    const listed = async (metric: string, f: { from: string; to: string; collectorId: string }) =>
      (await api.ok<{ kpiCases: { items: { id: string }[] } }>(CASES, { f, m: metric }, manager)).kpiCases.items.some((c) => c.id === caseId);
    expect([
      await listed('PAYMENTS', { from: day1, to: day1, collectorId: a!.id }), await listed('PAYMENTS', { from: day2, to: day2, collectorId: a!.id }),
      await listed('PAYMENTS', { from: day1, to: day1, collectorId: b!.id }), await listed('PAYMENTS', { from: day2, to: day2, collectorId: b!.id }),
      await listed('PLACED', { from: '2026-01-01', to: '2026-12-31', collectorId: a!.id }),
      await listed('PLACED', { from: '2026-01-01', to: '2026-12-31', collectorId: b!.id }),
    ]).toEqual([true, false, false, true, false, true]);
    await rebuiltEqual();
  });

  it('(c) a failed mutation (stale version CONFLICT, refused payment) changes no read-model row', async () => {
    const before = await snapshotReadModels(db);
    const caseId = caseIds[0]!;
    const stale = await api.gql(REASSIGN, { c: caseId, to: fx.collectors[1].id, v: 1 }, lead);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const refused = await api.gql(PAYMENT, {
      i: { caseId, amountCents: -5, receivedAt: TODAY, reference: 'bad', idempotencyKey: 'kpi-refused' },
    }, lead);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // A transaction that rolls back after its triggers ran takes their changes with it.
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await addPayment(client, caseId, { amountCents: 100, receivedAt: TODAY, reference: 'x', idempotencyKey: 'kpi-rolled-back' });
      const inside = await client.query('SELECT sum(recovered_cents)::bigint AS n FROM kpi_daily');
      const recovered = (before.kpi_daily as { recovered_cents: string }[]).reduce((sum, r) => sum + Number(r.recovered_cents), 0);
      expect(Number(inside.rows[0].n)).toBe(recovered + 100);
      await expect(client.query(`UPDATE cases SET status = 'NONSENSE' WHERE id = $1`, [caseId])).rejects.toThrow(/check constraint/);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await snapshotReadModels(db)).toEqual(before);
  });
});
