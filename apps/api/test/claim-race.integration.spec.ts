import type pg from 'pg';
import { ApiInstance, createTestDatabase, passwordHash, pool } from './harness.js';

const POOL_SIZE = 400;
const COLLECTORS = 64;
const CLAIM = 'mutation { claimNextCase { id } }';

/**
 * 64 collectors claim concurrently from one pool of 400 open cases, half of them through each of two
 * API instances on the same database. Each instance's database pool (20 connections) bounds how many
 * claim transactions run at once; the others wait for a connection, so 40 claims race in Postgres at a time.
 */
describe('claimNextCase under contention: every case claimed exactly once', () => {
  let a: ApiInstance;
  let b: ApiInstance;
  let db: pg.Pool;
  let creditorId: string;
  let collectors: { id: string; email: string }[];

  beforeAll(async () => {
    const url = await createTestDatabase();
    db = pool(url);
    const hash = await passwordHash();
    const team = (await db.query(`INSERT INTO teams (name) VALUES ('Race') RETURNING id`)).rows[0].id;
    creditorId = (
      await db.query(
        `INSERT INTO creditors (ref, name, country, currency, time_zone) VALUES ('RACE', 'Race GmbH', 'DE', 'EUR', 'Europe/Berlin') RETURNING id`,
      )
    ).rows[0].id;
    collectors = (
      await db.query(
        `INSERT INTO users (email, name, role, team_id, capacity, password_hash)
         SELECT 'racer' || n || '@test.example', 'Racer ' || n, 'COLLECTOR', $1, 500, $2 FROM generate_series(1, $3::int) AS n
         RETURNING id, email`,
        [team, hash, COLLECTORS],
      )
    ).rows;
    await db.query('INSERT INTO user_creditors (user_id, creditor_id) SELECT id, $1 FROM users WHERE team_id = $2', [creditorId, team]);
    await db.query(
      `WITH d AS (
         INSERT INTO debtors (ref, name, kind, country)
         SELECT 'RD-' || n, 'Debtor ' || n, 'consumer', 'DE' FROM generate_series(1, $2::int) AS n RETURNING id, ref
       ), c AS (
         INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at)
         SELECT $1, d.id, 'PHONE', (substr(d.ref, 4)::int % 37), 50000, 'EUR', '2026-06-01', '2026-07-15' FROM d RETURNING id
       )
       INSERT INTO claims (case_id, reference, principal_cents, currency, invoice_date, due_date, default_date)
       SELECT id, 'INV-' || id, 50000, 'EUR', '2026-05-15', '2026-06-01', '2026-07-01' FROM c`,
      [creditorId, POOL_SIZE],
    );
    [a, b] = await Promise.all([ApiInstance.start(url), ApiInstance.start(url)]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    await db.end();
  });

  it(`${COLLECTORS} collectors on two instances drain a pool of ${POOL_SIZE}: none lost, none twice`, async () => {
    const tokens = await Promise.all(collectors.map((c, i) => (i % 2 ? b : a).login(c.email)));
    const pool0 = await db.query(`SELECT id, version FROM cases WHERE creditor_id = $1 AND assignee_id IS NULL AND status = 'OPEN'`, [creditorId]);
    expect(pool0.rows).toHaveLength(POOL_SIZE);
    const startVersion = new Map<string, number>(pool0.rows.map((r) => [r.id, r.version]));

    // Every collector claims until the API says there is nothing left.
    const claimedBy = new Map<string, string[]>();
    const race = collectors.map(async (collector, i) => {
      const api = i % 2 ? b : a;
      const mine: string[] = [];
      for (;;) {
        const result = await api.gql<{ claimNextCase: { id: string } | null }>(CLAIM, {}, tokens[i]);
        if (result.errors?.length || !result.data) throw new Error(`${collector.email}: ${JSON.stringify(result.errors)}`);
        if (!result.data.claimNextCase) break;
        mine.push(result.data.claimNextCase.id);
      }
      claimedBy.set(collector.id, mine);
    });
    await Promise.all(race);

    // No claim handed the same case out twice, and together they took the whole pool.
    const returned = [...claimedBy.values()].flat();
    expect(returned).toHaveLength(POOL_SIZE);
    expect(new Set(returned).size).toBe(POOL_SIZE);
    expect(new Set(returned)).toEqual(new Set(startVersion.keys()));

    // The database agrees: the pool is empty and each case sits with the collector who was told so.
    const left = await db.query(`SELECT count(*)::int AS n FROM cases WHERE creditor_id = $1 AND assignee_id IS NULL`, [creditorId]);
    expect(left.rows[0].n).toBe(0);
    const held = await db.query('SELECT id, assignee_id, version FROM cases WHERE creditor_id = $1', [creditorId]);
    expect(held.rows).toHaveLength(POOL_SIZE);
    const holderOf = new Map<string, string>();
    for (const [collectorId, ids] of claimedBy) for (const id of ids) holderOf.set(id, collectorId);
    for (const row of held.rows) {
      expect(row.assignee_id).toBe(holderOf.get(row.id));
      expect(row.version).toBe(startVersion.get(row.id)! + 1); // changed once: one claim
    }

    // Exactly one audited claim per case, by its holder.
    const audits = await db.query(
      `SELECT entity_id, count(*)::int AS n, min(actor_id::text) AS actor, max(actor_id::text) AS last_actor
         FROM audit_events WHERE action = 'queue.claim' AND entity = 'case' GROUP BY entity_id`,
    );
    expect(audits.rows).toHaveLength(POOL_SIZE);
    for (const row of audits.rows) {
      expect(row.n).toBe(1);
      expect(row.actor).toBe(row.last_actor);
      expect(row.actor).toBe(holderOf.get(row.entity_id));
    }

    // Both instances took part, and the work spread over many collectors.
    const viaA = collectors.filter((_, i) => i % 2 === 0).reduce((n, c) => n + claimedBy.get(c.id)!.length, 0);
    expect(viaA).toBeGreaterThan(0);
    expect(viaA).toBeLessThan(POOL_SIZE);
    const busy = [...claimedBy.values()].filter((ids) => ids.length > 0).length;
    expect(busy).toBeGreaterThan(COLLECTORS / 4);
  }, 55_000);
});
