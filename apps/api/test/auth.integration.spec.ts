import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { addSession } from './factories.js';
import { writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance, closeCode, connected, failureOf, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }';
const REASSIGN = 'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id } }';
const KPIS = 'query($f: KpiFilter!) { kpis(filter: $f) { paymentRate } }';
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
/** The JWT secret ApiInstance.start configures. */
const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';

/** An HS256 JWT signed with the API's own secret, for claims the API would never issue. */
function signed(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', TEST_SECRET).update(body).digest('base64url')}`;
}

describe('auth: tokens, roles and creditor scope over HTTP and graphql-ws', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const tokens: Record<string, string> = {};

  const bed = withApi({ collectors: 2, cases: 4 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    [tokens.c0, tokens.c1, tokens.lead, tokens.manager] = await Promise.all(
      [fx.collectors[0], fx.collectors[1], fx.lead, fx.manager].map((p) => api.login(p.email)),
    );
  });

  it('login returns a token and the user; me answers with the token', async () => {
    const { login } = await api.ok<{ login: { token: string; user: { id: string; email: string; role: string } } }>(
      LOGIN, { e: '  C1@Test.Example ', p: 'test-password-1' },
    );
    expect(login.user).toEqual({ id: fx.collectors[0].id, email: fx.collectors[0].email, role: 'COLLECTOR' });
    expect(login.token.split('.')).toHaveLength(3);
    const { me } = await api.ok<{ me: { id: string; role: string; team: { id: string } } }>('{ me { id role team { id } } }', {}, login.token);
    expect(me).toEqual({ id: fx.collectors[0].id, role: 'COLLECTOR', team: { id: fx.teamA } });
    const manager = await api.ok<{ me: { id: string; role: string } }>('{ me { id role } }', {}, tokens.manager);
    expect(manager.me).toEqual({ id: fx.manager.id, role: 'MANAGER' });
  });

  it('a login clears the user\'s sessions that ended or expired more than a day ago, and keeps the rest', async () => {
    const user = fx.collectors[1].id;
    const [old, recent, expired, open] = await Promise.all([addSession(db, user), addSession(db, user), addSession(db, user), addSession(db, user)]);
    await db.query(`UPDATE sessions SET ended_at = now() - interval '2 days' WHERE id = $1`, [old]);
    await db.query(`UPDATE sessions SET ended_at = now() - interval '2 hours' WHERE id = $1`, [recent]);
    await db.query(`UPDATE sessions SET expires_at = now() - interval '3 days' WHERE id = $1`, [expired]);
    await api.login(fx.collectors[1].email);
    const { rows } = await db.query('SELECT id FROM sessions WHERE id = ANY($1::uuid[])', [[old, recent, expired, open]]);
    expect(rows.map((r) => r.id).sort()).toEqual([recent, open].sort());
  });

  it.each([
    ['a wrong password', 'c1@test.example', 'wrong-password'],
    ['an unknown email', 'nobody@test.example', 'test-password-1'],
    ['an empty password', 'c1@test.example', ''],
  ])('login with %s → UNAUTHENTICATED and no token', async (_name, e, p) => {
    const result = await api.gql<{ login: unknown }>(LOGIN, { e, p });
    expect(result.data?.login ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('Email or password is wrong.');
  });

  it.each([
    ['no token', undefined],
    ['a garbage token', 'not-a-jwt'],
    ['a token signed with another secret', // {"alg":"HS256"} . {"sub":..., "role":"ADMIN"} . bogus signature
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJlbWFpbCI6ImFAYi5jIiwicm9sZSI6IkFETUlOIiwidGVhbSI6bnVsbH0.c2lnbmF0dXJl'],
    ['an expired token', 'EXPIRED'],
    ['a token naming no session', 'NO_SESSION'],
    ['a token naming a session that does not exist', 'UNKNOWN_SESSION'],
  ])('myQueue with %s → UNAUTHENTICATED', async (_name, given) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: fx.collectors[0].id, email: fx.collectors[0].email, role: 'COLLECTOR', team: fx.teamA };
    const token =
      given === 'EXPIRED' ? signed({ ...claims, iat: now - 7200, exp: now - 3600 })
      : given === 'NO_SESSION' ? signed({ ...claims, iat: now, exp: now + 3600 })
      : given === 'UNKNOWN_SESSION' ? signed({ ...claims, sid: '00000000-0000-4000-8000-000000000000', iat: now, exp: now + 3600 })
      : given;
    const result = await api.gql<{ myQueue: unknown }>('{ myQueue { id } }', {}, token);
    expect(result.data?.myQueue ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a hand-made token naming an open session works, so the refusals above are about the claims and the session', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = signed({ sub: fx.collectors[0].id, sid: await addSession(db, fx.collectors[0].id), iat: now, exp: now + 3600 });
    const result = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, token);
    expect(result.me.id).toBe(fx.collectors[0].id);
  });

  it('a mutation without a token is refused before it writes', async () => {
    const before = await writeCounts(db);
    const result = await api.gql('mutation { claimNextCase { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await writeCounts(db)).toEqual(before);
    const assigned = await db.query('SELECT count(*)::int AS n FROM cases WHERE assignee_id IS NOT NULL');
    expect(assigned.rows[0].n).toBe(0);
  });

  it('a collector may not view team boards, steer cases or read KPIs (FORBIDDEN)', async () => {
    const caseRow = (await db.query('SELECT id, version FROM cases WHERE id = $1', [fx.cases[0]])).rows[0];
    const before = await writeCounts(db, caseRow.id);
    const calls: [string, Record<string, unknown>][] = [
      ['{ teamQueues { queueSize } }', {}],
      [REASSIGN, { c: caseRow.id, to: fx.collectors[0].id, v: caseRow.version }],
      [KPIS, { f: PERIOD }],
      ['{ collectors { id } }', {}],
      ['mutation($c: ID!) { setCapacity(collectorId: $c, capacity: 3) { id } }', { c: fx.collectors[0].id }],
    ];
    for (const [query, variables] of calls) {
      const result = await api.gql(query, variables, tokens.c0);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await writeCounts(db, caseRow.id)).toEqual(before);
    const row = (await db.query('SELECT assignee_id, capacity FROM cases, users WHERE cases.id = $1 AND users.id = $2', [caseRow.id, fx.collectors[0].id])).rows[0];
    expect(row).toEqual({ assignee_id: null, capacity: 25 });
  });

  it('a manager may not claim cases (FORBIDDEN) but may read KPIs', async () => {
    const result = await api.gql('mutation { claimNextCase { id } }', {}, tokens.manager);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const assigned = await db.query('SELECT count(*)::int AS n FROM cases WHERE assignee_id = $1', [fx.manager.id]);
    expect(assigned.rows[0].n).toBe(0);
    const kpis = await api.gql(KPIS, { f: PERIOD }, tokens.manager);
    expect(kpis.errors).toBeUndefined();
  });

  it("a collector cannot open a case of a creditor they don't work for (NOT_FOUND, as if missing), but the one who does can", async () => {
    const q = 'query($id: ID!) { case(id: $id) { id creditor { country } } }';
    const refused = await api.gql<{ case: unknown }>(q, { id: fx.danishCase }, tokens.c1);
    expect(refused.data?.case ?? null).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const allowed = await api.ok<{ case: { id: string; creditor: { country: string } } }>(q, { id: fx.danishCase }, tokens.c0);
    expect(allowed.case).toEqual({ id: fx.danishCase, creditor: { country: 'DK' } });
    // Nor can they act on it.
    const before = await writeCounts(db, fx.danishCase);
    const pay = await api.gql(
      'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
      { i: { caseId: fx.danishCase, amountCents: 100, receivedAt: '2026-11-20', reference: 'x', idempotencyKey: 'auth-test-key-1' } },
      tokens.c1,
    );
    expect(pay.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await writeCounts(db, fx.danishCase)).toEqual(before);
  });

  it("cases never lists another creditor's cases to a collector", async () => {
    const q = 'query($f: CaseFilter) { cases(filter: $f, page: { limit: 200 }) { totalCount items { id creditor { id } } } }';
    const mine = await api.ok<{ cases: { totalCount: number; items: { id: string; creditor: { id: string } }[] } }>(q, {}, tokens.c1);
    expect(mine.cases.items.every((c) => c.creditor.id === fx.creditorDE)).toBe(true);
    expect(mine.cases.items.map((c) => c.id).sort()).toEqual([...fx.cases].sort());
    expect(mine.cases.totalCount).toBe(fx.cases.length);
    // Asking for the Danish creditor explicitly gives nothing rather than its cases.
    const asked = await api.ok<{ cases: { totalCount: number; items: unknown[] } }>(q, { f: { creditorId: fx.creditorDK } }, tokens.c1);
    expect(asked.cases).toEqual({ totalCount: 0, items: [] });
    // The collector who works both creditors sees both; a lead sees all.
    const both = await api.ok<{ cases: { totalCount: number } }>(q, {}, tokens.c0);
    expect(both.cases.totalCount).toBe(fx.cases.length + 1);
    const lead = await api.ok<{ cases: { totalCount: number } }>(q, {}, tokens.lead);
    expect(lead.cases.totalCount).toBe(fx.cases.length + 1);
  });

  it('a websocket without a token, or with an invalid one, is closed with 4403; a valid token connects', async () => {
    for (const token of [null, 'garbage', `${tokens.c0}x`]) {
      const socket = api.socket(token);
      expect(await closeCode(socket)).toBe(4403);
    }
    const presence = await db.query('SELECT count(*)::int AS n FROM presence');
    expect(presence.rows[0].n).toBe(0);

    const good = api.socket(tokens.c0);
    await connected(good);
    const events = subscribe<{ queueChanged: { kind: string; caseId: string } }>(good, 'subscription { queueChanged { kind caseId } }');
    await new Promise((r) => setTimeout(r, 100));
    const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } }>('mutation { claimNextCase { id } }', {}, tokens.c0);
    expect(await events.next()).toEqual({ queueChanged: { kind: 'ADDED', caseId: claimNextCase.id } });
    const online = await db.query('SELECT user_id FROM presence');
    expect(online.rows).toEqual([{ user_id: fx.collectors[0].id }]);
  });

  it('a subscription the role may not use, or on a case out of scope, is refused on the socket', async () => {
    const socket = api.socket(tokens.c1);
    await connected(socket);
    const board = subscribe(socket, 'subscription { teamQueuesChanged { queueSize } }');
    expect((await failureOf(board))?.[0].extensions?.code).toBe('FORBIDDEN');
    const danish = subscribe(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id } }', { id: fx.danishCase });
    expect((await failureOf(danish))?.[0].extensions?.code).toBe('NOT_FOUND');
    // The same subscription is fine for the collector who works the Danish creditor.
    const allowedSocket = api.socket(tokens.c0);
    await connected(allowedSocket);
    const allowed = subscribe(allowedSocket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id } }', { id: fx.danishCase });
    expect(await failureOf(allowed, 300)).toBeNull();
  });
});
