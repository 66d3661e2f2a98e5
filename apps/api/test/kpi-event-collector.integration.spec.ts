import type pg from 'pg';
import { DataSource } from 'typeorm';
import { rebuildKpiReadModels } from '../src/analytics/kpi-rebuild.repository.js';
import { migrations } from '../src/database/migrations/index.js';
import { addCase, buildFixture } from './fixtures.js';
import { addActivity, addDunningRun, addDunningStep, addPayment, addPromise, updateCase } from './factories.js';
import { migratedDatabases } from './migrated-databases.js';
import { snapshotReadModels } from './read-models.js';

const EVENT_TABLES = ['payments', 'promises', 'activities', 'dunning_steps'];
const BEFORE = 1765100000000;

/** What `down` must restore: every function, every trigger and the columns of the event tables. */
async function definitions(db: pg.Pool) {
  const functions = (await db.query(
    `SELECT p.proname, pg_get_functiondef(p.oid) AS def FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' ORDER BY 1, 2`,
  )).rows;
  const triggers = (await db.query(
    `SELECT tgrelid::regclass::text AS "table", tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
  )).rows;
  const columns = (await db.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ANY($1) ORDER BY table_name, ordinal_position`,
    [EVENT_TABLES],
  )).rows;
  return { functions, triggers, columns };
}

/** Every read model equals what kpi_rebuild() makes of the raw tables (the rebuild leaves them so). */
async function expectRebuiltEqual(db: pg.Pool) {
  const kept = await snapshotReadModels(db);
  await rebuildKpiReadModels(db);
  expect(await snapshotReadModels(db)).toEqual(kept);
}

describe('the kpi-event-collector migration: up credits the events recorded before to their case\'s collector, down restores what it replaced', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());
  const migratedUntil = (until: number) => databases.until(until);

  it('up moves no figure; new events credit their case\'s holder; down restores every definition; up again backfills', async () => {
    const before = await migratedUntil(BEFORE);
    const { url, source: older, db } = await migratedUntil(BEFORE);
    const fx = await buildFixture(db, { collectors: 2, cases: 3 });
    const [a, b] = fx.collectors;
    // Events on cases held by A, then a hand-over to B that the catch-up has not reached yet.
    const handedOver = await addCase(db, { creditorId: fx.creditorDE, principalCents: 90_000, priority: 300, assigneeId: a!.id });
    const kept = await addCase(db, { creditorId: fx.creditorDE, principalCents: 80_000, priority: 301, assigneeId: a!.id });
    for (const [i, caseId] of [handedOver, kept, fx.cases[0]!].entries()) {
      await addPayment(db, caseId, {
        amountCents: 1_000 * (i + 1), receivedAt: `2026-10-0${i + 1}`, reference: 'x', idempotencyKey: `before-${i + 1}`,
      });
      await addPromise(db, caseId, { amountCents: 5_000, dueDate: '2026-12-01' });
      await addActivity(db, caseId, {
        actorId: a!.id, channel: 'PHONE', outcome: 'RIGHT_PARTY_CONTACT', note: 'call', occurredAt: '2026-10-05T09:00:00Z',
      });
    }
    // A dunning step (the run writes its own stage moves; a step written by hand needs the rebuild).
    const runId = await addDunningRun(db, '2026-10-10', 'DONE');
    await addDunningStep(db, handedOver, { runId, fromStage: 'PHONE', toStage: 'AGENCY', channel: 'LETTER', steppedOn: '2026-10-10' });
    await rebuildKpiReadModels(db);
    await updateCase(db, handedOver, { assigneeId: b!.id });
    await expectRebuiltEqual(db);
    const readModels = await snapshotReadModels(db);
    await older.destroy();

    // Up: every event takes its case's collector of now (A for the case handed over, still waiting for the catch-up).
    const upTo = migrations.filter((m) => Number(/(\d{13})$/.exec(m.name)![1]) <= 1765200000000);
    const source = new DataSource({ type: 'postgres', url, migrations: upTo, migrationsTransactionMode: 'all' });
    await source.initialize();
    databases.track(source);
    await source.runMigrations({ transaction: 'all' });
    expect(await snapshotReadModels(db)).toEqual(readModels);
    await expectRebuiltEqual(db);
    for (const table of EVENT_TABLES) {
      const { rows: [{ off }] } = await db.query(
        `SELECT count(*)::int AS off FROM ${table} e JOIN cases c ON c.id = e.case_id WHERE e.kpi_collector_id IS DISTINCT FROM c.kpi_collector_id`,
      );
      expect({ table, off }).toEqual({ table, off: 0 });
    }

    // A payment now is the holder's (B), before the catch-up too; the catch-up keeps A's payment A's.
    await addPayment(db, handedOver, { amountCents: 7_000, receivedAt: '2026-11-20', reference: 'x', idempotencyKey: 'after' });
    const collectorOf = async (key: string) =>
      (await db.query('SELECT kpi_collector_id FROM payments WHERE idempotency_key = $1', [key])).rows[0].kpi_collector_id;
    expect([await collectorOf('before-1'), await collectorOf('after')]).toEqual([a!.id, b!.id]);
    expect((await db.query('SELECT kpi_collectors_catch_up(100) AS n')).rows[0].n).toBe(1);
    const recovered = async (collectorId: string) => Number((await db.query(
      'SELECT coalesce(sum(recovered_cents), 0) AS n FROM kpi_daily WHERE collector_id = $1', [collectorId],
    )).rows[0].n);
    expect([await recovered(a!.id), await recovered(b!.id)]).toEqual([1_000 + 2_000, 7_000]);
    await expectRebuiltEqual(db);
    // Crediting an event to someone else by hand moves its figures with it.
    await db.query(`UPDATE payments SET kpi_collector_id = $1 WHERE idempotency_key = 'before-2'`, [b!.id]);
    await db.query(`UPDATE promises SET kpi_collector_id = $1 WHERE case_id = $2`, [b!.id, kept]);
    await db.query(`UPDATE activities SET kpi_collector_id = $1 WHERE case_id = $2`, [b!.id, kept]);
    expect([await recovered(a!.id), await recovered(b!.id)]).toEqual([1_000, 2_000 + 7_000]);
    await expectRebuiltEqual(db);

    // Down: the definitions of the migration before, and read models its functions agree with.
    await source.undoLastMigration({ transaction: 'all' });
    expect(await definitions(db)).toEqual(await definitions(before.db));
    await expectRebuiltEqual(db);
    await addPayment(db, kept, { amountCents: 500, receivedAt: '2026-11-21', reference: 'x', idempotencyKey: 'down' });
    await expectRebuiltEqual(db);

    // Up again: backfilled from the cases' collectors, no figure moved.
    const again = await snapshotReadModels(db);
    await source.runMigrations({ transaction: 'all' });
    expect(await snapshotReadModels(db)).toEqual(again);
    await expectRebuiltEqual(db);
  });
});
