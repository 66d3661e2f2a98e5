import { createClient, type Client } from 'graphql-ws';
import type pg from 'pg';
import WebSocket from 'ws';
import type { Fixture } from './fixtures.js';
import { closeCode, connected, nextMatching, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const REASSIGN = `mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id version } }`;
const RELEASE = 'mutation($c: ID!) { releaseCase(caseId: $c) { id } }';
const CLAIM = 'mutation { claimNextCase { id } }';
const MY_QUEUE = '{ myQueue { id version assignee { id } } }';
const QUEUE_CHANGED = 'subscription { queueChanged { kind caseId case { id version assignee { id } } } }';

type QueueChanged = { queueChanged: { kind: string; caseId: string; case: { id: string; version: number } | null } };
type Queue = { myQueue: { id: string; version: number; assignee: { id: string } }[] };

/** A gate the test holds shut to keep a client "between instances" while it changes things. */
function gate() {
  let open: () => void = () => undefined;
  let opened = new Promise<void>((resolve) => (open = resolve));
  return {
    wait: () => opened,
    open: () => open(),
    close: () => {
      opened = new Promise<void>((resolve) => (open = resolve));
    },
  };
}

/**
 * What a load balancer does for a new websocket: probe the instances' health checks in order and
 * send the connection to the first that answers. `hold` keeps new connections waiting (the test's
 * way to fix the moment the client reaches the surviving instance).
 */
function balancer(instances: ApiInstance[]) {
  const hold = gate();
  hold.open();
  const picked: ApiInstance[] = [];
  const healthy = async (instance: ApiInstance) => {
    try {
      return (await fetch(instance.healthUrl, { signal: AbortSignal.timeout(2000) })).ok;
    } catch {
      return false;
    }
  };
  return {
    hold,
    picked,
    async url(): Promise<string> {
      await hold.wait();
      for (const instance of instances) {
        if (await healthy(instance)) {
          picked.push(instance);
          return instance.wsUrl;
        }
      }
      return instances[0].wsUrl; // nobody answers: this attempt fails and the client tries again
    },
  };
}

describe('several API instances on one database: cross-instance events and failover', () => {
  let a: ApiInstance;
  let b: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const clients: Client[] = [];

  const version = async (caseId: string): Promise<number> =>
    (await db.query('SELECT version FROM cases WHERE id = $1', [caseId])).rows[0].version;
  const queueInDb = async (collectorId: string): Promise<string[]> =>
    (await db.query('SELECT id FROM cases WHERE assignee_id = $1 ORDER BY id', [collectorId])).rows.map((r) => r.id);

  const bed = withApi({ collectors: 3, cases: 8 });
  beforeAll(async () => {
    ({ api: a, db, fx } = bed);
    b = await bed.startApi();
    bed.onClose(() => Promise.all(clients.map((c) => c.dispose())));
  });

  it('an event caused through B reaches a subscriber on A, and one caused through A a subscriber on B', async () => {
    const collector = fx.collectors[1];
    const [tokenA, tokenB, leadA, leadB] = await Promise.all([
      a.login(collector.email), b.login(collector.email), a.login(fx.lead.email), b.login(fx.lead.email),
    ]);
    const [socketA, socketB] = [a.socket(tokenA), b.socket(tokenB)];
    await Promise.all([connected(socketA), connected(socketB)]);
    const [beforeA, beforeB] = [a.listeners('queue'), b.listeners('queue')];
    const onA = subscribe<QueueChanged>(socketA, QUEUE_CHANGED);
    const onB = subscribe<QueueChanged>(socketB, QUEUE_CHANGED);
    await Promise.all([a.untilListening('queue', beforeA + 1), b.untilListening('queue', beforeB + 1)]);

    // Through B, heard on A (and on B).
    const first = fx.cases[0];
    await b.ok(REASSIGN, { c: first, to: collector.id, v: await version(first) }, leadB);
    const expectedFirst = { queueChanged: { kind: 'ADDED', caseId: first, case: { id: first, version: await version(first), assignee: { id: collector.id } } } };
    expect(await nextMatching(onA, (e) => e.queueChanged.caseId === first)).toEqual(expectedFirst);
    expect(await nextMatching(onB, (e) => e.queueChanged.caseId === first)).toEqual(expectedFirst);

    // Through A, heard on B (and on A).
    const second = fx.cases[1];
    await a.ok(REASSIGN, { c: second, to: collector.id, v: await version(second) }, leadA);
    expect(await nextMatching(onB, (e) => e.queueChanged.caseId === second)).toMatchObject({ queueChanged: { kind: 'ADDED', caseId: second } });
    expect(await nextMatching(onA, (e) => e.queueChanged.caseId === second)).toMatchObject({ queueChanged: { kind: 'ADDED', caseId: second } });
    onA.stop();
    onB.stop();
  });

  it('failover: A dies, the client reconnects through the balancer to B, refetches myQueue and sees what changed meanwhile; later events come via B', async () => {
    const collector = fx.collectors[0];
    const [token, leadToken] = await Promise.all([a.login(collector.email), b.login(fx.lead.email)]);
    const lb = balancer([a, b]);

    // The workbench's part: after a reconnect, load the queue again from the instance it now talks to.
    const resyncs: Queue['myQueue'][] = [];
    let resynced: (queue: Queue['myQueue']) => void = () => undefined;
    const nextResync = () => new Promise<Queue['myQueue']>((resolve) => (resynced = resolve));
    const client = createClient({
      url: () => lb.url(),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 50,
      retryWait: () => new Promise((r) => setTimeout(r, 25)),
      shouldRetry: () => true,
      onNonLazyError: () => undefined,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (!wasRetry) return;
          const instance = lb.picked[lb.picked.length - 1];
          void instance.ok<Queue>(MY_QUEUE, {}, token).then((data) => {
            resyncs.push(data.myQueue);
            resynced(data.myQueue);
          });
        },
      },
    });
    clients.push(client);

    // Live on A, holding one claimed case.
    await connected(client);
    expect(lb.picked).toEqual([a]);
    const held = (await a.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
    const before = a.listeners('queue');
    const events = subscribe<QueueChanged>(client, QUEUE_CHANGED);
    await a.untilListening('queue', before + 1);
    const early = fx.cases[2];
    await b.ok(REASSIGN, { c: early, to: collector.id, v: await version(early) }, leadToken);
    expect(await nextMatching(events, (e) => e.queueChanged.caseId === early)).toMatchObject({ queueChanged: { kind: 'ADDED' } });

    // A crashes; the balancer holds the client's reconnect until the lead has made changes through B.
    lb.hold.close();
    const lost = closeCode(client);
    await a.kill();
    expect(await lost).toBe(1006);
    await expect(fetch(a.healthUrl)).rejects.toThrow();

    const missed = fx.cases[3];
    await b.ok(REASSIGN, { c: missed, to: collector.id, v: await version(missed) }, leadToken);
    await b.ok(RELEASE, { c: held }, leadToken);
    const expectedQueue = await queueInDb(collector.id);
    expect(expectedQueue).toContain(missed);
    expect(expectedQueue).not.toContain(held);

    // The client reaches B, re-subscribes by itself and resyncs.
    const listeningOnB = b.listeners('queue');
    const resync = nextResync();
    lb.hold.open();
    const queue = await resync;
    expect(lb.picked[lb.picked.length - 1]).toBe(b);
    expect(queue.map((c) => c.id).sort()).toEqual(expectedQueue);
    expect(queue.every((c) => c.assignee.id === collector.id)).toBe(true);
    for (const c of queue) expect(c.version).toBe(await version(c.id));
    expect(resyncs).toHaveLength(1);
    expect(events.failure).toBeNull();

    // Later events arrive through B on the same client subscription.
    await b.untilListening('queue', listeningOnB + 1);
    const later = fx.cases[4];
    await b.ok(REASSIGN, { c: later, to: collector.id, v: await version(later) }, leadToken);
    expect(await nextMatching(events, (e) => e.queueChanged.caseId === later)).toEqual({
      queueChanged: { kind: 'ADDED', caseId: later, case: { id: later, version: await version(later), assignee: { id: collector.id } } },
    });
    const claimed = (await b.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
    expect(await nextMatching(events, (e) => e.queueChanged.caseId === claimed)).toMatchObject({ queueChanged: { kind: 'ADDED' } });
    expect((await queueInDb(collector.id)).sort()).toEqual([...expectedQueue, later, claimed].sort());
    events.stop();
  });
});
