import type pg from 'pg';
import { type Fixture, type Person } from './fixtures.js';
import { addActivity, addUser, updateCase, updateUser } from './factories.js';
import { ApiInstance, connected, nextMatching, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const LOAD_FIELDS = 'collector { id name } capacity delta overCapacity before { queueSize openBalanceCents } after { queueSize openBalanceCents }';
const MOVE = `mutation($input: MoveCasesInput!) {
  moveCases(input: $input) { moved cases { id version assignee { id } } loads { ${LOAD_FIELDS} } }
}`;
const PREVIEW = `query($input: MoveCasesInput!) { loadPreview(input: $input) { moving overCapacity loads { ${LOAD_FIELDS} } } }`;
const ORPHANS = `query($limit: Int!, $offset: Int!) {
  orphanCases(limit: $limit, offset: $offset) { totalCount idleSince items { lastActivityAt case { id priority assignee { id } } } }
}`;
const QUEUE_CHANGED = 'subscription { queueChanged { kind caseId case { id assignee { id } } } }';
const BOARD_CHANGED = 'subscription { teamQueuesChanged { collector { id } queueSize openBalanceCents } }';

interface Load {
  collector: { id: string; name: string };
  capacity: number;
  delta: number;
  overCapacity: boolean;
  before: { queueSize: number; openBalanceCents: number };
  after: { queueSize: number; openBalanceCents: number };
}
interface MoveResult {
  moveCases: { moved: number; cases: { id: string; version: number; assignee: { id: string } | null }[]; loads: Load[] };
}
type Board = { teamQueuesChanged: { collector: { id: string }; queueSize: number; openBalanceCents: number }[] };

describe('team lead: bulk moves, load preview and orphans (embedded Postgres, real websockets)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead2: Person;
  let tokens: Record<string, string>;

  const versions = async (ids: string[]) =>
    (await db.query('SELECT id, version FROM cases WHERE id = ANY($1)', [ids])).rows.map((r) => ({ caseId: r.id, expectedVersion: r.version }));
  const assignees = async (ids: string[]) =>
    (await db.query('SELECT assignee_id FROM cases WHERE id = ANY($1) ORDER BY id', [ids])).rows.map((r) => r.assignee_id);
  const auditCount = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'queue.move'`)).rows[0].n;

  const bed = withApi({
    collectors: 4, cases: 14,
    arrange: async () => {
      ({ db, fx } = bed);
      lead2 = await addUser(db, { email: 'lead2@test.example', role: 'LEAD', teamId: fx.teamA, capacity: 0 });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    const people = { lead: fx.lead, lead2, leadB: fx.leadB, admin: fx.admin, manager: fx.manager, c1: fx.collectors[0], c2: fx.collectors[1], c3: fx.collectors[2] };
    tokens = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, p]) => [k, await api.login(p.email)])));
  });

  it('orphanCases lists open pool cases with nothing scheduled and no activity for 30 days, by priority', async () => {
    // The clock says 2026-11-25T10:00Z: 30 days back is 2026-10-26T10:00Z.
    const [recent, stale, scheduled] = [fx.cases[13], fx.cases[12], fx.cases[11]];
    await addActivity(db, recent, { channel: 'PHONE', occurredAt: '2026-11-20T09:00Z' });
    await addActivity(db, stale, { channel: 'PHONE', occurredAt: '2026-09-01T09:00Z' });
    await updateCase(db, scheduled, { nextActionAt: '2026-12-01T08:00Z' });

    const { orphanCases } = await api.ok(ORPHANS, { limit: 5, offset: 0 }, tokens.lead);
    // 14 German cases and the Danish one, less the recently worked and the scheduled one.
    expect(orphanCases.totalCount).toBe(13);
    expect(orphanCases.idleSince).toBe('2026-10-26T10:00:00.000Z');
    expect(orphanCases.items.map((i: any) => i.case.id)).toEqual([stale, fx.cases[10], fx.cases[9], fx.cases[8], fx.cases[7]]);
    expect(orphanCases.items[0].lastActivityAt).toBe('2026-09-01T09:00:00.000Z');
    expect(orphanCases.items[1].lastActivityAt).toBeNull();

    const page2 = await api.ok(ORPHANS, { limit: 5, offset: 10 }, tokens.manager);
    expect(page2.orphanCases.items.map((i: any) => i.case.id)).toEqual([fx.cases[1], fx.cases[0], fx.danishCase]);
    const collector = await api.gql(ORPHANS, { limit: 5, offset: 0 }, tokens.c1);
    expect(collector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(ORPHANS, { limit: 0, offset: 0 }, tokens.lead);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await updateCase(db, scheduled, { nextActionAt: null });
  });

  it('moves several pool cases at once: loadPreview matches the result, each move audited, versions bumped', async () => {
    const ids = fx.cases.slice(0, 3);
    const input = { moves: await versions(ids), toCollectorId: fx.collectors[0].id };
    const audits = await auditCount();

    const { loadPreview } = await api.ok(PREVIEW, { input }, tokens.lead);
    expect(loadPreview.moving).toBe(3);
    expect(loadPreview.overCapacity).toBe(false);
    // The preview changed nothing.
    expect(await assignees(ids)).toEqual([null, null, null]);
    expect(await auditCount()).toBe(audits);

    const result = await api.ok<MoveResult>(MOVE, { input }, tokens.lead);
    expect(result.moveCases.moved).toBe(3);
    expect(result.moveCases.loads).toEqual(loadPreview.loads);
    expect(result.moveCases.loads).toEqual([
      {
        collector: { id: fx.collectors[0].id, name: 'c1' }, capacity: 25, delta: 3, overCapacity: false,
        before: { queueSize: 0, openBalanceCents: 0 },
        after: { queueSize: 3, openBalanceCents: 100_000 + 101_000 + 102_000 },
      },
    ]);
    expect(result.moveCases.cases.map((c) => c.id)).toEqual(ids);
    for (const c of result.moveCases.cases) {
      expect(c.assignee?.id).toBe(fx.collectors[0].id);
      expect(c.version).toBe(input.moves.find((m) => m.caseId === c.id)!.expectedVersion + 1);
    }
    const audit = await db.query(
      `SELECT entity_id, actor_id, before, after FROM audit_events WHERE action = 'queue.move' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(audit.rows).toHaveLength(3);
    expect(audit.rows[0]).toMatchObject({ actor_id: fx.lead.id, before: { assigneeId: null }, after: { assigneeId: fx.collectors[0].id } });
  });

  it('one stale version stops the whole move with a CONFLICT that names the case', async () => {
    const ids = fx.cases.slice(3, 6);
    const moves = await versions(ids);
    moves[1] = { ...moves[1], expectedVersion: moves[1].expectedVersion + 4 };
    const before = await db.query('SELECT id, version, assignee_id FROM cases WHERE id = ANY($1) ORDER BY id', [ids]);
    const audits = await auditCount();

    const result = await api.gql(MOVE, { input: { moves, toCollectorId: fx.collectors[1].id } }, tokens.lead);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0].message).toContain(moves[1].caseId);
    expect(result.errors?.[0].message).toMatch(/nothing was moved/);
    expect((await db.query('SELECT id, version, assignee_id FROM cases WHERE id = ANY($1) ORDER BY id', [ids])).rows).toEqual(before.rows);
    expect(await auditCount()).toBe(audits);
    // The preview answers the same way.
    const preview = await api.gql(PREVIEW, { input: { moves, toCollectorId: fx.collectors[1].id } }, tokens.lead);
    expect(preview.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a lead may not move cases of another team nor to a collector of another team', async () => {
    const fromTeamA = { moves: await versions([fx.cases[0]]), toCollectorId: null };
    const out = await api.gql(MOVE, { input: fromTeamA }, tokens.leadB);
    expect(out.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(out.errors?.[0].message).toMatch(/outside your team/);
    const intoTeamA = { moves: await versions([fx.cases[6]]), toCollectorId: fx.collectors[1].id };
    const into = await api.gql(MOVE, { input: intoTeamA }, tokens.leadB);
    expect(into.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const preview = await api.gql(PREVIEW, { input: intoTeamA }, tokens.leadB);
    expect(preview.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const collector = await api.gql(MOVE, { input: intoTeamA }, tokens.c1);
    expect(collector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await assignees([fx.cases[0]])).toEqual([fx.collectors[0].id]);
    expect(await assignees([fx.cases[6]])).toEqual([null]);
  });

  it('refuses a target who does not work for the creditor, and one without room unless allowed', async () => {
    const danish = { moves: await versions([fx.danishCase]), toCollectorId: fx.collectors[1].id };
    const wrong = await api.gql(MOVE, { input: danish }, tokens.lead);
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'toCollectorId' } });
    expect(wrong.errors?.[0].message).toMatch(/does not work for Nordlys A\/S/);

    await updateUser(db, fx.collectors[1].id, { capacity: 1 });
    const input = { moves: await versions(fx.cases.slice(6, 8)), toCollectorId: fx.collectors[1].id };
    const preview = await api.ok(PREVIEW, { input }, tokens.lead);
    expect(preview.loadPreview).toMatchObject({ moving: 2, overCapacity: true });
    const refused = await api.gql(MOVE, { input }, tokens.lead);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'allowOverCapacity' } });
    expect(refused.errors?.[0].message).toMatch(/capacity of 1; move at most 1/);
    expect(await assignees(fx.cases.slice(6, 8))).toEqual([null, null]);

    const allowed = await api.ok<MoveResult>(MOVE, { input: { ...input, allowOverCapacity: true } }, tokens.lead);
    expect(allowed.moveCases.moved).toBe(2);
    expect(allowed.moveCases.loads[0]).toMatchObject({ capacity: 1, overCapacity: true, after: { queueSize: 2 } });
    await updateUser(db, fx.collectors[1].id, { capacity: 25 });
  });

  it('moves to the pool, and both collectors and every lead of the team see it live', async () => {
    const [from, to] = [fx.collectors[1], fx.collectors[2]];
    const sockets = {
      from: api.socket(tokens.c2), to: api.socket(tokens.c3), lead: api.socket(tokens.lead), lead2: api.socket(tokens.lead2),
      leadB: api.socket(tokens.leadB),
    };
    await Promise.all(Object.values(sockets).map(connected));
    const fromEvents = subscribe<any>(sockets.from, QUEUE_CHANGED);
    const toEvents = subscribe<any>(sockets.to, QUEUE_CHANGED);
    const leadBoard = subscribe<Board>(sockets.lead, BOARD_CHANGED);
    const lead2Board = subscribe<Board>(sockets.lead2, BOARD_CHANGED);
    const leadBBoard = subscribe<Board>(sockets.leadB, BOARD_CHANGED);
    await new Promise((r) => setTimeout(r, 200));

    // c2 holds cases 6 and 7 from the previous test: both go to c3.
    const ids = fx.cases.slice(6, 8);
    const moved = await api.ok<MoveResult>(MOVE, { input: { moves: await versions(ids), toCollectorId: to.id } }, tokens.lead);
    expect(moved.moveCases.loads.map((l) => [l.collector.id, l.delta])).toEqual([[to.id, 2], [from.id, -2]]);

    const removed = [await fromEvents.next(), await fromEvents.next()];
    expect(removed.map((e) => e.queueChanged.kind)).toEqual(['REMOVED', 'REMOVED']);
    expect(new Set(removed.map((e) => e.queueChanged.caseId))).toEqual(new Set(ids));
    const added = [await toEvents.next(), await toEvents.next()];
    expect(added.map((e) => e.queueChanged.kind)).toEqual(['ADDED', 'ADDED']);
    expect(added.every((e) => e.queueChanged.case.assignee.id === to.id)).toBe(true);
    for (const board of [leadBoard, lead2Board]) {
      const seen = await nextMatching(board, (b) => b.teamQueuesChanged.find((r) => r.collector.id === to.id)?.queueSize === 2);
      expect(seen.teamQueuesChanged.find((r) => r.collector.id === from.id)?.queueSize).toBe(0);
    }

    // Back to the pool: the collector's queue empties.
    const back = await api.ok<MoveResult>(MOVE, { input: { moves: await versions(ids), toCollectorId: null } }, tokens.lead2);
    expect(back.moveCases.cases.every((c) => c.assignee === null)).toBe(true);
    expect(back.moveCases.loads).toEqual([
      expect.objectContaining({ collector: expect.objectContaining({ id: to.id }), delta: -2, after: { queueSize: 0, openBalanceCents: 0 } }),
    ]);
    expect((await toEvents.next()).queueChanged.kind).toBe('REMOVED');
    await nextMatching(leadBoard, (b) => b.teamQueuesChanged.find((r) => r.collector.id === to.id)?.queueSize === 0);
    expect(await assignees(ids)).toEqual([null, null]);

    // An admin moves the Danish case across teams: team B's lead sees it too.
    const cross = await api.ok<MoveResult>(
      MOVE, { input: { moves: await versions([fx.danishCase]), toCollectorId: fx.collectorB.id } }, tokens.admin,
    );
    expect(cross.moveCases.moved).toBe(1);
    await nextMatching(leadBBoard, (b) => b.teamQueuesChanged.find((r) => r.collector.id === fx.collectorB.id)?.queueSize === 1);
    // The team A leads got no board event from a team B move: their next event is the one after this move.
    const oneForA = { moves: await versions([fx.cases[1]]), toCollectorId: null };
    await api.ok(MOVE, { input: oneForA }, tokens.lead);
    const next = await leadBoard.next();
    expect(next.teamQueuesChanged.find((r) => r.collector.id === fx.collectors[0].id)?.queueSize).toBe(2);
  });

  it('reassignCase and releaseCase still work beside moveCases', async () => {
    const [v] = await versions([fx.cases[2]]);
    const reassigned = await api.ok(
      'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { assignee { id } } }',
      { c: fx.cases[2], to: fx.collectors[3].id, v: v.expectedVersion }, tokens.lead,
    );
    expect(reassigned.reassignCase.assignee.id).toBe(fx.collectors[3].id);
    const released = await api.ok('mutation($c: ID!) { releaseCase(caseId: $c) { assignee { id } } }', { c: fx.cases[2] }, tokens.lead);
    expect(released.releaseCase.assignee).toBeNull();
  });

  it('rejects a case named twice and an empty move', async () => {
    const [m] = await versions([fx.cases[4]]);
    const twice = await api.gql(MOVE, { input: { moves: [m, m], toCollectorId: fx.collectors[0].id } }, tokens.lead);
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await api.gql(MOVE, { input: { moves: [], toCollectorId: fx.collectors[0].id } }, tokens.lead);
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
