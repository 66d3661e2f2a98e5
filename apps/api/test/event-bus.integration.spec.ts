import pg from 'pg';
import { DataSource } from 'typeorm';
import type { QueueEvent } from '../src/realtime/events.js';
import { PgEventBus } from '../src/realtime/pg-event-bus.js';
import { withApi } from './with-api.js';

const caseEvent = (caseId: string, collectorId = 'c1') => ({ topic: 'queue' as const, payload: { collectorId, caseId, kind: 'ADDED' as const } });

/** Collects the queue events the bus delivers locally (its own NOTIFY echo), in order. */
function collect(bus: PgEventBus) {
  const seen: string[] = [];
  const iterator = bus.subscribe('queue');
  void (async () => {
    for await (const event of { [Symbol.asyncIterator]: () => iterator }) seen.push((event as QueueEvent).caseId);
  })();
  return { seen, stop: () => void iterator.return?.() };
}

async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('PgEventBus: events go out after commit, batched', () => {
  let db: DataSource;
  let bus: PgEventBus;

  const bed = withApi({ api: false, fixture: false });
  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', url: bed.url, entities: [] });
    await db.initialize();
    bus = new PgEventBus(bed.url);
    bus.attach(db);
    await bus.start();
    bed.onClose(async () => {
      await bus.close();
      await db.destroy();
    });
  });

  it('holds events published inside a transaction until it commits', async () => {
    const events = collect(bus);
    let inside = -1;
    await db.transaction(async (manager) => {
      await bus.publishIn(manager, caseEvent('committed'));
      await new Promise((r) => setTimeout(r, 100));
      inside = events.seen.length;
    });
    await until(() => events.seen.length === 1);
    expect(inside).toBe(0);
    expect(events.seen).toEqual(['committed']);
    events.stop();
  });

  it('drops the events of a transaction that rolls back', async () => {
    const events = collect(bus);
    await expect(
      db.transaction(async (manager) => {
        await bus.publishIn(manager, caseEvent('rolled-back'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await bus.publish(caseEvent('marker'));
    await until(() => events.seen.includes('marker'));
    expect(events.seen).toEqual(['marker']);
    events.stop();
  });

  it('sends a burst in a few NOTIFY statements, every event once and in order', async () => {
    const events = collect(bus);
    const query = pg.Client.prototype.query;
    let notifies = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if (typeof args[0] === 'string' && args[0].includes('pg_notify')) notifies += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    const ids = Array.from({ length: 300 }, (_, i) => `burst-${i}`);
    try {
      await Promise.all(ids.map((id) => bus.publish(caseEvent(id))));
    } finally {
      pg.Client.prototype.query = query;
    }
    await until(() => events.seen.length === ids.length);
    expect(events.seen).toEqual(ids);
    expect(notifies).toBeGreaterThanOrEqual(1);
    expect(notifies).toBeLessThanOrEqual(3);
    events.stop();
  });

  it('publishes at once outside a transaction', async () => {
    const events = collect(bus);
    await bus.publishIn(db.manager, caseEvent('no-transaction'));
    await until(() => events.seen.length === 1);
    expect(events.seen).toEqual(['no-transaction']);
    events.stop();
  });
});
