import { calendarDateIn } from '@mahnwerk/domain';
import type pg from 'pg';
import { rebuildKpiReadModels } from '../src/analytics/kpi-rebuild.repository.js';
import { addCase, type Fixture } from './fixtures.js';
import { updateCase } from './factories.js';
import { ApiInstance, FixedClock } from './harness.js';
import { snapshotReadModels } from './read-models.js';
import { withApi } from './with-api.js';

// The application's clock is far from the database's: late on 10 March 2026 in UTC, which is already
// 11 March in Europe/Berlin (the read models' zone). Every closing day below is the clock's day there.
const NOW = new Date('2026-03-10T23:30:00Z');
const DAY = '2026-03-11';
const DAY_BEFORE = '2026-03-10';
const PLACED = '2026-01-15';

const RECORD = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id status } }';
const COURT = 'mutation($i: RecordCourtEventInput!) { recordCourtEvent(input: $i) { id status stage } }';
const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id status } }';
const BALANCE = 'query($id: ID!) { case(id: $id) { balance { totalCents } } }';
const ROLL = 'query($f: KpiFilter!) { kpiRollRates(filter: $f) { stage casesAtStart closed } }';
const KPIS = 'query($f: KpiFilter!) { kpis(filter: $f) { contacts recoveredCents dunningDurationDaysMedian } }';

