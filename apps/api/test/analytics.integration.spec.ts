import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { addPayment, addPromise, updateCase } from './factories.js';
import { ApiInstance, connected, failureOf, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const FIELDS = `paymentRate recoveryRate recoveredCents placedCents collectedCents dunningDurationDaysMedian
  dunningDurationDaysMean promiseKeptRate casesPlaced casesPaidInFull`;
const KPIS = `query($f: KpiFilter!) { kpis(filter: $f) { ${FIELDS} } }`;
const SERIES = `query($f: KpiFilter!) { kpiSeries(filter: $f, interval: MONTH) { periodStart kpis { ${FIELDS} } } }`;
const BY_COLLECTOR = `query($f: KpiFilter!) { kpisByCollector(filter: $f) { collector { id } kpis { ${FIELDS} } } }`;
const PERIOD = { from: '2026-09-01', to: '2026-10-31' };

interface Kpis {
  paymentRate: number;
  recoveryRate: number;
  recoveredCents: number;
  placedCents: number;
  collectedCents: number;
  dunningDurationDaysMedian: number | null;
  dunningDurationDaysMean: number | null;
  promiseKeptRate: number | null;
  casesPlaced: number;
  casesPaidInFull: number;
}

/** 1,000,000 DKK cents at 7.46038 DKK/EUR = 134,041.37 EUR cents, rounded half-up once. */
const DKK_PLACED_EUR = 134_041;
/** 500,000 DKK cents = 67,020.68 EUR cents. */
const DKK_PAID_EUR = 67_021;

const empty: Kpis = {
  paymentRate: 0, recoveryRate: 0, recoveredCents: 0, placedCents: 0, collectedCents: 0,
  dunningDurationDaysMedian: null, dunningDurationDaysMean: null, promiseKeptRate: null, casesPlaced: 0, casesPaidInFull: 0,
};

/**
 * A known history (the clock says 2026-11-25):
 *  A  DE  placed 09-10  1,000.00 EUR  c1  paid 600 on 09-20 + 400 on 10-05, PAID 10-05 (25 days); promise KEPT due 09-20
 *  B  DE  placed 09-15  2,000.00 EUR  c2  paid 500 on 10-20, open; promises BROKEN due 10-10, OPEN due 10-25 (past due)
 *  C  DE  placed 10-01    500.00 EUR  c1  paid 500 on 10-31, PAID 10-31 (30 days)
 *  D  DK  placed 10-10 10,000.00 DKK  c1  paid 5,000 DKK on 10-15, open; promise KEPT due 10-15
 *  E  DE  placed 08-20    300.00 EUR  c2  paid 300 on 09-05, PAID 09-05 (16 days; placed before the period)
 *  F  DE  placed 10-20    800.00 EUR  --  nothing paid; promise OPEN due 12-15 (future)
 */
describe('analytics: KPIs from a known history, filters, series, per collector, live updates', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let manager: string;
  const ids: Record<string, string> = {};

  const kpis = async (filter: Record<string, unknown>, token = manager): Promise<Kpis> =>
    (await api.ok<{ kpis: Kpis }>(KPIS, { f: filter }, token)).kpis;
  const payment = (caseId: string, amountCents: number, currency: string, receivedAt: string) =>
    addPayment(db, caseId, { amountCents, currency, receivedAt, reference: 'bank' });
  const promise = (caseId: string, amountCents: number, dueDate: string, status: 'OPEN' | 'KEPT' | 'BROKEN') =>
    addPromise(db, caseId, { amountCents, dueDate, status });
  const paid = (caseId: string, at: string) =>
    updateCase(db, caseId, { assigneeId: null, status: 'PAID', paidAt: at });

  const bed = withApi({
    collectors: 2, cases: 0, // only the fixture's Danish case, placed 2026-07-15
    arrange: async () => {
      ({ db, fx } = bed);
      const [c1, c2] = fx.collectors;
      const de = { creditorId: fx.creditorDE };
      ids.A = await addCase(db, { ...de, principalCents: 100_000, priority: 1, placedAt: '2026-09-10', assigneeId: c1.id });
      ids.B = await addCase(db, { ...de, principalCents: 200_000, priority: 2, placedAt: '2026-09-15', assigneeId: c2.id });
      ids.C = await addCase(db, { ...de, principalCents: 50_000, priority: 3, placedAt: '2026-10-01', assigneeId: c1.id });
      ids.D = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 1_000_000, priority: 4, placedAt: '2026-10-10', assigneeId: c1.id, currency: 'DKK', country: 'DK',
      });
      ids.E = await addCase(db, { ...de, principalCents: 30_000, priority: 5, placedAt: '2026-08-20', assigneeId: c2.id });
      ids.F = await addCase(db, { ...de, principalCents: 80_000, priority: 6, placedAt: '2026-10-20' });

      await payment(ids.A, 60_000, 'EUR', '2026-09-20');
      await payment(ids.A, 40_000, 'EUR', '2026-10-05');
      await payment(ids.B, 50_000, 'EUR', '2026-10-20');
      await payment(ids.C, 50_000, 'EUR', '2026-10-31');
      await payment(ids.D, 500_000, 'DKK', '2026-10-15');
      await payment(ids.E, 30_000, 'EUR', '2026-09-05');
      await paid(ids.A, '2026-10-05T12:00:00Z');
      await paid(ids.C, '2026-10-31T10:00:00Z');
      await paid(ids.E, '2026-09-05T15:00:00Z');

      await promise(ids.A, 60_000, '2026-09-20', 'KEPT');
      await promise(ids.B, 20_000, '2026-10-10', 'BROKEN');
      await promise(ids.B, 20_000, '2026-10-25', 'OPEN');
      await promise(ids.D, 500_000, '2026-10-15', 'KEPT');
      await promise(ids.F, 50_000, '2026-12-15', 'OPEN');
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    manager = await api.login(fx.manager.email);
  });

  it('the trigger remembers the last assignee once a case leaves the queue', async () => {
    const { rows } = await db.query('SELECT id, assignee_id, last_assignee_id FROM cases WHERE id = ANY($1)', [[ids.A, ids.E, ids.F]]);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[ids.A]).toMatchObject({ assignee_id: null, last_assignee_id: fx.collectors[0].id });
    expect(byId[ids.E]).toMatchObject({ assignee_id: null, last_assignee_id: fx.collectors[1].id });
    expect(byId[ids.F]).toMatchObject({ assignee_id: null, last_assignee_id: null });
  });

  it('kpis over Sep-Oct 2026, all creditors, DKK converted at 7.46038', async () => {
    expect(await kpis(PERIOD)).toEqual({
      casesPlaced: 5, // A B C D F
      casesPaidInFull: 2, // A C
      paymentRate: 0.4,
      placedCents: 100_000 + 200_000 + 50_000 + DKK_PLACED_EUR + 80_000,
      collectedCents: 100_000 + 50_000 + 50_000 + DKK_PAID_EUR,
      recoveryRate: (100_000 + 50_000 + 50_000 + DKK_PAID_EUR) / (430_000 + DKK_PLACED_EUR),
      recoveredCents: 60_000 + 40_000 + 50_000 + 50_000 + DKK_PAID_EUR + 30_000, // includes E, placed in August
      dunningDurationDaysMedian: 25, // [16, 25, 30]
      dunningDurationDaysMean: 23.7, // 71 / 3
      promiseKeptRate: 0.5, // kept A, D; broken B (BROKEN), B (OPEN, past due)
    });
  });

  it('creditorId filter: German only, Danish only', async () => {
    expect(await kpis({ ...PERIOD, creditorId: fx.creditorDE })).toEqual({
      casesPlaced: 4, casesPaidInFull: 2, paymentRate: 0.5,
      placedCents: 430_000, collectedCents: 200_000, recoveryRate: 200_000 / 430_000,
      recoveredCents: 230_000,
      dunningDurationDaysMedian: 25, dunningDurationDaysMean: 23.7,
      promiseKeptRate: 1 / 3,
    });
    expect(await kpis({ ...PERIOD, creditorId: fx.creditorDK })).toEqual({
      casesPlaced: 1, casesPaidInFull: 0, paymentRate: 0,
      placedCents: DKK_PLACED_EUR, collectedCents: DKK_PAID_EUR, recoveryRate: DKK_PAID_EUR / DKK_PLACED_EUR,
      recoveredCents: DKK_PAID_EUR,
      dunningDurationDaysMedian: null, dunningDurationDaysMean: null,
      promiseKeptRate: 1,
    });
  });

  it('collectorId filter credits cases to their last assignee', async () => {
    const [c1, c2] = fx.collectors;
    expect(await kpis({ ...PERIOD, collectorId: c1.id })).toEqual({
      casesPlaced: 3, casesPaidInFull: 2, paymentRate: 2 / 3, // A C D
      placedCents: 150_000 + DKK_PLACED_EUR, collectedCents: 150_000 + DKK_PAID_EUR,
      recoveryRate: (150_000 + DKK_PAID_EUR) / (150_000 + DKK_PLACED_EUR),
      recoveredCents: 150_000 + DKK_PAID_EUR,
      dunningDurationDaysMedian: 27.5, dunningDurationDaysMean: 27.5, // [25, 30]
      promiseKeptRate: 1,
    });
    expect(await kpis({ ...PERIOD, collectorId: c2.id })).toEqual({
      casesPlaced: 1, casesPaidInFull: 0, paymentRate: 0, // B (E was placed in August)
      placedCents: 200_000, collectedCents: 50_000, recoveryRate: 0.25,
      recoveredCents: 80_000, // B 500 + E 300
      dunningDurationDaysMedian: 16, dunningDurationDaysMean: 16,
      promiseKeptRate: 0,
    });
    expect(await kpis({ ...PERIOD, collectorId: c1.id, creditorId: fx.creditorDE })).toMatchObject({
      casesPlaced: 2, casesPaidInFull: 2, paymentRate: 1, placedCents: 150_000, collectedCents: 150_000, recoveryRate: 1, recoveredCents: 150_000,
    });
    expect(await kpis({ ...PERIOD, collectorId: fx.collectorB.id })).toEqual(empty);
  });

  it('a period with nothing placed gives zero rates (not NaN) and no medians; future promises do not count', async () => {
    expect(await kpis({ from: '2026-11-01', to: '2026-12-31' })).toEqual(empty);
    expect(await kpis({ from: '2026-09-10', to: '2026-09-10' })).toMatchObject({ casesPlaced: 1, casesPaidInFull: 1, paymentRate: 1 });
  });

  it('kpiSeries gives one point per month with that month\'s figures', async () => {
    const { kpiSeries } = await api.ok<{ kpiSeries: { periodStart: string; kpis: Kpis }[] }>(SERIES, { f: PERIOD }, manager);
    expect(kpiSeries).toEqual([
      {
        periodStart: '2026-09-01',
        kpis: {
          casesPlaced: 2, casesPaidInFull: 1, paymentRate: 0.5, // A B
          placedCents: 300_000, collectedCents: 150_000, recoveryRate: 0.5,
          recoveredCents: 90_000, // A 600 + E 300
          dunningDurationDaysMedian: 16, dunningDurationDaysMean: 16, // E
          promiseKeptRate: 1, // A
        },
      },
      {
        periodStart: '2026-10-01',
        kpis: {
          casesPlaced: 3, casesPaidInFull: 1, paymentRate: 1 / 3, // C D F
          placedCents: 50_000 + DKK_PLACED_EUR + 80_000, collectedCents: 50_000 + DKK_PAID_EUR,
          recoveryRate: (50_000 + DKK_PAID_EUR) / (130_000 + DKK_PLACED_EUR),
          recoveredCents: 40_000 + 50_000 + 50_000 + DKK_PAID_EUR,
          dunningDurationDaysMedian: 27.5, dunningDurationDaysMean: 27.5, // A C
          promiseKeptRate: 1 / 3, // D kept; B broken twice
        },
      },
    ]);
    // The months add up to the whole period for the additive figures.
    const whole = await kpis(PERIOD);
    expect(kpiSeries[0].kpis.recoveredCents + kpiSeries[1].kpis.recoveredCents).toBe(whole.recoveredCents);
    expect(kpiSeries[0].kpis.casesPlaced + kpiSeries[1].kpis.casesPlaced).toBe(whole.casesPlaced);
  });

  it('kpiSeries clips the first and last month to the period', async () => {
    const { kpiSeries } = await api.ok<{ kpiSeries: { periodStart: string; kpis: Kpis }[] }>(
      SERIES, { f: { from: '2026-09-15', to: '2026-10-10', creditorId: fx.creditorDE } }, manager,
    );
    expect(kpiSeries.map((p) => [p.periodStart, p.kpis.casesPlaced, p.kpis.recoveredCents])).toEqual([
      ['2026-09-01', 1, 60_000], // B placed 09-15 (A on 09-10 is before the period); A's 600 on 09-20 (E's on 09-05 is before)
      ['2026-10-01', 1, 40_000], // C placed 10-01; A's 400 on 10-05 (B's on 10-20 is after)
    ]);
  });

  it('kpisByCollector: one row per collector the caller steers, matching the collectorId filter', async () => {
    const [c1, c2] = fx.collectors;
    const { kpisByCollector } = await api.ok<{ kpisByCollector: { collector: { id: string }; kpis: Kpis }[] }>(BY_COLLECTOR, { f: PERIOD }, manager);
    const byId = new Map(kpisByCollector.map((r) => [r.collector.id, r.kpis]));
    expect([...byId.keys()].sort()).toEqual([c1.id, c2.id, fx.collectorB.id].sort());
    expect(byId.get(c1.id)).toEqual(await kpis({ ...PERIOD, collectorId: c1.id }));
    expect(byId.get(c2.id)).toEqual(await kpis({ ...PERIOD, collectorId: c2.id }));
    expect(byId.get(c1.id)).toMatchObject({ casesPlaced: 3, recoveredCents: 150_000 + DKK_PAID_EUR });
    expect(byId.get(c2.id)).toMatchObject({ casesPlaced: 1, recoveredCents: 80_000 });
    expect(byId.get(fx.collectorB.id)).toEqual(empty);

    const lead = await api.login(fx.lead.email);
    const forLead = await api.ok<{ kpisByCollector: { collector: { id: string } }[] }>(BY_COLLECTOR, { f: PERIOD }, lead);
    expect(forLead.kpisByCollector.map((r) => r.collector.id).sort()).toEqual([c1.id, c2.id].sort());

    // A team or collector filter narrows the rows to the collectors it names.
    const ids = async (f: Record<string, unknown>) =>
      (await api.ok<{ kpisByCollector: { collector: { id: string } }[] }>(BY_COLLECTOR, { f: { ...PERIOD, ...f } }, manager))
        .kpisByCollector.map((r) => r.collector.id).sort();
    expect(await ids({ teamId: fx.teamB })).toEqual([fx.collectorB.id]);
    expect(await ids({ teamId: fx.teamA })).toEqual([c1.id, c2.id].sort());
    expect(await ids({ collectorId: c2.id })).toEqual([c2.id]);
  });

  it.each([
    ['from after to', { from: '2026-10-31', to: '2026-09-01' }],
    ['an impossible date', { from: '2026-09-31', to: '2026-10-31' }],
    ['a period over three years', { from: '2020-01-01', to: '2026-10-31' }],
    ['a creditorId that is not a UUID', { ...PERIOD, creditorId: 'ALP' }],
  ])('%s → BAD_USER_INPUT (kpis, kpiSeries, kpisByCollector)', async (_name, filter) => {
    for (const query of [KPIS, SERIES, BY_COLLECTOR]) {
      const result = await api.gql(query, { f: filter }, manager);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('kpisChanged refuses a bad period when subscribing (BAD_USER_INPUT)', async () => {
    const socket = api.socket(manager);
    await connected(socket);
    const sub = subscribe(socket, 'subscription($f: KpiFilter!) { kpisChanged(filter: $f) { recoveredCents } }', {
      f: { from: '2026-10-31', to: '2026-09-01' },
    });
    expect(await failureOf(sub)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } })]);
    const collector = await api.login(fx.collectors[0].email);
    const refused = subscribe(api.socket(collector), 'subscription($f: KpiFilter!) { kpisChanged(filter: $f) { recoveredCents } }', { f: PERIOD });
    expect((await failureOf(refused))?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('kpisChanged delivers new figures over the websocket after a recordPayment; other creditors\' filters stay quiet', async () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect((await kpis(november)).recoveredCents).toBe(0);
    const socket = api.socket(manager);
    await connected(socket);
    const live = subscribe<{ kpisChanged: Kpis }>(socket, `subscription($f: KpiFilter!) { kpisChanged(filter: $f) { ${FIELDS} } }`, { f: november });
    const danish = subscribe<{ kpisChanged: Kpis }>(socket, `subscription($f: KpiFilter!) { kpisChanged(filter: $f) { recoveredCents } }`, {
      f: { ...november, creditorId: fx.creditorDK },
    });
    await new Promise((r) => setTimeout(r, 150));

    const lead = await api.login(fx.lead.email);
    await api.ok(
      'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
      { i: { caseId: ids.F, amountCents: 12_345, receivedAt: '2026-11-24', reference: 'SEPA 1', idempotencyKey: `live-${randomUUID()}` } },
      lead,
    );
    const event = await live.next();
    expect(event.kpisChanged).toEqual({ ...empty, recoveredCents: 12_345 });
    const stored = await db.query(`SELECT amount_cents, received_at FROM payments WHERE case_id = $1`, [ids.F]);
    expect(stored.rows).toEqual([{ amount_cents: 12_345, received_at: '2026-11-24' }]);
    // The case was placed in October: its collected amount moved there too.
    expect((await kpis({ from: '2026-10-01', to: '2026-10-31' })).collectedCents).toBe(50_000 + DKK_PAID_EUR + 12_345);
    await expect(danish.next(300)).rejects.toThrow(/No event/);
  });
});
