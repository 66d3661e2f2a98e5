import type pg from 'pg';
import { DataSource } from 'typeorm';
import { rebuildKpiReadModels } from '../src/analytics/kpi-rebuild.repository.js';
import { ensureDatabase } from '../src/database/embedded-postgres.js';
import { migrations } from '../src/database/migrations/index.js';
import { addCase, buildFixture, type Fixture } from './fixtures.js';
import { updateCase } from './factories.js';
import { ApiInstance, pool } from './harness.js';
import { withApi } from './with-api.js';
import { snapshotReadModels } from './read-models.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock): the court events below have happened.
const RECORD = 'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id status stage } }';
const COURT = 'mutation($i: RecordCourtEventInput!) { recordCourtEvent(input: $i) { id status stage } }';
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced } }';

/**
 * A closed case's closure move in kpi_stage_moves leaves the stage it was in. A case with legal
 * still changes its stage: the court order puts it in COURT, the dunning run moves it on to
 * ENFORCEMENT once the enforcement order is served. Its closure move must follow, as a rebuild has it.
 */
describe('KPI read models: a closed case that changes its stage moves its closure with it', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;

  const bed = withApi({ collectors: 1, cases: 0 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
  });

  const caseRow = async (id: string) =>
    (await db.query(`SELECT status, stage, to_char(closed_on, 'YYYY-MM-DD') AS closed_on FROM cases WHERE id = $1`, [id])).rows[0];
  /** The case's closure moves as kept: from stage and count. */
  const closures = async () =>
    (await db.query(
      `SELECT from_stage, sum(cases)::int AS cases FROM kpi_stage_moves WHERE to_stage = 'CLOSED' GROUP BY 1 HAVING sum(cases) <> 0 ORDER BY 1`,
    )).rows;
  const expectRebuiltEqual = async () => {
    const kept = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).toEqual(kept);
  };
  const court = async (caseId: string, event: string, on: string) => {
    const result = await api.gql(COURT, { i: { caseId, event, on } }, lead);
    expect(result.errors).toBeUndefined();
  };

  it('the court order puts a case already with legal in COURT: its closure is from COURT', async () => {
    // With legal while still in AGENCY, as cases handed over before the court stage were kept.
    const id = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 120_000, priority: 1, stage: 'AGENCY', stageEnteredOn: '2026-09-01',
      placedAt: '2026-07-01', status: 'LEGAL',
    });
    const { closed_on: closedOn } = await caseRow(id);
    expect(closedOn).not.toBeNull();
    await expectRebuiltEqual();
    expect(await closures()).toEqual([{ from_stage: 'AGENCY', cases: 1 }]);

    await court(id, 'ORDER_APPLIED', '2026-10-01');
    expect(await caseRow(id)).toEqual({ status: 'LEGAL', stage: 'COURT', closed_on: closedOn });
    expect(await closures()).toEqual([{ from_stage: 'COURT', cases: 1 }]);
    await expectRebuiltEqual();
  });

  it('escalated to legal, the dunning run takes it from COURT to ENFORCEMENT: its closure is from ENFORCEMENT', async () => {
    const id = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 90_000, priority: 2, stage: 'AGENCY', stageEnteredOn: '2026-09-01',
      placedAt: '2026-07-01', assigneeId: fx.collectors[0].id,
    });
    // An open case the same run steps set-based: its stage changes move no closure.
    const open = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 30_000, priority: 3, stage: 'DUNNING_1', stageEnteredOn: '2026-09-01',
      placedAt: '2026-08-01',
    });
    const escalated = await api.ok<{ recordOutcome: { status: string; stage: string } }>(
      RECORD, { i: { caseId: id, type: 'ESCALATE_LEGAL', note: 'Hand over' } }, lead,
    );
    expect(escalated.recordOutcome).toMatchObject({ status: 'LEGAL', stage: 'COURT' });
    await expectRebuiltEqual();

    // Served on 2026-10-05: the objection period ends 2026-10-19, the enforcement order follows.
    await court(id, 'ORDER_APPLIED', '2026-10-01');
    await court(id, 'ORDER_SERVED', '2026-10-05');
    await court(id, 'ENFORCEMENT_APPLIED', '2026-10-20');
    await court(id, 'ENFORCEMENT_SERVED', '2026-10-26');
    expect(await caseRow(id)).toMatchObject({ status: 'LEGAL', stage: 'COURT' });
    await expectRebuiltEqual();

    const { closed_on: closedOn } = await caseRow(id);
    const { runDunning } = await api.ok<{ runDunning: { status: string; advanced: number } }>(RUN, { d: '2026-11-25' }, lead);
    expect(runDunning).toEqual({ status: 'DONE', advanced: 2 });
    expect(await caseRow(id)).toEqual({ status: 'LEGAL', stage: 'ENFORCEMENT', closed_on: closedOn });
    expect((await caseRow(open)).stage).not.toBe('DUNNING_1');
    expect(await closures()).toEqual([{ from_stage: 'COURT', cases: 1 }, { from_stage: 'ENFORCEMENT', cases: 1 }]);
    await expectRebuiltEqual();
  });
});

