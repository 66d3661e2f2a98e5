import { buildFixture } from './fixtures.js';
import { migratedDatabases } from './migrated-databases.js';

/**
 * The payment-approvals migration scopes the idempotency keys of earlier manual payments to the
 * person who recorded them (`manual:<user>:<key>`); bank lines keep `bank:<transaction>`. Down
 * gives the manual keys back as they were. Raw SQL: the rows are written before the migration runs.
 */
describe('the payment keys migration: manual keys scoped by user, bank keys kept', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());

  it('up rewrites manual keys only; down restores them', async () => {
    const { source, db } = await databases.until(1766220000000);
    const fx = await buildFixture(db, { collectors: 1, cases: 1 });
    await source.undoLastMigration({ transaction: 'all' });
    const insert = (key: string, source: string, by: string | null) => db.query(
      `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by)
       VALUES ($1, 100, 'EUR', '2026-11-20', 'x', $2, $3, $4)`, [fx.cases[0], source, key, by],
    );
    await insert('bank:MW-1', 'BANK', fx.lead.id);
    await insert('bank:MW-2', 'MANUAL', fx.collectors[0]!.id);
    await insert('retry-key-1', 'MANUAL', fx.collectors[0]!.id);
    await insert('old-script', 'MANUAL', null);
    const keys = async () => (await db.query('SELECT idempotency_key AS k FROM payments ORDER BY idempotency_key')).rows.map((r) => r.k);
    const before = await keys();

    await source.runMigrations({ transaction: 'all' });
    expect(await keys()).toEqual([
      'bank:MW-1',
      `manual:${fx.collectors[0]!.id}:bank:MW-2`,
      `manual:${fx.collectors[0]!.id}:retry-key-1`,
      'manual:unknown:old-script',
    ].sort());

    while ((await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'payment_approvals'`)).rowCount) {
      await source.undoLastMigration({ transaction: 'all' });
    }
    expect(await keys()).toEqual(before);
  });
});
