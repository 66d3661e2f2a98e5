import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { updateUser } from './factories.js';
import { ApiInstance, connected, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const CLAIM = 'mutation { claimNextCase { id priority assignee { id } version } }';
const REASSIGN = `mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id version assignee { id } } }`;
const QUEUE_CHANGED = 'subscription { queueChanged { kind caseId case { id assignee { id } } } }';

describe('queue: claiming and moving cases (embedded Postgres, real websockets)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;

  const bed = withApi({ collectors: 20, cases: 30 });
  beforeAll(() => void ({ api, db, fx } = bed));

  it('20 collectors claiming at once never get the same case', async () => {
    const tokens = await Promise.all(fx.collectors.map((c) => api.login(c.email)));
    const results = await Promise.all(tokens.map((t) => api.ok<{ claimNextCase: { id: string; assignee: { id: string } } }>(CLAIM, {}, t)));
    const ids = results.map((r) => r.claimNextCase.id);
    expect(new Set(ids).size).toBe(20);
    results.forEach((r, i) => expect(r.claimNextCase.assignee.id).toBe(fx.collectors[i].id));
    const { rows } = await db.query(
      'SELECT count(*)::int AS n, count(DISTINCT assignee_id)::int AS people FROM cases WHERE assignee_id IS NOT NULL',
    );
    expect(rows[0]).toEqual({ n: 20, people: 20 });
    // The 20 highest priorities went first: cases 10..29 (priority 110..129).
    expect(new Set(ids)).toEqual(new Set(fx.cases.slice(10)));
  });

  it('respects capacity and returns null when nothing is eligible', async () => {
    const collector = fx.collectors[1];
    await updateUser(db, collector.id, { capacity: 2 });
    const token = await api.login(collector.email);
    const second = await api.ok(CLAIM, {}, token);
    expect(second.claimNextCase).not.toBeNull();
    const third = await api.ok(CLAIM, {}, token);
    expect(third.claimNextCase).toBeNull();
    const { rows } = await db.query('SELECT count(*)::int AS n FROM cases WHERE assignee_id = $1', [collector.id]);
    expect(rows[0].n).toBe(2);
  });

  it('myQueue lists my cases by priority', async () => {
    const collector = fx.collectors[1];
    const token = await api.login(collector.email);
    const { myQueue } = await api.ok<{ myQueue: { priority: number; assignee: { id: string } }[] }>(
      '{ myQueue { priority assignee { id } } }', {}, token,
    );
    expect(myQueue).toHaveLength(2);
    expect(myQueue[0].priority).toBeGreaterThan(myQueue[1].priority);
    expect(myQueue.every((c) => c.assignee.id === collector.id)).toBe(true);
  });

  it('a reassign reaches both collectors over graphql-ws, and a stale version gets CONFLICT', async () => {
    const [from, to] = [fx.collectors[2], fx.collectors[3]];
    const [fromToken, toToken, leadToken] = await Promise.all([api.login(from.email), api.login(to.email), api.login(fx.lead.email)]);
    const { rows } = await db.query('SELECT id, version FROM cases WHERE assignee_id = $1', [from.id]);
    const moving = rows[0];

    const fromSocket = api.socket(fromToken);
    const toSocket = api.socket(toToken);
    await Promise.all([connected(fromSocket), connected(toSocket)]);
    const fromEvents = subscribe<any>(fromSocket, QUEUE_CHANGED);
    const toEvents = subscribe<any>(toSocket, QUEUE_CHANGED);
    await new Promise((r) => setTimeout(r, 200));

    const moved = await api.ok(REASSIGN, { c: moving.id, to: to.id, v: moving.version }, leadToken);
    expect(moved.reassignCase).toMatchObject({ id: moving.id, version: moving.version + 1, assignee: { id: to.id } });

    expect(await fromEvents.next()).toEqual({ queueChanged: { kind: 'REMOVED', caseId: moving.id, case: null } });
    expect(await toEvents.next()).toEqual({
      queueChanged: { kind: 'ADDED', caseId: moving.id, case: { id: moving.id, assignee: { id: to.id } } },
    });

    const stale = await api.gql(REASSIGN, { c: moving.id, to: from.id, v: moving.version }, leadToken);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await db.query('SELECT assignee_id, version FROM cases WHERE id = $1', [moving.id]);
    expect(after.rows[0]).toEqual({ assignee_id: to.id, version: moving.version + 1 });
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'queue.reassign' AND entity_id = $1`, [moving.id]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('a lead cannot steer a collector of another team', async () => {
    const leadB = await api.login(fx.leadB.email);
    const { rows } = await db.query('SELECT id, version FROM cases WHERE assignee_id = $1', [fx.collectors[4].id]);
    const result = await api.gql(REASSIGN, { c: rows[0].id, to: fx.collectors[5].id, v: rows[0].version }, leadB);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const capacity = await api.gql('mutation($c: ID!) { setCapacity(collectorId: $c, capacity: 5) { id } }', { c: fx.collectors[4].id }, leadB);
    expect(capacity.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('setCapacity validates and updates the team board', async () => {
    const lead = await api.login(fx.lead.email);
    const bad = await api.gql('mutation($c: ID!) { setCapacity(collectorId: $c, capacity: -1) { id } }', { c: fx.collectors[6].id }, lead);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await api.ok('mutation($c: ID!) { setCapacity(collectorId: $c, capacity: 7) { capacity } }', { c: fx.collectors[6].id }, lead);
    const board = await api.ok<{ teamQueues: { collector: { id: string; capacity: number }; queueSize: number }[] }>(
      '{ teamQueues { collector { id capacity } queueSize openBalanceCents oldestCaseDate } }', {}, lead,
    );
    expect(board.teamQueues).toHaveLength(20);
    const row = board.teamQueues.find((r) => r.collector.id === fx.collectors[6].id)!;
    expect(row).toMatchObject({ collector: { capacity: 7 }, queueSize: 1 });
  });

  it('releaseCase puts my case back in the pool', async () => {
    const collector = fx.collectors[7];
    const token = await api.login(collector.email);
    const { rows } = await db.query('SELECT id FROM cases WHERE assignee_id = $1', [collector.id]);
    const released = await api.ok('mutation($c: ID!) { releaseCase(caseId: $c) { assignee { id } } }', { c: rows[0].id }, token);
    expect(released.releaseCase.assignee).toBeNull();
    const other = await api.gql('mutation($c: ID!) { releaseCase(caseId: $c) { id } }', {
      c: (await db.query('SELECT id FROM cases WHERE assignee_id = $1', [fx.collectors[8].id])).rows[0].id,
    }, token);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
