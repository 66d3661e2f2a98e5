import type pg from 'pg';
import type { Clock } from '../src/common/clock.js';
import { buildFixture, type Fixture } from './fixtures.js';
import { ApiInstance, createTestDatabase, pool } from './harness.js';

export interface TestBedOptions {
  /** Collectors in team A (see buildFixture); default 4. */
  collectors?: number;
  /** Open, unassigned German cases; default 10. */
  cases?: number;
  /** Build the standard fixture (default true); false for specs that arrange every row themselves. */
  fixture?: boolean;
  /** The API's clock; default the harness' FixedClock. */
  clock?: Clock;
  /** Start an API on the database (default true); false for specs that test the database alone. */
  api?: boolean;
  /** Environment variables for the API's config (read when each instance starts, after `arrange`). */
  env?: () => Record<string, string>;
  /** Data to add before the API starts (it reads some settings once at start). */
  arrange?: (bed: TestBed) => Promise<void>;
}

/** What a spec works with: its own migrated database, the standard fixture and, unless told otherwise, an API on it. */
export interface TestBed {
  readonly url: string;
  readonly db: pg.Pool;
  readonly fx: Fixture;
  readonly api: ApiInstance;
  /** A token for the person with this email (the fixture's password). */
  login(email: string): Promise<string>;
  /** Another API instance on the same database (default: the bed's clock), closed with the bed. */
  startApi(clock?: Clock): Promise<ApiInstance>;
  /** Clean-up to run at tear-down before the APIs close and the pool ends (websocket clients, data sources). */
  onClose(cleanUp: () => Promise<unknown> | unknown): void;
}

/**
 * Registers the spec's set-up and tear-down: a fresh database in the run's embedded PostgreSQL, the fixture,
 * then the API. The returned bed is filled in by the time the spec's own `beforeAll` and tests run.
 */
export function withApi(options: TestBedOptions = {}): TestBed {
  const state: { url?: string; db?: pg.Pool; fx?: Fixture; api?: ApiInstance } = {};
  const instances: ApiInstance[] = [];
  const cleanUps: (() => Promise<unknown> | unknown)[] = [];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use the test bed inside beforeAll or a test`);
    return value;
  };
  const bed: TestBed = {
    get url() { return need(state.url, 'The database'); },
    get db() { return need(state.db, 'The database pool'); },
    get fx() { return need(state.fx, 'The fixture (built unless fixture: false)'); },
    get api() { return need(state.api, 'The API (started unless api: false)'); },
    login: (email) => bed.api.login(email),
    async startApi(clock = options.clock) {
      const instance = await ApiInstance.start(bed.url, clock, options.env?.() ?? {});
      instances.push(instance);
      return instance;
    },
    onClose(cleanUp) {
      cleanUps.push(cleanUp);
    },
  };

  beforeAll(async () => {
    state.url = await createTestDatabase();
    state.db = pool(state.url);
    if (options.fixture !== false) {
      state.fx = await buildFixture(state.db, { collectors: options.collectors, cases: options.cases });
    }
    await options.arrange?.(bed);
    if (options.api !== false) state.api = await bed.startApi();
  });
  afterAll(async () => {
    for (const cleanUp of cleanUps) await cleanUp();
    await Promise.all(instances.map((instance) => instance.close()));
    await state.db?.end();
  });
  return bed;
}
