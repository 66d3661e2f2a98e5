import { buildFixture } from './fixtures.js';
import { migratedDatabases } from './migrated-databases.js';

/**
 * The settlement-expiry-and-adjustments migration moves every booking of `claim_adjustments` (upheld
 * disputes) and `balance_adjustments` (write-offs) into `adjustments` with its kind and source, and
 * down moves them back. Raw SQL: the old tables exist only between the migrations under test.
 */
describe('the adjustments migration: one booking table, rows moved both ways', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());

  it('up moves dispute reductions and write-offs with their ids, kinds and sources; down restores both tables', async () => {
    const { source, db } = await databases.until(1766010000000);
    const fx = await buildFixture(db, { collectors: 1, cases: 2 });
    await source.undoLastMigration({ transaction: 'all' });

    const [caseA, caseB] = [fx.cases[0]!, fx.cases[1]!];
    const claim = (await db.query('SELECT id FROM claims WHERE case_id = $1 LIMIT 1', [caseA])).rows[0].id;
    const hold = (await db.query(`INSERT INTO case_holds (case_id, type, reason, since) VALUES ($1, 'DISPUTE', 'Amount', now()) RETURNING id`, [caseA])).rows[0].id;
    const dispute = (await db.query(
      `INSERT INTO disputes (case_id, hold_id, reason, note, opened_at, status, resolved_at) VALUES ($1, $2, 'AMOUNT', 'x', now(), 'UPHELD', now()) RETURNING id`,
      [caseA, hold],
    )).rows[0].id;
    const settlement = (await db.query(
      `INSERT INTO settlements (case_id, amount_cents, open_cents, currency, valid_until, offered_on, status)
       VALUES ($1, 8000, 10000, 'EUR', '2026-11-30', '2026-11-20', 'PAID') RETURNING id`, [caseB],
    )).rows[0].id;
    const live = (await db.query(
      `INSERT INTO settlements (case_id, amount_cents, open_cents, currency, valid_until, offered_on, status)
       VALUES ($1, 8000, 10000, 'EUR', '2026-11-30', '2026-11-20', 'OFFERED') RETURNING id`, [caseA],
    )).rows[0].id;
    const reduction = (await db.query(
      `INSERT INTO claim_adjustments (case_id, claim_id, dispute_id, amount_cents, reason, booked_on, booked_by)
       VALUES ($1, $2, $3, 2000, 'Credit note', '2026-11-21', $4) RETURNING id`, [caseA, claim, dispute, fx.lead.id],
    )).rows[0].id;
    const writeOff = (await db.query(
      `INSERT INTO balance_adjustments (case_id, kind, amount_cents, booked_on, reason, settlement_id, created_by)
       VALUES ($1, 'WRITE_OFF', 2000, '2026-11-22', 'Settlement paid', $2, $3) RETURNING id`, [caseB, settlement, fx.lead.id],
    )).rows[0].id;
    const manual = (await db.query(
      `INSERT INTO balance_adjustments (case_id, kind, amount_cents, booked_on, reason) VALUES ($1, 'ADJUSTMENT', 150, '2026-11-23', 'Rounding') RETURNING id`,
      [caseB],
    )).rows[0].id;

    await source.runMigrations({ transaction: 'all' });
    const moved = (await db.query(
      `SELECT id, case_id, kind, claim_id, amount_cents::int AS amount, booked_on::text AS booked_on, reason, dispute_id, settlement_id, created_by
         FROM adjustments ORDER BY booked_on`,
    )).rows;
    expect(moved).toEqual([
      { id: reduction, case_id: caseA, kind: 'DISPUTE_REDUCTION', claim_id: claim, amount: 2000, booked_on: '2026-11-21', reason: 'Credit note', dispute_id: dispute, settlement_id: null, created_by: fx.lead.id },
      { id: writeOff, case_id: caseB, kind: 'SETTLEMENT_WRITE_OFF', claim_id: null, amount: 2000, booked_on: '2026-11-22', reason: 'Settlement paid', dispute_id: null, settlement_id: settlement, created_by: fx.lead.id },
      { id: manual, case_id: caseB, kind: 'ADJUSTMENT', claim_id: null, amount: 150, booked_on: '2026-11-23', reason: 'Rounding', dispute_id: null, settlement_id: null, created_by: null },
    ]);
    const tables = async () => (await db.query(
      `SELECT array_agg(table_name::text ORDER BY table_name) AS t FROM information_schema.tables
        WHERE table_name IN ('adjustments', 'claim_adjustments', 'balance_adjustments')`,
    )).rows[0].t;
    expect(await tables()).toEqual(['adjustments']);
    // Never negative; a reduction names its claim; a settlement's write-off names its settlement.
    await expect(db.query(`INSERT INTO adjustments (case_id, kind, amount_cents, booked_on, reason) VALUES ($1, 'WRITE_OFF', -5, '2026-11-24', 'x')`, [caseB]))
      .rejects.toThrow(/check/);
    await expect(db.query(`INSERT INTO adjustments (case_id, kind, amount_cents, booked_on, reason) VALUES ($1, 'DISPUTE_REDUCTION', 5, '2026-11-24', 'x')`, [caseB]))
      .rejects.toThrow(/adjustments_dispute_reduction_claim/);
    await expect(db.query(`INSERT INTO adjustments (case_id, kind, amount_cents, booked_on, reason) VALUES ($1, 'SETTLEMENT_WRITE_OFF', 5, '2026-11-24', 'x')`, [caseB]))
      .rejects.toThrow(/adjustments_settlement_source/);
    await db.query(`UPDATE settlements SET status = 'EXPIRED', expired_at = now() WHERE id = $1`, [live]);

    await source.undoLastMigration({ transaction: 'all' });
    expect(await tables()).toEqual(['balance_adjustments', 'claim_adjustments']);
    expect((await db.query('SELECT id, dispute_id, claim_id, booked_by FROM claim_adjustments')).rows)
      .toEqual([{ id: reduction, dispute_id: dispute, claim_id: claim, booked_by: fx.lead.id }]);
    expect((await db.query('SELECT id, kind, settlement_id FROM balance_adjustments ORDER BY booked_on')).rows)
      .toEqual([{ id: writeOff, kind: 'WRITE_OFF', settlement_id: settlement }, { id: manual, kind: 'ADJUSTMENT', settlement_id: null }]);
    expect((await db.query('SELECT status, decline_reason FROM settlements WHERE id = $1', [live])).rows)
      .toEqual([{ status: 'DECLINED', decline_reason: 'Expired on 2026-11-30' }]);
  });
});
