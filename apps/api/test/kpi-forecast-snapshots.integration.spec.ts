import type pg from 'pg';
import { ForecastSnapshotScheduler } from '../src/analytics/forecast-snapshot-scheduler.service.js';
import { ForecastService } from '../src/analytics/forecast.service.js';
import { addPromise } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// Day D is 2026-10-01 (Europe/Berlin); the comparison is read on D + 35.
const D = '2026-10-01';
const AT_D = new Date('2026-10-01T08:00:00Z');
const LATER = new Date('2026-11-05T10:00:00Z');
const FORECAST = `query($f: KpiFilter!) { kpiForecast(filter: $f) { asOf keptRate comparable firstRecordedOn
  horizons { days promisedCents expectedCents } past { days madeOn from to available expectedCents actualCents } } }`;
const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }';

describe('recovery forecasts on record: compared as they were made, one row per day, creditor and horizon', () => {
  const clock = new FixedClock(AT_D);
  let api: ApiInstance;
  let twin: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let manager: string;
  let caseId: string;
  const forecast = async (f: Record<string, unknown> = {}) =>
    (await api.ok(FORECAST, { f: { from: '2026-01-01', to: '2026-12-31', ...f } }, manager)).kpiForecast;
  const snapshots = async () => (await db.query(
    `SELECT to_char(made_on, 'YYYY-MM-DD') AS made_on, creditor_id, horizon_days, promised_cents::int AS promised,
            expected_cents::int AS expected, open_items, rate_kept, rate_resolved, rate_source
       FROM kpi_forecast_snapshots ORDER BY made_on, creditor_id, horizon_days`,
  )).rows;

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 200_000, priority: 1, placedAt: '2026-08-01' });
      // History: 3 kept, 1 broken in September (0.75). Open: 100.00 and 200.00 due within 30 days of D, 400.00 within 60.
      for (const dueDate of ['2026-09-01', '2026-09-02', '2026-09-03']) await addPromise(db, caseId, { amountCents: 1000, dueDate, status: 'KEPT', paidCents: 1000 });
      await addPromise(db, caseId, { amountCents: 1000, dueDate: '2026-09-04', status: 'BROKEN' });
      await addPromise(db, caseId, { amountCents: 10_000, dueDate: '2026-10-05' });
      await addPromise(db, caseId, { amountCents: 20_000, dueDate: '2026-10-20' });
      await addPromise(db, caseId, { amountCents: 40_000, dueDate: '2026-11-15' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    manager = await api.login(fx.manager.email);
  });

  it("records the day's forecast of every creditor on the first forecast query", async () => {
    const today = await forecast();
    expect(today.asOf).toBe(D);
    expect(today.keptRate).toBe(0.75);
    expect(today.horizons).toEqual([
      { days: 30, promisedCents: 30_000, expectedCents: 22_500 },
      { days: 60, promisedCents: 70_000, expectedCents: 52_500 },
      { days: 90, promisedCents: 70_000, expectedCents: 52_500 },
    ]);
    // Nothing on record before today: no window can be compared yet, and none is made up.
    expect(today.comparable).toBe(true);
    expect(today.firstRecordedOn).toBe(D);
    expect(today.past.map((p: { available: boolean; expectedCents: number | null; madeOn: string | null }) => [p.available, p.expectedCents, p.madeOn]))
      .toEqual([[false, null, null], [false, null, null], [false, null, null]]);

    const rows = await snapshots();
    expect(rows).toHaveLength(6); // two creditors x three horizons, the Danish one with nothing due
    const de = rows.filter((r) => r.creditor_id === fx.creditorDE);
    expect(de.map((r) => [r.made_on, r.horizon_days, r.promised, r.expected, r.open_items, r.rate_kept, r.rate_resolved, r.rate_source])).toEqual([
      [D, 30, 30_000, 22_500, 2, 3, 4, 'OVERALL'],
      [D, 60, 70_000, 52_500, 3, 3, 4, 'OVERALL'],
      [D, 90, 70_000, 52_500, 3, 3, 4, 'OVERALL'],
    ]);
    expect(rows.filter((r) => r.creditor_id === fx.creditorDK).map((r) => r.expected)).toEqual([0, 0, 0]);
  });

  it('writes one row per day, creditor and horizon however often it runs (query, scheduler, another instance)', async () => {
    // Later the same day the kept-rate history changes: 16 more broken promises (3 kept of 20).
    for (let i = 0; i < 16; i++) await addPromise(db, caseId, { amountCents: 1000, dueDate: '2026-09-10', status: 'BROKEN' });
    // Today's figures move with it (a forecast recomputed now: 300.00 x 3/20 = 45.00) ...
    expect((await forecast()).horizons[0]).toEqual({ days: 30, promisedCents: 30_000, expectedCents: 4_500 });
    expect(await api.app.get(ForecastSnapshotScheduler, { strict: false }).tick()).toBeUndefined();
    twin = await bed.startApi();
    expect(await twin.app.get(ForecastService, { strict: false }).recordToday()).toBe(0);
    await twin.app.get(ForecastSnapshotScheduler, { strict: false }).tick();
    // ... but the day's record stays as first written.
    const rows = await snapshots();
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.creditor_id === fx.creditorDE && r.horizon_days === 30)).toMatchObject({ expected: 22_500, rate_kept: 3, rate_resolved: 4 });
  });

  it('compares an ended window with the forecast made at its start, not a recomputation, and the payments received in it', async () => {
    clock.instant = LATER; // D + 35
    const pay = async (amountCents: number, receivedAt: string, key: string) =>
      api.ok(PAY, { i: { caseId, amountCents, receivedAt, reference: key, idempotencyKey: `forecast-snapshots-${key}` } }, await api.login(fx.admin.email));
    await pay(10_000, '2026-10-05', 'p1');
    await pay(5_000, '2026-10-25', 'p2');
    await pay(7_000, '2026-11-02', 'p3'); // after the 30-day window

    const later = await forecast();
    expect(later.asOf).toBe('2026-11-05');
    expect(later.firstRecordedOn).toBe(D);
    // 30 days from D: the 225.00 expected on D (at 3/4 kept), although the history now says 3 of 20.
    expect(later.past[0]).toEqual({
      days: 30, madeOn: D, from: D, to: '2026-10-30', available: true, expectedCents: 22_500, actualCents: 15_000,
    });
    // The 60- and 90-day windows from D have not ended; no forecast was recorded at the start of the ones that have.
    expect(later.past[1]).toEqual({
      days: 60, madeOn: null, from: '2026-09-06', to: '2026-11-04', available: false, expectedCents: null, actualCents: 22_000,
    });
    expect(later.past[2]).toMatchObject({ days: 90, madeOn: null, available: false, expectedCents: null });

    // Per creditor and country: the same record, summed over the creditors in view.
    expect((await forecast({ creditorId: fx.creditorDE })).past[0]).toMatchObject({ available: true, expectedCents: 22_500, actualCents: 15_000 });
    expect((await forecast({ country: 'DK' })).past[0]).toMatchObject({ available: true, madeOn: D, expectedCents: 0, actualCents: 0 });
    // A collector's view: forecasts are recorded per creditor, so nothing to compare with.
    const mine = await forecast({ collectorId: fx.collectors[0].id });
    expect(mine.comparable).toBe(false);
    expect(mine.firstRecordedOn).toBeNull();
    expect(mine.past.every((p: { available: boolean; expectedCents: number | null }) => !p.available && p.expectedCents === null)).toBe(true);

    // The D + 35 query recorded its own day; D's rows are untouched.
    const rows = await snapshots();
    expect(rows.filter((r) => r.made_on === D)).toHaveLength(6);
    expect(rows.filter((r) => r.made_on === '2026-11-05')).toHaveLength(6);
    expect(rows.find((r) => r.made_on === D && r.creditor_id === fx.creditorDE && r.horizon_days === 30)!.expected).toBe(22_500);
  });
});
