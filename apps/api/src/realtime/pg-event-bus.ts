import { Logger } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { AppEvent, EventMap, Topic } from './events.js';

const EVENT_CHANNEL = 'mahnwerk_events';
const RECONNECT_MS = 1000;
/** The most events one NOTIFY statement carries. */
const MAX_BATCH = 1000;
/** Events in one round trip, in order ($2 is a text array of JSON events). */
const NOTIFY_ALL = 'SELECT pg_notify($1, e) FROM unnest($2::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n';

/** Told of each event sent, with the seconds since it was published (MetricsService is one). */
export interface EventBusObserver {
  eventSent(topic: string, seconds: number): void;
}

interface OutgoingEvent { text: string; topic: string; publishedAt: number; }

/**
 * Events travel through Postgres LISTEN/NOTIFY, so every API instance on the database sees every
 * event, its own included (local subscribers are served from the same echo).
 *
 * Events go out after the change commits, not inside its transaction: Postgres serialises the
 * commits of all transactions that NOTIFY on one database-wide lock, which under many concurrent
 * claims became their bottleneck. Outgoing events are queued and each round trip sends all that
 * queued meanwhile, so a burst of changes costs a few NOTIFY transactions. Delivery is at most
 * once: events of an instance that dies between commit and send are lost, and screens resync
 * when they reconnect.
 */
export class PgEventBus {
  private readonly local = new PubSub();
  private readonly logger = new Logger(PgEventBus.name);
  private readonly held = new WeakMap<QueryRunner, AppEvent[]>();
  private listener: pg.Client | null = null;
  private outgoing: OutgoingEvent[] = [];
  private sending: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly observer?: EventBusObserver,
  ) {}

  /** Holds events published inside a transaction of `db` until it commits; a rollback drops them. */
  attach(db: DataSource): void {
    db.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        const events = queryRunner.isTransactionActive ? undefined : this.held.get(queryRunner);
        if (!events) return;
        this.held.delete(queryRunner);
        void this.publish(...events);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.held.delete(queryRunner);
      },
    });
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.reconnect(client, error));
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  /** Publishes the events when the transaction of `manager` commits (at once outside a transaction). */
  async publishIn(manager: EntityManager, ...events: AppEvent[]): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return this.publish(...events);
    const held = this.held.get(runner);
    if (held) held.push(...events);
    else this.held.set(runner, [...events]);
  }

  /** Sends the events with those queued meanwhile; resolves once they are sent (or dropped, logged). */
  publish(...events: AppEvent[]): Promise<void> {
    if (!events.length) return this.sending ?? Promise.resolve();
    const publishedAt = performance.now();
    for (const event of events) this.outgoing.push({ text: JSON.stringify(event), topic: event.topic, publishedAt });
    this.sending ??= this.sendOutgoing();
    return this.sending;
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<EventMap[T]> {
    return this.local.asyncIterableIterator<EventMap[T]>(topic);
  }

  async close(): Promise<void> {
    await this.sending;
    this.closed = true;
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  private async sendOutgoing(): Promise<void> {
    try {
      while (this.outgoing.length) {
        const batch = this.outgoing.splice(0, MAX_BATCH);
        try {
          if (!this.listener) throw new Error('no connection to the database');
          await this.listener.query(NOTIFY_ALL, [EVENT_CHANNEL, batch.map((e) => e.text)]);
          const sentAt = performance.now();
          for (const e of batch) this.observer?.eventSent(e.topic, (sentAt - e.publishedAt) / 1000);
        } catch (error) {
          this.logger.warn(`Dropped ${batch.length} live event(s): ${(error as Error).message}`);
        }
      }
    } finally {
      this.sending = null;
    }
  }

  private deliver(raw: string | undefined): void {
    if (!raw) return;
    try {
      const event = JSON.parse(raw) as AppEvent;
      void this.local.publish(event.topic, event.payload);
    } catch (error) {
      this.logger.warn(`Dropped a malformed event: ${String(error)}`);
    }
  }

  private reconnect(client: pg.Client, error: Error): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    this.logger.warn(`Event listener lost its connection (${error.message}); reconnecting`);
    void client.end().catch(() => undefined);
    void this.restartUntilConnected();
  }

  private async restartUntilConnected(): Promise<void> {
    while (!this.closed) {
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      if (this.closed) return;
      try {
        await this.start();
        return;
      } catch (error) {
        this.logger.warn(`Event listener still unreachable: ${(error as Error).message}`);
      }
    }
  }
}
