import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { connected, eventually, nextMatching, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const REASSIGN = `mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id version } }`;
const QUEUE_CHANGED = 'subscription { queueChanged { kind caseId case { id version assignee { id } } } }';
const TEAM_CHANGED = 'subscription { teamQueuesChanged { collector { id online } queueSize openBalanceCents } }';
const CASE_UPDATED = 'subscription($id: ID!) { caseUpdated(caseId: $id) { id version status nextActionAt assignee { id } } }';
const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id version } }';

type Board = { collector: { id: string; online: boolean }; queueSize: number; openBalanceCents: number }[];
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('realtime: events cross API instances through Postgres LISTEN/NOTIFY; presence', () => {
  let a: ApiInstance;
  let b: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;

  const bed = withApi({ collectors: 4, cases: 8 });
  beforeAll(async () => {
    ({ api: a, db, fx } = bed);
    b = await bed.startApi();
    expect(a.url).not.toBe(b.url);
  });

  it('a reassign on instance A reaches the collector subscribed on instance B (queueChanged ADDED with the case)', async () => {
    const collector = fx.collectors[0];
    const [collectorToken, leadToken] = await Promise.all([b.login(collector.email), a.login(fx.lead.email)]);
    const socket = b.socket(collectorToken);
    await connected(socket);
    const events = subscribe<any>(socket, QUEUE_CHANGED);
    await settle();

    const { rows } = await db.query('SELECT id, version FROM cases WHERE id = $1', [fx.cases[3]]);
    const moved = await a.ok(REASSIGN, { c: rows[0].id, to: collector.id, v: rows[0].version }, leadToken);
    expect(moved.reassignCase.version).toBe(rows[0].version + 1);

    const event = await events.next();
    expect(event).toEqual({
      queueChanged: { kind: 'ADDED', caseId: fx.cases[3], case: { id: fx.cases[3], version: rows[0].version + 1, assignee: { id: collector.id } } },
    });
    const db_row = (await db.query('SELECT assignee_id, version FROM cases WHERE id = $1', [fx.cases[3]])).rows[0];
    expect(db_row).toEqual({ assignee_id: collector.id, version: rows[0].version + 1 });
    events.stop();
  });

  it("a claim on A updates the lead's board subscribed on B; a lead of another team hears nothing", async () => {
    const collector = fx.collectors[1];
    const [leadToken, leadBToken, collectorToken] = await Promise.all([
      b.login(fx.lead.email), b.login(fx.leadB.email), a.login(collector.email),
    ]);
    const leadSocket = b.socket(leadToken);
    const leadBSocket = b.socket(leadBToken);
    await Promise.all([connected(leadSocket), connected(leadBSocket)]);
    await settle(); // let the presence announcements of these two sockets pass
    const board = subscribe<{ teamQueuesChanged: Board }>(leadSocket, TEAM_CHANGED);
    const boardB = subscribe<{ teamQueuesChanged: Board }>(leadBSocket, TEAM_CHANGED);
    await settle();

    const { claimNextCase } = await a.ok<{ claimNextCase: { id: string } }>('mutation { claimNextCase { id } }', {}, collectorToken);
    const row = (await db.query('SELECT open_cents FROM cases WHERE id = $1', [claimNextCase.id])).rows[0];

    const update = await nextMatching(board, (e) => e.teamQueuesChanged.some((r) => r.collector.id === collector.id && r.queueSize === 1));
    const mine = update.teamQueuesChanged.find((r) => r.collector.id === collector.id)!;
    expect(mine.openBalanceCents).toBe(row.open_cents);
    // A lead's board holds their own team only.
    expect(update.teamQueuesChanged.map((r) => r.collector.id).sort()).toEqual(fx.collectors.map((c) => c.id).sort());

    await expect(boardB.next(400)).rejects.toThrow(/No event/);
    board.stop();
    boardB.stop();
  });

  it('caseUpdated(caseId) on B (and on A) delivers the case after recordOutcome on A', async () => {
    const collector = fx.collectors[2];
    const [tokenA, tokenB] = await Promise.all([a.login(collector.email), b.login(collector.email)]);
    const { claimNextCase } = await a.ok<{ claimNextCase: { id: string } }>('mutation { claimNextCase { id } }', {}, tokenA);
    const caseId = claimNextCase.id;
    const [socketA, socketB] = [a.socket(tokenA), b.socket(tokenB)];
    await Promise.all([connected(socketA), connected(socketB)]);
    const onA = subscribe<any>(socketA, CASE_UPDATED, { id: caseId });
    const onB = subscribe<any>(socketB, CASE_UPDATED, { id: caseId });
    // Another case's changes must not be delivered on this subscription.
    const other = fx.cases[0];
    const otherEvents = subscribe<any>(socketB, CASE_UPDATED, { id: other });
    await settle();

    const recorded = await a.ok(RECORD, { input: { caseId, type: 'CALLBACK', callbackAt: '2026-11-26T08:00:00.000Z' } }, tokenA);
    const version = (await db.query('SELECT version FROM cases WHERE id = $1', [caseId])).rows[0].version;
    expect(recorded.recordOutcome.version).toBe(version);

    const expected = { caseUpdated: { id: caseId, version, status: 'OPEN', nextActionAt: '2026-11-26T08:00:00.000Z', assignee: { id: collector.id } } };
    expect(await onB.next()).toEqual(expected);
    expect(await onA.next()).toEqual(expected);
    await expect(otherEvents.next(300)).rejects.toThrow(/No event/);
  });

  it("presence: a collector's open socket shows online in teamQueues and collectors, offline once it closes", async () => {
    const collector = fx.collectors[3];
    const [leadToken, collectorToken] = await Promise.all([b.login(fx.lead.email), a.login(collector.email)]);
    const onlineIn = async () => {
      const data = await b.ok<{ teamQueues: Board; collectors: { id: string; online: boolean }[] }>(
        '{ teamQueues { collector { id online } } collectors { id online } }', {}, leadToken,
      );
      return {
        board: data.teamQueues.find((r) => r.collector.id === collector.id)!.collector.online,
        list: data.collectors.find((c) => c.id === collector.id)!.online,
      };
    };
    expect(await onlineIn()).toEqual({ board: false, list: false });

    const socket = a.socket(collectorToken);
    await connected(socket);
    expect(await eventually(onlineIn, (v) => v.board && v.list)).toEqual({ board: true, list: true });
    const rows = await db.query('SELECT user_id FROM presence WHERE user_id = $1', [collector.id]);
    expect(rows.rows).toHaveLength(1);

    await socket.dispose();
    expect(await eventually(onlineIn, (v) => !v.board && !v.list)).toEqual({ board: false, list: false });
    const gone = await db.query('SELECT count(*)::int AS n FROM presence WHERE user_id = $1', [collector.id]);
    expect(gone.rows[0].n).toBe(0);
  });

  it('the presence change itself reaches the lead board on the other instance', async () => {
    const collector = fx.collectors[3];
    const [leadToken, collectorToken] = await Promise.all([b.login(fx.lead.email), a.login(collector.email)]);
    const leadSocket = b.socket(leadToken);
    await connected(leadSocket);
    await settle();
    const board = subscribe<{ teamQueuesChanged: Board }>(leadSocket, TEAM_CHANGED);
    await settle();
    const socket = a.socket(collectorToken);
    await connected(socket);
    const online = await nextMatching(board, (e) => e.teamQueuesChanged.some((r) => r.collector.id === collector.id && r.collector.online));
    expect(online.teamQueuesChanged.find((r) => r.collector.id === collector.id)!.collector.online).toBe(true);
    await socket.dispose();
    const offline = await nextMatching(board, (e) => e.teamQueuesChanged.some((r) => r.collector.id === collector.id && !r.collector.online));
    expect(offline.teamQueuesChanged.find((r) => r.collector.id === collector.id)!.collector.online).toBe(false);
  });

  it("a lead's capacity change on A reaches that collector on B (myCapacityChanged); another collector hears nothing", async () => {
    const [collector, other] = [fx.collectors[2], fx.collectors[0]];
    const [leadToken, collectorToken, otherToken] = await Promise.all([a.login(fx.lead.email), b.login(collector.email), b.login(other.email)]);
    const [socket, otherSocket] = [b.socket(collectorToken), b.socket(otherToken)];
    await Promise.all([connected(socket), connected(otherSocket)]);
    const mine = subscribe<{ myCapacityChanged: { id: string; capacity: number } }>(socket, 'subscription { myCapacityChanged { id capacity } }');
    const theirs = subscribe<{ myCapacityChanged: { id: string; capacity: number } }>(otherSocket, 'subscription { myCapacityChanged { id capacity } }');
    await settle();
    await a.ok('mutation($c: ID!) { setCapacity(collectorId: $c, capacity: 9) { capacity } }', { c: collector.id }, leadToken);
    expect(await mine.next()).toEqual({ myCapacityChanged: { id: collector.id, capacity: 9 } });
    await expect(theirs.next(500)).rejects.toThrow('No event');
    mine.stop();
    theirs.stop();
  });
});
