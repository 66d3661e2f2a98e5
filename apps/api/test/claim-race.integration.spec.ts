import type pg from 'pg';
import { addCollectors, addCreditor, addPoolCases, addTeam } from './factories.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

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

  const bed = withApi({
    fixture: false,
    arrange: async () => {
      db = bed.db;
      const team = await addTeam(db, 'Race');
      creditorId = await addCreditor(db, { ref: 'RACE', name: 'Race GmbH' });
      collectors = await addCollectors(db, { teamId: team, count: COLLECTORS, creditorId, prefix: 'racer', capacity: 500 });
      await addPoolCases(db, { creditorId, count: POOL_SIZE });
    },
  });
  beforeAll(async () => {
    a = bed.api;
    b = await bed.startApi();
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
