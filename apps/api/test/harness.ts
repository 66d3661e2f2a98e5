import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { createServer } from '../src/bootstrap.js';
import { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/config.js';
import { ensureDatabase } from '../src/database/embedded-postgres.js';
import { runMigrations } from '../src/database/migrate.js';
import { migrations } from '../src/database/migrations/index.js';
import { configurePgTypes } from '../src/database/pg-types.js';
import { API_ROLE, grantApiRole } from '../src/database/roles.js';
import { PgEventBus } from '../src/realtime/pg-event-bus.js';
import pino, { type DestinationStream } from 'pino';
import type { Topic } from '../src/realtime/events.js';

export const PASSWORD = 'test-password-1';

export class FixedClock extends Clock {
  constructor(public instant = new Date('2026-11-25T10:00:00Z')) {
    super();
  }
  override now(): Date {
    return this.instant;
  }
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A fresh, migrated database in the run's embedded PostgreSQL (see global-setup.mjs). */
export async function createTestDatabase(): Promise<string> {
  configurePgTypes();
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: run the API tests through jest (global-setup.mjs).');
  const template = await migratedTemplate(adminUrl);
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  // Nothing pending: the template has every migration; a migration added meanwhile is applied here.
  await runMigrations(url);
  return url;
}

/**
 * A database migrated once per run and migration set, copied for each test database (CREATE DATABASE
 * ... TEMPLATE copies files, where running every migration takes seconds). Built under a name of its
 * own and renamed when done, under an advisory lock, so parallel workers never copy a half-built one.
 */
async function migratedTemplate(adminUrl: string): Promise<string> {
  const name = `template_${migrations.length}_${migrations.at(-1)!.name.toLowerCase()}`.slice(0, 63);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = async () => ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
    if (await exists()) return name;
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists()) return name;
      const building = `${name.slice(0, 54)}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await ensureDatabase(adminUrl, building);
      await runMigrations(adminUrl.replace(/\/postgres$/, `/${building}`));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await admin.end();
  }
}

/**
 * The URL of the API role (`mahnwerk_api`, made by global-setup.mjs) on the database at `ownerUrl`, after
 * giving it the grants the start gives it (database/roles.ts): every spec's API runs as that role.
 */
export async function apiRoleUrl(ownerUrl: string): Promise<string> {
  const password = process.env.TEST_PG_API_PASSWORD;
  if (!password) throw new Error('TEST_PG_API_PASSWORD is not set: run the API tests through jest (global-setup.mjs).');
  await grantApiRole(ownerUrl, API_ROLE);
  const url = new URL(ownerUrl);
  url.username = API_ROLE;
  url.password = password;
  return url.toString();
}

let runLog: DestinationStream | undefined;
/** The run's API log file (global-setup.mjs names it; global-teardown.mjs scans it for personal data). */
export function runLogDestination(): DestinationStream | undefined {
  const file = process.env.TEST_API_LOG_FILE;
  if (!file) return undefined;
  runLog ??= pino.destination({ dest: file, append: true, sync: true });
  return runLog;
}

export class ApiInstance {
  private readonly sockets: Client[] = [];
  /** Every TCP connection the instance has accepted and not yet closed (HTTP and websockets). */
  private readonly connections = new Set<Socket>();
  private killed = false;

  constructor(
    readonly app: INestApplication,
    readonly url: string,
  ) {
    const server = app.getHttpServer() as Server;
    server.on('connection', (socket: Socket) => {
      this.connections.add(socket);
      socket.once('close', () => this.connections.delete(socket));
    });
  }

  /** The graphql-ws address of this instance. */
  get wsUrl(): string {
    return this.url.replace(/^http/, 'ws');
  }

  /** The health check a load balancer would probe. */
  get healthUrl(): string {
    return this.url.replace(/\/graphql$/, '/health');
  }

  /** `env`: further environment variables for the instance's config (e.g. MAIL_TRANSPORT). */
  /** `logDestination`: where its log lines go (default the run's log file, see runLogDestination). */
  static async start(
    databaseUrl: string, clock: Clock = new FixedClock(), env: Record<string, string> = {},
    options: { logDestination?: DestinationStream } = {},
  ): Promise<ApiInstance> {
    const config = loadConfig({
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', PORT: '1', DUNNING_SCHEDULE: 'off', RETENTION_SCHEDULE: 'off', KPI_CATCH_UP_MS: '0',
      // The account of the statements in test/fixtures (bank-statement.camt053.xml, bank-export-de.csv).
      BANK_OWN_ACCOUNTS: 'DE89370400440532013000',
      // Specs sign in many times from 127.0.0.1; login-limits.integration.spec.ts sets the production limit itself.
      LOGIN_RATE_LIMIT: '100000', LOG_LEVEL: 'log', ...env,
    });
    const app = await createServer(
      { ...config, port: 0, databaseUrl: await apiRoleUrl(databaseUrl), webDist: '/nonexistent' }, clock,
      { logDestination: options.logDestination ?? runLogDestination() },
    );
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new ApiInstance(app, `http://127.0.0.1:${port}/graphql`);
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  }

  /** Data or a thrown error naming the GraphQL errors: for steps that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** The absolute address of a document link (e.g. `/letters/<id>.pdf`) with a fresh download ticket of the token's session. */
  async ticketed(path: string, token: string): Promise<string> {
    const data = await this.ok<{ issueDownloadTicket: { url: string } }>(
      'mutation($url: String!) { issueDownloadTicket(url: $url) { url } }', { url: path }, token,
    );
    return this.url.replace(/\/graphql$/, '') + data.issueDownloadTicket.url;
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const data = await this.ok<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    return data.login.token;
  }

  /** A graphql-ws client over a real websocket. */
  socket(token: string | null): Client {
    const client = createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    this.sockets.push(client);
    return client;
  }

  async close(): Promise<void> {
    if (this.killed) return;
    await Promise.all(this.sockets.map((s) => s.dispose()));
    await this.app.close();
  }

  /**
   * Stops the instance the way a crash does: it stops accepting connections at once and every open
   * connection drops without a close frame (clients see 1006), then its database pool and listener go.
   * `close()` afterwards is a no-op.
   */
  async kill(): Promise<void> {
    if (this.killed) return;
    this.killed = true;
    const server = this.app.getHttpServer() as Server;
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
    await this.app.close();
    await stopped;
  }

  /**
   * How many live subscriptions this instance's event bus feeds for `topic`. A graphql-ws subscription
   * registers with the bus when its resolver starts iterating, so once this count has grown the next
   * event on the topic reaches it (reads the in-process graphql-subscriptions PubSub of PgEventBus).
   */
  listeners(topic: Topic): number {
    const bus = this.app.get(PgEventBus, { strict: false }) as unknown as { local?: { ee?: EventEmitter } };
    const emitter = bus.local?.ee;
    if (!emitter || typeof emitter.listenerCount !== 'function') {
      throw new Error('PgEventBus no longer fans out through a graphql-subscriptions PubSub named `local`: update ApiInstance.listeners');
    }
    return emitter.listenerCount(topic);
  }

  /** Waits until at least `count` subscriptions listen to `topic` on this instance. */
  async untilListening(topic: Topic, count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.listeners(topic) < count) {
      if (Date.now() > deadline) throw new Error(`Only ${this.listeners(topic)} of ${count} '${topic}' subscriptions after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** Collects a subscription's events; `next()` waits for the next one. */
export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let failure: unknown = null;
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (message) => {
        const value = (message.errors ? { errors: message.errors } : message.data) as T;
        const waiter = waiters.shift();
        if (waiter) waiter(value);
        else received.push(value);
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  return {
    stop,
    get failure() {
      return failure;
    },
    next(timeoutMs = 5000): Promise<T> {
      const queued = received.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

/** Resolves once graphql-ws has acknowledged the connection. */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const offOk = client.on('connected', () => {
      offOk();
      resolve();
    });
    const offClosed = client.on('closed', (event) => {
      offClosed();
      reject(new Error(`socket closed: ${(event as { code?: number }).code}`));
    });
  });
}

export async function passwordHash(): Promise<string> {
  return hash(PASSWORD);
}

export function pool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, max: 5 });
}

/** Waits for the first event (skipping others) that satisfies `accept`. */
export async function nextMatching<T>(
  events: { next(timeoutMs?: number): Promise<T> },
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`No matching event within ${timeoutMs} ms`);
    const value = await events.next(left);
    if (accept(value)) return value;
  }
}

/** Re-runs `read` (short waits in between) until `accept` holds; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, tries = 40, waitMs = 50): Promise<T> {
  let value = await read();
  for (let i = 1; i < tries && !accept(value); i++) {
    await new Promise((r) => setTimeout(r, waitMs));
    value = await read();
  }
  return value;
}

/** Resolves with the close code once the graphql-ws client's socket closes. */
export function closeCode(client: Client): Promise<number | undefined> {
  return new Promise((resolve) => {
    const off = client.on('closed', (event) => {
      off();
      resolve((event as { code?: number }).code);
    });
  });
}

/** Waits until a subscription from `subscribe()` has failed and returns its GraphQL errors (or null on timeout). */
export async function failureOf(
  events: { readonly failure: unknown },
  timeoutMs = 3000,
): Promise<{ message: string; extensions?: { code?: string; field?: string } }[] | null> {
  const deadline = Date.now() + timeoutMs;
  while (!events.failure && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return (events.failure as { message: string; extensions?: { code?: string; field?: string } }[] | null) ?? null;
}
