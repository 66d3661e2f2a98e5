import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { ensureDatabase } from '../src/database/embedded-postgres.js';
import { migrations } from '../src/database/migrations/index.js';
import { ClaimPoolService } from '../src/queue/claim-pool.service.js';
import { CLAIM_WITHIN_CAPACITY } from '../src/queue/claim-pool.repository.js';
import { addDebtor, debtorOf, updateCase, updateDebtorOf, updateUser } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

const CLAIM = 'mutation { claimNextCase { id } }';
const HOUR = 3_600_000;

/** The pool scan's lines of a claim's plan: the scan of `cases c_1` and its details, up to the next node. */
async function poolScanOf(client: pg.PoolClient, collectorId: string, now: Date): Promise<{ scan: string; plan: string[] }> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${CLAIM_WITHIN_CAPACITY}`, [collectorId, now]);
  const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']);
  const start = plan.findIndex((line) => / on cases c_1\b/.test(line));
  const end = plan.findIndex((line, i) => i > start && /^\s*(->|SubPlan|InitPlan)/.test(line));
  return { scan: plan.slice(start, end < 0 ? undefined : end).join('\n'), plan };
}

describe('the claim pool: scheduled cases enter once due, the debtor\'s language is checked on the index', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const clock = new FixedClock();
  let release: ClaimPoolService;

  const bed = withApi({
    collectors: 2, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      // Only the cases each test adds are in the pool.
      await updateCase(db, fx.danishCase, { assigneeId: fx.collectorB.id });
      await updateUser(db, [fx.admin, fx.manager, fx.lead, fx.leadB, ...fx.collectors, fx.collectorB].map((p) => p.id), { capacity: 500 });
      // The clock starts at the database's time, so what lies ahead for one lies ahead for the other.
      clock.instant = new Date();
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    release = api.app.get(ClaimPoolService);
    // The tests below run the release step themselves.
    release.onApplicationShutdown();
  });

  it('keeps a case waiting for its callback out of the pool until it is due and released', async () => {
    const token = await api.login(fx.collectors[0].email);
    const scheduled = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 900 });
    const due = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 100 });
    await updateCase(db, scheduled, { nextActionAt: new Date(clock.now().getTime() + HOUR).toISOString() });
    const waiting = async () => (await db.query('SELECT waiting FROM cases WHERE id = $1', [scheduled])).rows[0].waiting;
    expect(await waiting()).toBe(true);

    expect((await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id).toBe(due);
    expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();
    // Not yet due: the release step leaves it waiting.
    expect(await release.releaseDue()).toBe(0);
    expect(await waiting()).toBe(true);
    expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();

    // Due, but the release step has not run: still not in the pool.
    clock.instant = new Date(clock.instant.getTime() + 2 * HOUR);
    expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();
    expect(await release.releaseDue()).toBe(1);
    expect(await waiting()).toBe(false);
    expect((await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id).toBe(scheduled);
  });

  it('never hands out a case before it is due, even when it is not marked waiting', async () => {
    const token = await api.login(fx.collectors[0].email);
    const early = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 950 });
    // Scheduled ahead of the clock while the database's time already lies past it: not waiting, still not due.
    await updateCase(db, early, { nextActionAt: new Date(Date.now() - 60_000).toISOString() });
    clock.instant = new Date(Date.now() - 2 * HOUR);
    try {
      expect((await db.query('SELECT waiting FROM cases WHERE id = $1', [early])).rows[0].waiting).toBe(false);
      expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();
    } finally {
      clock.instant = new Date(Date.now() + HOUR);
    }
    expect((await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id).toBe(early);
  });

  it('keeps the debtor\'s language on the case when cases are added, moved to another debtor, or the debtor\'s language changes', async () => {
    const first = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 1, assigneeId: fx.collectorB.id });
    const second = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 2, assigneeId: fx.collectorB.id });
    const languageOf = async (id: string) => (await db.query('SELECT debtor_language FROM cases WHERE id = $1', [id])).rows[0].debtor_language;
    expect(await languageOf(first)).toBe('de');
    await updateDebtorOf(db, first, { language: 'tr' });
    expect(await languageOf(first)).toBe('tr');
    await updateCase(db, second, { debtorId: await debtorOf(db, first) });
    expect(await languageOf(second)).toBe('tr');
    // An insert naming a language gets the debtor's anyway.
    const { rows: [third] } = await db.query(
      `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at, status, debtor_language)
       SELECT creditor_id, debtor_id, stage, 3, 1, currency, oldest_due_date, placed_at, 'UNCOLLECTIBLE', 'xx' FROM cases WHERE id = $1 RETURNING id`,
      [first],
    );
    expect(await languageOf(third.id)).toBe('tr');
    const { rows } = await db.query('SELECT count(*)::int AS n FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.debtor_language <> d.language');
    expect(rows[0].n).toBe(0);
  });

  it.each([
    ['a collector speaking German and English passes over Turkish-speaking debtors', '{de,en}', 'german'],
    ['a collector without languages set takes the Turkish-speaking debtor first', '{}', 'turkish'],
  ])('%s on the pool index, without reading debtors', async (_name, languages, expected) => {
    const collector = fx.collectors[1];
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await updateUser(client, collector.id, { languages: languages.slice(1, -1).split(',').filter(Boolean) });
      const turkish = { id: await addDebtor(client, { name: 'Borçlu', language: 'tr' }) };
      // 3,000 cases of a Turkish-speaking debtor ranked above the German one.
      await client.query(
        `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at)
         SELECT $1, $2, 'PHONE', 5000 + g, 1000, 'EUR', '2026-06-01', '2026-07-15' FROM generate_series(1, 3000) g`,
        [fx.creditorDE, turkish.id],
      );
      const { rows: [top] } = await client.query('SELECT id FROM cases WHERE debtor_id = $1 ORDER BY priority DESC, id LIMIT 1', [turkish.id]);
      const { rows: [german] } = await client.query(
        `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at)
         SELECT $1, debtor_id, 'PHONE', 4000, 1000, 'EUR', '2026-06-01', '2026-07-15' FROM cases WHERE debtor_language = 'de' LIMIT 1
         RETURNING id`,
        [fx.creditorDE],
      );
      await client.query('ANALYZE cases');
      const { scan, plan } = await poolScanOf(client, collector.id, clock.now());
      expect(scan).toMatch(/Index Cond: .*debtor_language.*next_action_at.*creditor_id/);
      expect(scan).not.toMatch(/Rows Removed by Filter/);
      // Debtors are read once, for the answer, never per passed-over case (the list of languages in use is read
      // from debtors_language_idx, for a collector without languages only).
      for (const line of plan.filter((l) => / on debtors\b/.test(l) && !l.includes('debtors_language_idx'))) expect(line).toMatch(/loops=1\)/);
      expect(plan.some((l) => /debtors_language_idx .*never executed/.test(l))).toBe(languages !== '{}');
      const ids = { german: german.id, turkish: top.id };
      const { rows: [claimed] } = await client.query('SELECT id FROM cases WHERE assignee_id = $1 AND priority >= 4000', [collector.id]);
      expect(claimed.id).toBe(ids[expected as keyof typeof ids]);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

describe('the claim-pool migration', () => {
  const bed = withApi({ api: false, fixture: false });

  /** What the migration touches: the columns, indexes, triggers and storage options of cases and debtors. */
  async function schemaOf(url: string): Promise<unknown> {
    const source = new DataSource({ type: 'postgres', url });
    await source.initialize();
    try {
      return {
        columns: await source.query(
          `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
            WHERE table_name IN ('cases', 'debtors') ORDER BY table_name, column_name`,
        ),
        indexes: await source.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('cases', 'debtors') ORDER BY indexname`),
        triggers: await source.query(
          `SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid IN ('cases'::regclass, 'debtors'::regclass) AND NOT tgisinternal ORDER BY tgname`,
        ),
        functions: await source.query(`SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname`),
        options: await source.query(`SELECT relname, reloptions FROM pg_class WHERE relname IN ('cases', 'debtors') ORDER BY relname`),
      };
    } finally {
      await source.destroy();
    }
  }

  async function databaseMigratedWith(list: typeof migrations): Promise<string> {
    const adminUrl = process.env.TEST_PG_ADMIN_URL!;
    const name = `test_${randomUUID().replace(/-/g, '')}`;
    await ensureDatabase(adminUrl, name);
    const url = adminUrl.replace(/\/postgres$/, `/${name}`);
    const source = new DataSource({ type: 'postgres', url, migrations: list, migrationsTransactionMode: 'all' });
    await source.initialize();
    await source.runMigrations();
    await source.destroy();
    return url;
  }

  it('down() gives back the schema before the pool remedies, the previous pool index exactly; up() again applies cleanly', async () => {
    const remedies = migrations.findIndex((m) => m.name === 'ClaimPoolRemedies1765500000000');
    const later = migrations.length - remedies;
    const before = await schemaOf(await databaseMigratedWith(migrations.slice(0, remedies)));
    const url = bed.url;
    const source = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'all' });
    await source.initialize();
    try {
      for (let i = 0; i < later; i++) await source.undoLastMigration();
      expect(await schemaOf(url)).toEqual(before);
      expect(await source.runMigrations()).toHaveLength(later);
      const [{ indexdef }] = await source.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'cases_claimable_idx'`);
      expect(indexdef).toMatch(/\(debtor_language, priority DESC, id,/);
      expect(indexdef).toContain('NOT waiting');
    } finally {
      await source.destroy();
    }
  });
});
