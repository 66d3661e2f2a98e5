import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
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
import { configurePgTypes } from '../src/database/pg-types.js';

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
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  await ensureDatabase(adminUrl, name);
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  await runMigrations(url);
  return url;
}

export class ApiInstance {
  private readonly sockets: Client[] = [];

  constructor(
    readonly app: INestApplication,
    readonly url: string,
  ) {}

  static async start(databaseUrl: string, clock: Clock = new FixedClock()): Promise<ApiInstance> {
    const config = loadConfig({ JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', PORT: '1', DUNNING_SCHEDULE: 'off' });
    const app = await createServer({ ...config, port: 0, databaseUrl, webDist: '/nonexistent' }, clock);
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
    await Promise.all(this.sockets.map((s) => s.dispose()));
    await this.app.close();
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
