import type pg from 'pg';
import { addCase, buildFixture, type Fixture } from './fixtures.js';
import { ApiInstance, createTestDatabase, pool } from './harness.js';

const CLAIM = 'mutation { claimNextCase { id } }';

describe('claimNextCase hands out only eligible cases: no holds, a language the collector speaks', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const url = await createTestDatabase();
    db = pool(url);
    fx = await buildFixture(db, { collectors: 2, cases: 0 });
    const add = (priority: number) => addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority });
    ids.danish = await add(900);
    ids.onHold = await add(800);
    ids.german = await add(700);
    await db.query(`UPDATE debtors SET language = 'da' WHERE id = (SELECT debtor_id FROM cases WHERE id = $1)`, [ids.danish]);
    await db.query(`UPDATE cases SET hold_reason = 'Debtor disputes the invoice' WHERE id = $1`, [ids.onHold]);
    await db.query(`UPDATE users SET languages = '{de,en}' WHERE id = $1`, [fx.collectors[0].id]);
    await db.query(`UPDATE users SET languages = '{}' WHERE id = $1`, [fx.collectors[1].id]);
    // Only the three cases above are in the pool.
    await db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [fx.danishCase, fx.collectorB.id]);
    api = await ApiInstance.start(url);
  });
  afterAll(async () => {
    await api.close();
    await db.end();
  });

  it('skips the Danish-speaking debtor and the case on hold for a collector speaking German and English', async () => {
    const token = await api.login(fx.collectors[0].email);
    expect((await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id).toBe(ids.german);
    expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();
  });

  it('gives the Danish debtor to a collector without language restrictions, never the case on hold', async () => {
    const token = await api.login(fx.collectors[1].email);
    expect((await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id).toBe(ids.danish);
    expect((await api.ok(CLAIM, {}, token)).claimNextCase).toBeNull();
    const { rows } = await db.query('SELECT assignee_id FROM cases WHERE id = $1', [ids.onHold]);
    expect(rows).toEqual([{ assignee_id: null }]);
  });
});