describe('the kpi-closed-stage migration: up sets right what went astray, down restores the trigger before', () => {
  const BEFORE = 1765200000000;
  const THIS = 1765300000000;
  const stamp = (m: { name: string }) => Number(/(\d{13})$/.exec(m.name)![1]);
  const sources: DataSource[] = [];
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    await Promise.all(sources.filter((s) => s.isInitialized).map((s) => s.destroy()));
    await Promise.all(pools.map((p) => p.end()));
  });

  /** A new database migrated up to and including the migration stamped `until`, with the migrations up to `known` on hand. */
  async function migratedUntil(until: number, known = until): Promise<{ source: DataSource; db: pg.Pool }> {
    const adminUrl = process.env.TEST_PG_ADMIN_URL!;
    const name = `test_${until}_${Date.now()}`;
    await ensureDatabase(adminUrl, name);
    const url = adminUrl.replace(/\/postgres$/, `/${name}`);
    const older = new DataSource({ type: 'postgres', url, migrations: migrations.filter((m) => stamp(m) <= until), migrationsTransactionMode: 'all' });
    await older.initialize();
    await older.runMigrations();
    await older.destroy();
    const source = new DataSource({ type: 'postgres', url, migrations: migrations.filter((m) => stamp(m) <= known), migrationsTransactionMode: 'all' });
    await source.initialize();
    sources.push(source);
    const db = pool(url);
    pools.push(db);
    return { source, db };
  }
  const trigger = async (db: pg.Pool) =>
    (await db.query(`SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname = 'kpi_cases_updated'`)).rows;
  const rebuiltEqual = async (db: pg.Pool) => {
    const kept = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    return expect(await snapshotReadModels(db)).toEqual(kept);
  };

  it('up rebuilds the read models and keeps them after; down leaves the trigger of the migration before', async () => {
    const before = await migratedUntil(BEFORE);
    const { source, db } = await migratedUntil(BEFORE, THIS);
    const fx = await buildFixture(db, { collectors: 1, cases: 0 });
    const legal = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 70_000, priority: 10, stage: 'AGENCY', stageEnteredOn: '2026-09-01', status: 'LEGAL',
    });
    // Before: the stage change of the closed case leaves its closure from AGENCY.
    await updateCase(db, legal, { stage: 'COURT' });
    const astray = await snapshotReadModels(db);
    await rebuildKpiReadModels(db);
    expect(await snapshotReadModels(db)).not.toEqual(astray);
    await updateCase(db, legal, { stage: 'ENFORCEMENT' });

    await source.runMigrations({ transaction: 'all' });
    await rebuiltEqual(db);
    await updateCase(db, legal, { stage: 'COURT' });
    await rebuiltEqual(db);

    await source.undoLastMigration({ transaction: 'all' });
    expect(await trigger(db)).toEqual(await trigger(before.db));
    await source.runMigrations({ transaction: 'all' });
    await updateCase(db, legal, { stage: 'ENFORCEMENT' });
    await rebuiltEqual(db);
  });
});
