import { Logger } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { AppEvent, EventMap, Topic } from './events.js';

export const EVENT_CHANNEL = 'mahnwerk_events';
const RECONNECT_MS = 1000;
/** All of a change's events in one round trip, in order ($2 is a text array of JSON events). */
const NOTIFY_ALL = 'SELECT pg_notify($1, e) FROM unnest($2::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n';

/**
 * Events travel through Postgres LISTEN/NOTIFY, so every API instance on the database sees every
 * event. A NOTIFY issued inside a transaction is delivered only when it commits: publishing
 * within the change's transaction gives "after commit, exactly when committed" for free.
 */
export class PgEventBus {
  private readonly local = new PubSub();
  private readonly logger = new Logger(PgEventBus.name);
  private listener: pg.Client | null = null;
  private closed = false;

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.deliver(message.payload));
    client.on('error', (error) => this.reconnect(client, error));
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    this.listener = client;
  }

  /** Queues the events on the transaction of `manager`; they go out when it commits. */
  async publishIn(manager: EntityManager, ...events: AppEvent[]): Promise<void> {
    if (events.length) await manager.query(NOTIFY_ALL, [EVENT_CHANNEL, events.map((e) => JSON.stringify(e))]);
  }

  async publish(...events: AppEvent[]): Promise<void> {
    if (!this.listener || !events.length) return;
    await this.listener.query(NOTIFY_ALL, [EVENT_CHANNEL, events.map((e) => JSON.stringify(e))]);
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<EventMap[T]> {
    return this.local.asyncIterableIterator<EventMap[T]>(topic);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
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
      try {
        await this.start();
        return;
      } catch (error) {
        this.logger.warn(`Event listener still unreachable: ${(error as Error).message}`);
      }
    }
  }
}
