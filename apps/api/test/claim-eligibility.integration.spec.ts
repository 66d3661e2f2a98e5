import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { setCreditorsOf, updateCase, updateDebtorOf, updateUser } from './factories.js';
import { CLAIM_WITHIN_CAPACITY } from '../src/queue/claim-pool.repository.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const CLAIM = 'mutation { claimNextCase { id } }';

describe('claimNextCase hands out only eligible cases: no holds, a language the collector speaks', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 2, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      const add = (priority: number) => addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority });
      ids.danish = await add(900);
      ids.onHold = await add(800);
      ids.german = await add(700);
      await updateDebtorOf(db, ids.danish, { language: 'da' });
      await updateCase(db, ids.onHold, { holdReason: 'Debtor disputes the invoice' });
      await updateUser(db, fx.collectors[0].id, { languages: ['de', 'en'] });
      await updateUser(db, fx.collectors[1].id, { languages: [] });
      // Only the three cases above are in the pool.
      await updateCase(db, fx.danishCase, { assigneeId: fx.collectorB.id });
    },
  });
  beforeAll(() => void ({ api, db, fx } = bed));

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

  it('holds the capacity when one collector claims from several tabs at once', async () => {
    for (let i = 0; i < 12; i++) await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 100 + i });
    const collector = fx.collectors[0];
    await updateUser(db, collector.id, { capacity: 4 });
    const token = await api.login(collector.email);
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, token)));
    const held = (await db.query('SELECT count(*)::int AS n FROM cases WHERE assignee_id = $1', [collector.id])).rows[0].n;
    expect(held).toBe(4);
    // One case came from the first test; three more now, the other seven tabs got nothing.
    expect(answers.filter((a) => a.claimNextCase).length).toBe(3);
    const { rows } = await db.query('SELECT open_cases FROM users WHERE id = $1', [collector.id]);
    expect(rows[0].open_cases).toBe(4);
  });

  it('does not read the pool at all for a collector at capacity', async () => {
    const collector = fx.collectors[0];
    const { rows: [{ held }] } = await db.query('SELECT count(*)::int AS held FROM cases WHERE assignee_id = $1', [collector.id]);
    await updateUser(db, collector.id, { capacity: held });
    const { rows } = await db.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${CLAIM_WITHIN_CAPACITY}`, [
      collector.id, new Date(),
    ]);
    const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    const poolScans = plan.split('\n').filter((line) => / on cases c_1\b/.test(line));
    expect(poolScans.length).toBeGreaterThan(0);
    for (const line of poolScans) expect(line).toContain('never executed');
  });

  it('keeps every user\'s count of held cases equal to the cases they hold', async () => {
    await db.query(`UPDATE cases SET assignee_id = NULL WHERE id = (SELECT id FROM cases WHERE assignee_id = $1 LIMIT 1)`, [fx.collectors[0].id]);
    await db.query(`UPDATE cases SET assignee_id = $2 WHERE id IN (SELECT id FROM cases WHERE assignee_id = $1 LIMIT 2)`, [fx.collectors[0].id, fx.collectors[1].id]);
    const { rows } = await db.query(
      `SELECT u.email, u.open_cases, (SELECT count(*)::int FROM cases c WHERE c.assignee_id = u.id) AS held FROM users u`,
    );
    expect(rows.filter((r) => r.open_cases !== r.held)).toEqual([]);
  });

  it('passes over cases waiting for a callback and cases of other creditors on the pool index, without reading their rows', async () => {
    const collector = fx.collectors[1];
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await updateUser(client, collector.id, { capacity: 500 });
      await setCreditorsOf(client, collector.id, [fx.creditorDE]);
      // 3,000 cases ranked above the one due: waiting for a callback tomorrow, or of a creditor the collector does not work for.
      await client.query(
        `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at, next_action_at)
         SELECT CASE WHEN g % 2 = 0 THEN $1::uuid ELSE (SELECT id FROM creditors WHERE id <> $1 LIMIT 1) END,
                (SELECT debtor_id FROM cases LIMIT 1), 'PHONE', 5000 + g, 1000, 'EUR', '2026-06-01', '2026-07-15',
                CASE WHEN g % 2 = 0 THEN $2::timestamptz + interval '1 day' END
           FROM generate_series(1, 3000) g`,
        [fx.creditorDE, new Date()],
      );
      const { rows: [due] } = await client.query(
        `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at)
         SELECT $1, debtor_id, 'PHONE', 4000, 1000, 'EUR', '2026-06-01', '2026-07-15' FROM cases LIMIT 1 RETURNING id`,
        [fx.creditorDE],
      );
      await client.query('ANALYZE cases');
      const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${CLAIM_WITHIN_CAPACITY}`, [
        collector.id, new Date(),
      ]);
      const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      const poolScan = plan.findIndex((line) => / on cases c_1\b/.test(line));
      const scanDetails = plan.slice(poolScan, plan.findIndex((line, i) => i > poolScan && /->|SubPlan/.test(line)));
      expect(scanDetails.join('\n')).toMatch(/Index Cond: .*debtor_language.*next_action_at.*creditor_id/);
      expect(scanDetails.join('\n')).not.toMatch(/Rows Removed by Filter/);
      const { rows: [claimed] } = await client.query('SELECT assignee_id FROM cases WHERE id = $1', [due.id]);
      expect(claimed.assignee_id).toBe(collector.id);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('answers with the claimed case exactly as case(id) shows it', async () => {
    const fields = `id version status stage priority openCents currency oldestDueDate placedAt nextActionAt holdReason paidAt
      creditor { id ref name country currency timeZone }
      debtor { id ref name kind country email phone address language timeZone }
      assignee { id email name role capacity online team { id name } }`;
    const caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 77_700, priority: 990, openCents: 81_234 });
    const collector = fx.collectors[1];
    await updateUser(db, collector.id, { capacity: 100 });
    const token = await api.login(collector.email);
    const { claimNextCase } = await api.ok<{ claimNextCase: Record<string, unknown> }>(`mutation { claimNextCase { ${fields} } }`, {}, token);
    const shown = await api.ok<{ case: Record<string, unknown> }>(`query($id: ID!) { case(id: $id) { ${fields} } }`, { id: caseId }, token);
    expect(claimNextCase).toEqual({ ...shown.case, assignee: { ...(shown.case.assignee as object), online: false } });
    expect(claimNextCase.id).toBe(caseId);
  });
});
