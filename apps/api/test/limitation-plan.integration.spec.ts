import type pg from 'pg';
import { LIMITATION_WORKLIST, PENDING_LIMITATIONS } from '../src/limitation/limitation.repository.js';
import { addPoolCases } from './factories.js';
import type { Fixture } from './fixtures.js';
import { withApi } from './with-api.js';

const plan = async (db: pg.Pool, sql: string, params: unknown[]): Promise<string> =>
  (await db.query(`EXPLAIN (COSTS OFF) ${sql}`, params)).rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');

describe('limitation worklist: an index read, not a scan of the cases', () => {
  let db: pg.Pool;
  let fx: Fixture;
  const bed = withApi({ api: false, collectors: 1, cases: 0 });

  beforeAll(async () => {
    ({ db, fx } = bed);
    await addPoolCases(db, { creditorId: fx.creditorDE, count: 30_000 });
    // A set-based arrangement for the plan: stored dates over four years, a few titled cases due a refresh.
    await db.query(`UPDATE cases SET limitation_date = DATE '2026-01-01' + (abs(hashtext(id::text)) % 1460)`);
    await db.query(`UPDATE cases SET limitation_refresh_on = limitation_date + 1 WHERE abs(hashtext(id::text)) % 500 = 0`);
    await db.query('ANALYZE cases');
  });

  it('reads the soonest cases through cases_limitation_idx', async () => {
    const text = await plan(db, LIMITATION_WORKLIST, ['2026-11-25', '2027-01-24', null, 200]);
    expect(text).toContain('cases_limitation_idx');
    expect(text).not.toMatch(/Seq Scan on cases/);
    const scoped = await plan(db, LIMITATION_WORKLIST, ['2026-11-25', '2027-01-24', [fx.creditorDE], 200]);
    expect(scoped).toContain('cases_limitation_idx');
  });

  it('finds missing and due snapshots through the two indexes', async () => {
    const text = await plan(db, PENDING_LIMITATIONS, ['2026-11-25', 1000]);
    expect(text).toContain('cases_limitation_idx');
    expect(text).toContain('cases_limitation_refresh_idx');
    expect(text).not.toMatch(/Seq Scan on cases/);
  });
});