describe('closing day: a case closed by the application closes on the clock\'s day in Europe/Berlin', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let manager: string;
  const ids: Record<string, string> = {};
  let paidCents = 0;

  const closedOn = async (id: string): Promise<string | null> =>
    (await db.query(`SELECT to_char(closed_on, 'YYYY-MM-DD') AS d FROM cases WHERE id = $1`, [id])).rows[0].d;
  const closures = async () =>
    (await db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, from_stage, sum(cases)::int AS cases FROM kpi_stage_moves
        WHERE to_stage = 'CLOSED' AND creditor_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [fx.creditorDE],
    )).rows;

  const bed = withApi({
    collectors: 1, cases: 0, clock: new FixedClock(NOW),
    arrange: async () => {
      ({ db, fx } = bed);
      const phoneCase = (priority: number, principalCents: number) =>
        addCase(db, {
          creditorId: fx.creditorDE, principalCents, priority, placedAt: PLACED, stage: 'PHONE', stageEnteredOn: '2026-02-01',
          invoiceDate: '2025-11-15', dueDate: '2025-12-01',
        });
      ids.uncollectible = await phoneCase(1, 40_000);
      ids.legal = await phoneCase(2, 50_000);
      ids.court = await phoneCase(3, 60_000);
      ids.paid = await phoneCase(4, 20_000);
      ids.open = await phoneCase(5, 30_000);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    manager = await api.login(fx.manager.email);

    await api.ok(RECORD, { i: { caseId: ids.uncollectible, type: 'UNCOLLECTIBLE', note: 'Debtor insolvent, no assets' } }, lead);
    await api.ok(RECORD, { i: { caseId: ids.legal, type: 'ESCALATE_LEGAL', note: 'Hand over' } }, lead);
    const court = await api.ok(COURT, { i: { caseId: ids.court, event: 'ORDER_APPLIED', on: DAY } }, lead);
    expect(court.recordCourtEvent).toMatchObject({ status: 'LEGAL', stage: 'COURT' });
    paidCents = (await api.ok(BALANCE, { id: ids.paid }, lead)).case.balance.totalCents;
    const paid = await api.ok(PAY, { i: { caseId: ids.paid, amountCents: paidCents, receivedAt: DAY, reference: 'SEPA', idempotencyKey: 'closing-day-paid' } }, lead);
    expect(paid.recordPayment.status).toBe('PAID');
  });

  it('the clock\'s day is neither its UTC day nor the database\'s today', async () => {
    expect(calendarDateIn(NOW, 'Europe/Berlin')).toBe(DAY);
    expect(NOW.toISOString().slice(0, 10)).toBe(DAY_BEFORE);
    const { rows } = await db.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS today`);
    expect(rows[0].today).not.toBe(DAY);
  });

  it('sets closed_on to the clock\'s day for uncollectible, legal (outcome and court) and paid cases', async () => {
    const statuses = (await db.query('SELECT id, status FROM cases WHERE id = ANY($1)', [Object.values(ids)])).rows;
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [ids.uncollectible]: 'UNCOLLECTIBLE', [ids.legal]: 'LEGAL', [ids.court]: 'LEGAL', [ids.paid]: 'PAID', [ids.open]: 'OPEN',
    });
    for (const key of ['uncollectible', 'legal', 'court', 'paid']) expect({ key, closedOn: await closedOn(ids[key]) }).toEqual({ key, closedOn: DAY });
    expect(await closedOn(ids.open)).toBeNull();
  });

  it('dates the stage moves to CLOSED on that day', async () => {
    // ESCALATE_LEGAL and the court order move the case to COURT in the same statement that closes it.
    expect(await closures()).toEqual([
      { day: DAY, from_stage: 'COURT', cases: 2 },
      { day: DAY, from_stage: 'PHONE', cases: 2 },
    ]);
  });

  it('kpiRollRates and kpis for that day include the closures; the day before has none', async () => {
    const roll = async (from: string, to: string) => {
      const { kpiRollRates } = await api.ok(ROLL, { f: { from, to, creditorId: fx.creditorDE } }, manager);
      return Object.fromEntries(kpiRollRates.map((r: { stage: string }) => [r.stage, r])) as Record<string, { casesAtStart: number; closed: number | null }>;
    };
    const onDay = await roll(DAY, DAY);
    // PHONE: the uncollectible, the paid and the open case; COURT: the two cases with legal (placed into COURT, no dunning step).
    expect(onDay.PHONE!.casesAtStart).toBe(3);
    expect(onDay.PHONE!.closed).toBeCloseTo(2 / 3, 10);
    expect(onDay.COURT!.casesAtStart).toBe(2);
    expect(onDay.COURT!.closed).toBe(1);
    const before = await roll(DAY_BEFORE, DAY_BEFORE);
    expect(before.PHONE!.closed ?? 0).toBe(0);
    expect(before.COURT!.closed ?? 0).toBe(0);

    const kpis = async (from: string, to: string) => (await api.ok(KPIS, { f: { from, to, creditorId: fx.creditorDE } }, manager)).kpis;
    // The two outcomes are the day's contact attempts; the paid case is paid on that day, 55 days after placement.
    expect(await kpis(DAY, DAY)).toEqual({ contacts: 2, recoveredCents: paidCents, dunningDurationDaysMedian: 55 });
    expect(await kpis(DAY_BEFORE, DAY_BEFORE)).toEqual({ contacts: 0, recoveredCents: 0, dunningDurationDaysMedian: null });
  });

  it('raw SQL: a date the statement sets is kept, an empty one falls back to the database\'s today, reopening clears it', async () => {
    const dbToday = (await db.query(`SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS d`)).rows[0].d;
    await updateCase(db, ids.open, { status: 'UNCOLLECTIBLE' });
    expect(await closedOn(ids.open)).toBe(dbToday);
    await updateCase(db, ids.open, { status: 'OPEN' });
    expect(await closedOn(ids.open)).toBeNull();
    await updateCase(db, ids.open, { status: 'UNCOLLECTIBLE', closedOn: '2026-02-20' });
    expect(await closedOn(ids.open)).toBe('2026-02-20');
    // A corrected closing day moves the stage move with it.
    await updateCase(db, ids.open, { closedOn: '2026-02-21' });
    expect(await closedOn(ids.open)).toBe('2026-02-21');
    expect(await closures()).toEqual([
      { day: '2026-02-21', from_stage: 'PHONE', cases: 1 },
      { day: DAY, from_stage: 'COURT', cases: 2 },
      { day: DAY, from_stage: 'PHONE', cases: 2 },
    ]);
    // Reopening a case the application closed clears its day too; a closing day set on an open case is cleared.
    await updateCase(db, ids.uncollectible, { status: 'OPEN' });
    expect(await closedOn(ids.uncollectible)).toBeNull();
    await updateCase(db, ids.uncollectible, { closedOn: '2026-02-22' });
    expect(await closedOn(ids.uncollectible)).toBeNull();
    // A paid case keeps following its paid day.
    await updateCase(db, ids.paid, { paidAt: '2026-03-01T12:00:00Z' });
    expect(await closedOn(ids.paid)).toBe('2026-03-01');

    const kept = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(kept);
  });
});
