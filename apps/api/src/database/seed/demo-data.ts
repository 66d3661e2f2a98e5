import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decideSettlement, isIsoDate, settlementExpiryText, toDayNumber } from '@mahnwerk/domain';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import {
  CaseGenerator,
  HISTORY_TABLES,
  IDEMPOTENCY_KEY_COLUMN,
  newBatch,
  planCase,
  STREAM,
  TABLES,
  toColumns,
  WRITE_ORDER,
  type BatchColumns,
  type GeneratorData,
  type TableName,
} from './case-generator.js';
import { isoDate, localTimestamp } from './calendar.js';
import { seedPortal } from './portal.js';
import { AGENCY, CREDITORS, DEMO_PASSWORD, OPEN, PHONE, TEAMS, USERS, type CreditorFixture } from './fixtures.js';
import { Rng } from './prng.js';

export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './fixtures.js';
/** The demo logins (all with DEMO_PASSWORD): email, name, role, team, capacity, languages. */
export { USERS as DEMO_USERS } from './fixtures.js';

export interface SeedDemoDataOptions {
  /** Number of cases to create (the demo uses 5,000; the generator is built for 1,000,000). */
  cases: number;
  /** Number of debtors; default round(cases * 0.4), at most `cases`: every debtor gets at least one case. */
  debtors?: number;
  /** The demo's "today" (YYYY-MM-DD): all history lies before it, promises and callbacks after. */
  today: string;
  /** PRNG seed; the same seed and today give the same rows, ids included. Default 42. */
  seed?: number;
  /** Called after each committed batch with the number of cases written so far. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads that build batches while this thread writes them. Default: one per CPU (at most
   * 4) from 20,000 cases on, none below (0 = build in this thread). Either way the rows are the
   * same. Workers need the compiled JavaScript; under ts-jest the seeder always builds in-thread.
   */
  workers?: number;
  /** The demo accounts' password; default the well-known DEMO_PASSWORD (a production start passes a generated one). */
  password?: string;
}

export interface SeedDemoDataResult {
  /** false when the database already had users (demo data is only seeded on first start). */
  seeded: boolean;
  cases: number;
}

export const DEFAULT_SEED = 42;
/** Cases per transaction. */
export const CASE_BATCH_SIZE = 1000;
/** Below this many cases, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 20_000;
/** Days of dunning runs before today: every day since before the earliest placement (365 days). */
const RUN_DAYS = 400;
/** Session advisory lock that keeps two starting API instances from seeding at the same time. */
const SEED_LOCK_KEY = 7_462_015_338;

// ---------------------------------------------------------------------------------------------
// Seeding.
// ---------------------------------------------------------------------------------------------

export async function seedDemoData(pool: pg.Pool, options: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  const cases = options.cases;
  if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError(`cases must be a whole number >= 0, got ${cases}`);
  if (!isIsoDate(options.today)) throw new RangeError(`today must be a date YYYY-MM-DD, got ${options.today}`);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
  const debtors = Math.min(options.debtors ?? Math.max(1, Math.round(cases * 0.4)), cases);
  if (!Number.isSafeInteger(debtors) || debtors < 0 || (cases > 0 && debtors < 1)) {
    throw new RangeError(`debtors must be a whole number >= 1, got ${options.debtors}`);
  }
  const workers = options.workers ?? (cases >= WORKER_THRESHOLD ? Math.min(4, availableParallelism()) : 0);
  if (!Number.isSafeInteger(workers) || workers < 0 || workers > 64) {
    throw new RangeError(`workers must be a whole number from 0 to 64, got ${options.workers}`);
  }

  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    try {
      const { rows } = await client.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM users) AS seeded');
      if (rows[0]!.seeded) return { seeded: false, cases: 0 };
      await seedInto(client, { cases, debtors, seed, today: toDayNumber(options.today), workers, onProgress: options.onProgress, password: options.password ?? DEMO_PASSWORD });
      return { seeded: true, cases };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

interface Collector {
  index: number;
  id: string;
  creditors: number[];
  capacity: number;
}

/** Builds the rows of a range of cases, in this thread or in a worker. */
interface BatchBuilder {
  build(start: number, end: number): Promise<BatchColumns>;
  close(): Promise<void>;
}

/** In this thread, yielding now and then so that the previous batch's insert can make progress. */
function inThreadBuilder(data: GeneratorData): BatchBuilder {
  const generator = new CaseGenerator(data);
  return {
    async build(start, end) {
      const batch = newBatch();
      for (let i = start; i < end; i++) {
        generator.buildCase(i, batch);
        if ((i & 127) === 127) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return toColumns(batch);
    },
    close: async () => undefined,
  };
}

/** In a worker thread running case-generator.worker.js (one request at a time, answered in order). */
function workerBuilder(data: GeneratorData): BatchBuilder {
  const worker = new Worker(new URL('./case-generator.worker.js', import.meta.url), { workerData: data });
  const waiting: { resolve: (columns: BatchColumns) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const request of waiting.splice(0)) request.reject(failure);
  };
  worker.on('message', (message: { columns?: BatchColumns; error?: string }) => {
    const request = waiting.shift();
    if (message.error !== undefined) fail(new Error(`demo-data worker: ${message.error}`));
    else request?.resolve(message.columns!);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (waiting.length > 0) fail(new Error(`demo-data worker stopped (exit code ${code})`));
  });
  return {
    build(start, end) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage({ start, end });
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Worker threads need the compiled module next to this one (not available under ts-jest). */
function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

async function seedInto(
  client: pg.PoolClient,
  options: {
    cases: number;
    debtors: number;
    seed: number;
    today: number;
    password: string;
    workers: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<void> {
  const { cases, seed, today } = options;
  const fixtures = await writeFixtures(client, seed, today, options.password);
  const data = planAllCases({ seed, today, creditorIds: fixtures.creditorIds, collectors: fixtures.collectors }, cases, options.debtors);

  const batches = Math.ceil(cases / CASE_BATCH_SIZE);
  const useWorkers = options.workers > 0 && batches > 1 && workersAvailable();
  const builders = useWorkers
    ? Array.from({ length: Math.min(options.workers, batches) }, () => workerBuilder(data))
    : [inThreadBuilder(data)];
  // Workers build up to two batches each ahead of the writer, the in-thread builder one (it
  // builds between the writer's awaits). Batches are written strictly in order: a case may refer
  // to a debtor written with an earlier batch.
  const ahead = useWorkers ? builders.length * 2 : 1;
  const requested: Promise<BatchColumns>[] = [];
  const request = (k: number): void => {
    const start = k * CASE_BATCH_SIZE;
    const promise = builders[k % builders.length]!.build(start, Math.min(cases, start + CASE_BATCH_SIZE));
    promise.catch(() => undefined); // handled when awaited below
    requested[k] = promise;
  };
  let paymentNumber = 0;
  /** Per run day: cases advanced and fees charged (the run's tallies). */
  const runTallies = new Map<string, [advanced: number, fees: number]>();
  try {
    let next = 0;
    for (let k = 0; k < batches; k++) {
      while (next < batches && next <= k + ahead) request(next++);
      const columns = await requested[k]!;
      delete requested[k];
      const keys = columns.payments[IDEMPOTENCY_KEY_COLUMN]!;
      for (let j = 0; j < keys.length; j++) keys[j] = `seed-${++paymentNumber}`;
      await writeBatch(client, columns);
      tallySteps(runTallies, columns);
      options.onProgress?.(Math.min(cases, (k + 1) * CASE_BATCH_SIZE), cases);
    }
  } finally {
    await Promise.all(builders.map((b) => b.close()));
  }
  if (cases === 0) options.onProgress?.(0, 0);
  await client.query(
    `UPDATE dunning_runs r SET advanced = t.advanced, fees_charged = t.fees,
            finished_at = r.started_at + interval '1 second' + t.advanced * interval '20 milliseconds'
       FROM unnest($1::date[], $2::int4[], $3::int4[]) AS t(as_of, advanced, fees) WHERE r.as_of = t.as_of`,
    [[...runTallies.keys()], [...runTallies.values()].map(([n]) => n), [...runTallies.values()].map(([, f]) => f)],
  );
  await client.query(PLANS_OF_INSTALLMENTS);
  await seedSettlements(client, today);
  await seedPortal(client, today);
  await client.query('ANALYZE');
}

/**
 * The demo's payment plans as records: the installments one outcome agreed are one plan, COMPLETED
 * when every installment was kept, DEFAULTED with two broken (the default setting), else the case's
 * latest running plan is ACTIVE (as the agreements migration converts plans recorded before it).
 */
const PLANS_OF_INSTALLMENTS = `
  WITH grouped AS (
    SELECT gen_random_uuid() AS id, p.case_id, p.activity_id, min(p.created_at) AS created_at,
           bool_and(p.status = 'KEPT') AS completed, count(*) FILTER (WHERE p.status = 'BROKEN') >= 2 AS defaulted,
           max(p.resolved_at) AS ended_at
      FROM promises p WHERE p.installment IS NOT NULL AND p.plan_id IS NULL
     GROUP BY p.case_id, p.activity_id
  ),
  ranked AS (
    SELECT g.*, row_number() OVER (PARTITION BY g.case_id, (NOT g.completed AND NOT g.defaulted) ORDER BY g.created_at DESC) AS n
      FROM grouped g
  ),
  plans AS (
    INSERT INTO payment_plans (id, case_id, activity_id, status, created_at, ended_at)
    SELECT r.id, r.case_id, r.activity_id,
           CASE WHEN r.completed THEN 'COMPLETED' WHEN r.defaulted OR r.n > 1 THEN 'DEFAULTED' ELSE 'ACTIVE' END,
           r.created_at, CASE WHEN r.completed OR r.defaulted THEN r.ended_at END
      FROM ranked r
    RETURNING id, case_id, activity_id
  )
  UPDATE promises p SET plan_id = pl.id
    FROM plans pl
   WHERE p.installment IS NOT NULL AND p.case_id = pl.case_id AND p.activity_id IS NOT DISTINCT FROM pl.activity_id`;

/** The demo's settlements of each creditor: which ones, how much of the open amount, offered and last day relative to today. */
const DEMO_SETTLEMENTS = [
  { status: 'EXPIRED', sharePercent: 90, offeredDaysAgo: 20, lastDayDaysAgo: 6 },
  { status: 'EXPIRED', sharePercent: 85, offeredDaysAgo: 16, lastDayDaysAgo: 2 },
  { status: 'OFFERED', sharePercent: 90, offeredDaysAgo: 4, lastDayDaysAgo: -10 },
  { status: 'OFFERED', sharePercent: 85, offeredDaysAgo: 2, lastDayDaysAgo: -12 },
  { status: 'PENDING_APPROVAL', sharePercent: 50, offeredDaysAgo: 1, lastDayDaysAgo: -14 },
] as const;

/**
 * A few settlements per creditor on open cases worked by a collector (placed a month or more ago, no running plan):
 * offered ones, one waiting for a lead, and expired ones past their last day (as the expiry sweep
 * leaves them), each with its timeline entries. Ids derive from the case's, so a seed gives the same
 * rows. The open amount offered against is the principal less the payments (the balance as offered).
 */
async function seedSettlements(client: pg.PoolClient, today: number): Promise<void> {
  const { rows } = await client.query<{ id: string; assignee_id: string; currency: string; open_cents: string; share: number; n: string }>(
    `SELECT id, assignee_id, currency, share, open_cents, n FROM (
       SELECT o.*, row_number() OVER (PARTITION BY o.creditor_id ORDER BY o.id) AS n FROM (
         SELECT c.id, c.creditor_id, c.assignee_id, c.currency, cr.settlement_min_share_percent AS share,
                (SELECT sum(cl.principal_cents) FROM claims cl WHERE cl.case_id = c.id)
                  - (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.case_id = c.id) AS open_cents
           FROM cases c JOIN creditors cr ON cr.id = c.creditor_id
          WHERE c.status = 'OPEN' AND c.assignee_id IS NOT NULL AND c.placed_at <= $1::date - 30
            AND NOT EXISTS (SELECT 1 FROM payment_plans pl WHERE pl.case_id = c.id AND pl.status = 'ACTIVE')) o
        WHERE o.open_cents >= 10000) x
      WHERE n <= $2 ORDER BY id`,
    [isoDate(today), DEMO_SETTLEMENTS.length],
  );
  for (const [i, c] of rows.entries()) {
    const plan = DEMO_SETTLEMENTS[Number(c.n) - 1]!;
    const openCents = Number(c.open_cents);
    const amountCents = Math.floor((openCents * plan.sharePercent) / 100);
    const offeredOn = isoDate(today - plan.offeredDaysAgo);
    const validUntil = isoDate(today - plan.lastDayDaysAgo);
    const offeredAt = localTimestamp(today - plan.offeredDaysAgo, 10 * 60 + i * 7);
    const offer = decideSettlement({ amountCents, validUntil }, {
      openCents, currency: c.currency.trim(), today: offeredOn, minSharePercent: c.share, offeredByLead: false,
    });
    const expiredAt = plan.status === 'EXPIRED' ? localTimestamp(today - plan.lastDayDaysAgo + 1, 1) : null;
    await client.query(
      `INSERT INTO settlements (id, case_id, amount_cents, open_cents, currency, valid_until, offered_on, status, offered_by, decided_by,
                                decided_at, expired_at, created_at)
       VALUES (md5($1::text || ':settlement')::uuid, $1::uuid, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9::boolean THEN $8::uuid END,
               CASE WHEN $9::boolean THEN $10::timestamptz END, $11::timestamptz, $10::timestamptz)`,
      [c.id, amountCents, openCents, c.currency, validUntil, offeredOn, plan.status, c.assignee_id, offer.approved, offeredAt, expiredAt],
    );
    await client.query(
      `INSERT INTO activities (id, case_id, actor_id, channel, note, note_texts, occurred_at)
       VALUES (md5($1::text || ':settlement-offer')::uuid, $1::uuid, $2, 'SYSTEM', $3, $5::jsonb, $4)`,
      [c.id, c.assignee_id, offer.summary, offeredAt, JSON.stringify(offer.summaryText)],
    );
    if (expiredAt) {
      const note = settlementExpiryText({ status: offer.approved ? 'OFFERED' : 'PENDING_APPROVAL', amountCents, currency: c.currency.trim(), validUntil });
      await client.query(
        `INSERT INTO activities (id, case_id, actor_id, channel, note, note_texts, occurred_at)
         VALUES (md5($1::text || ':settlement-expiry')::uuid, $1::uuid, NULL, 'SYSTEM', $2, $4::jsonb, $3)`,
        [c.id, note.en, expiredAt, JSON.stringify(note)],
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Fixtures and the plan.
// ---------------------------------------------------------------------------------------------

interface Fixtures {
  creditorIds: string[];
  collectors: Collector[];
}

async function writeFixtures(client: pg.PoolClient, seed: number, today: number, password: string): Promise<Fixtures> {
  const rng = new Rng(seed, STREAM.FIXTURES, 0);
  const teamIds = TEAMS.map(() => rng.uuid());
  const userIds = USERS.map(() => rng.uuid());
  const creditorIds = CREDITORS.map(() => rng.uuid());
  const since = localTimestamp(today - 500, 9 * 60);
  const passwordHash = await hash(password); // hashed once, shared by every demo user

  await client.query('BEGIN');
  try {
    await client.query('INSERT INTO teams (id, name) SELECT * FROM unnest($1::uuid[], $2::text[])', [teamIds, [...TEAMS]]);
    await client.query(
      `INSERT INTO users (id, email, name, role, team_id, capacity, languages, password_hash, created_at)
       SELECT u.id, u.email, u.name, u.role, u.team_id, u.capacity, string_to_array(u.languages, ','), $8, $9
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::int4[], $7::text[])
         AS u(id, email, name, role, team_id, capacity, languages)`,
      [
        userIds,
        USERS.map((u) => u.email),
        USERS.map((u) => u.name),
        USERS.map((u) => u.role),
        USERS.map((u) => (u.team === null ? null : teamIds[u.team]!)),
        USERS.map((u) => u.capacity),
        USERS.map((u) => u.languages.join(',')),
        passwordHash,
        since,
      ],
    );
    await client.query(
      `INSERT INTO creditors (id, ref, name, country, currency, time_zone, address, legal_name, iban, bic, letter_language, created_at)
       SELECT *, $12::timestamptz
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[])`,
      [
        creditorIds,
        CREDITORS.map((c) => c.ref),
        CREDITORS.map((c) => c.name),
        CREDITORS.map((c) => c.country),
        CREDITORS.map((c) => c.currency),
        CREDITORS.map((c) => c.timeZone),
        CREDITORS.map((c) => c.address),
        CREDITORS.map((c) => c.legalName),
        CREDITORS.map((c) => c.iban),
        CREDITORS.map((c) => c.bic),
        CREDITORS.map((c) => (c.country === 'DK' ? 'da' : 'de')),
        since,
      ],
    );
    // The daily dunning runs of the past (every day, as the scheduler runs them, up to yesterday) that the
    // cases' dunning steps belong to; their tallies are filled in at the end. Today's run has not happened:
    // it is an ordinary day's run. A run date already there (after --reset: runs are kept) stays.
    const runDays: number[] = [];
    for (let day = today - RUN_DAYS; day < today; day++) runDays.push(day);
    await client.query(
      `INSERT INTO dunning_runs (id, as_of, status, started_at, finished_at)
       SELECT id, as_of, 'DONE', started_at, started_at + interval '1 second'
         FROM unnest($1::uuid[], $2::date[], $3::timestamptz[]) AS r(id, as_of, started_at)
       ON CONFLICT (as_of) DO NOTHING`,
      [
        runDays.map((day) => new Rng(seed, STREAM.DUNNING_RUN, day).uuid()),
        runDays.map((day) => isoDate(day)),
        runDays.map((day) => localTimestamp(day, 6 * 60)),
      ],
    );
    const links = USERS.flatMap((u, i) => u.creditors.map((c) => [userIds[i]!, creditorIds[c]!] as const));
    await client.query('INSERT INTO user_creditors (user_id, creditor_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
      links.map(([u]) => u),
      links.map(([, c]) => c),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }

  const collectors = USERS.flatMap((u, i) =>
    u.role === 'COLLECTOR' ? [{ index: 0, id: userIds[i]!, creditors: u.creditors, capacity: u.capacity }] : [],
  );
  collectors.forEach((c, i) => (c.index = i));
  return { creditorIds, collectors };
}

/**
 * First pass over all cases: which debtor each case belongs to (every debtor gets at least one
 * case, the rest are repeat debtors of the same country) and which open cases sit in a collector's
 * queue. Only small typed arrays are kept, so this scales to millions of cases.
 */
function planAllCases(
  base: { seed: number; today: number; creditorIds: string[]; collectors: Collector[] },
  cases: number,
  debtors: number,
): GeneratorData {
  const { collectors } = base;
  const last = base.today - 1;
  // + 2: each country with cases gets at least one debtor.
  const ctx: GeneratorData = {
    seed: base.seed,
    today: base.today,
    creditorIds: base.creditorIds,
    collectorsByCreditor: CREDITORS.map((_, c) => collectors.filter((u) => u.creditors.includes(c)).map((u) => u.id)),
    collectorIds: collectors.map((u) => u.id),
    caseDebtor: new Int32Array(cases),
    caseAssignee: new Int8Array(cases).fill(-1),
    caseNewDebtor: new Uint8Array(cases),
    debtorCountry: new Uint8Array(debtors + 2),
    debtorKind: new Uint8Array(debtors + 2),
    debtorHasPhone: new Uint8Array(debtors + 2),
    debtorHasEmail: new Uint8Array(debtors + 2),
    debtorFirstPlaced: new Int32Array(debtors + 2).fill(2 ** 31 - 1),
    debtorIds: [],
  };
  const creditorOf = new Uint8Array(cases);
  const statusOf = new Uint8Array(cases);
  const stageOf = new Uint8Array(cases);
  const placedOf = new Int32Array(cases);
  const casesPerCountry = [0, 0];
  for (let i = 0; i < cases; i++) {
    const plan = planCase(new Rng(ctx.seed, STREAM.PLAN, i), last);
    creditorOf[i] = plan.creditor;
    statusOf[i] = plan.status;
    stageOf[i] = plan.stage;
    placedOf[i] = plan.placed;
    casesPerCountry[countryIndex(CREDITORS[plan.creditor]!)]!++;
  }

  // Debtors: each country gets its share; a case takes a new debtor with probability
  // (new debtors left) / (cases left), which uses up the quota exactly.
  const quota = [0, 0];
  quota[0] = cases > 0 ? Math.min(casesPerCountry[0]!, Math.round((debtors * casesPerCountry[0]!) / cases)) : 0;
  quota[1] = Math.min(casesPerCountry[1]!, debtors - quota[0]);
  if (quota[0] + quota[1] < debtors) quota[0] = Math.min(casesPerCountry[0]!, debtors - quota[1]!);
  // A country with cases needs at least one debtor.
  for (const c of [0, 1]) if (casesPerCountry[c]! > 0 && quota[c] === 0) quota[c] = 1;
  const byCountry = [new Int32Array(quota[0]), new Int32Array(quota[1])];
  const created = [0, 0];
  const casesLeft = [...casesPerCountry];
  const rng = new Rng(ctx.seed, STREAM.DEBTOR_ASSIGNMENT, 0);
  for (let i = 0; i < cases; i++) {
    const country = countryIndex(CREDITORS[creditorOf[i]!]!);
    const takeNew = created[country]! === 0 || rng.float() * casesLeft[country]! < quota[country]! - created[country]!;
    casesLeft[country]!--;
    let d: number;
    if (takeNew && created[country]! < quota[country]!) {
      d = ctx.debtorIds.length;
      ctx.caseNewDebtor[i] = 1;
      byCountry[country]![created[country]!++] = d;
      ctx.debtorCountry[d] = country;
      ctx.debtorKind[d] = rng.chance(0.25) ? 1 : 0;
      ctx.debtorHasPhone[d] = rng.chance(0.9) ? 1 : 0;
      ctx.debtorHasEmail[d] = rng.chance(ctx.debtorKind[d] ? 0.95 : 0.7) ? 1 : 0;
      ctx.debtorIds.push(new Rng(ctx.seed, STREAM.DEBTOR, d).uuid());
    } else {
      d = byCountry[country]![rng.int(0, created[country]! - 1)]!;
    }
    ctx.caseDebtor[i] = d;
    if (placedOf[i]! < ctx.debtorFirstPlaced[d]!) ctx.debtorFirstPlaced[d] = placedOf[i]!;
  }

  // Queues: 8 to 12 open cases per collector (never above capacity) from the creditors they work,
  // preferring cases in the phone and agency stages; dealt round-robin so scarce cases spread out.
  const qrng = new Rng(ctx.seed, STREAM.QUEUE_ASSIGNMENT, 0);
  const preferred: number[][] = CREDITORS.map(() => []);
  const others: number[][] = CREDITORS.map(() => []);
  for (let i = 0; i < cases; i++) {
    if (statusOf[i] !== OPEN) continue;
    (stageOf[i] === PHONE || stageOf[i] === AGENCY ? preferred : others)[creditorOf[i]!]!.push(i);
  }
  const pools = CREDITORS.map((_, c) => [...shuffle(preferred[c]!, qrng), ...shuffle(others[c]!, qrng)]);
  const taken = CREDITORS.map(() => 0);
  const targets = collectors.map((c) => Math.min(c.capacity, qrng.int(8, 12)));
  const maxTarget = Math.max(0, ...targets);
  for (let round = 0; round < maxTarget; round++) {
    for (const collector of collectors) {
      if (round >= targets[collector.index]!) continue;
      const available = collector.creditors.map((c) => pools[c]!.length - taken[c]!);
      if (available.every((n) => n <= 0)) continue;
      const pick = collector.creditors[qrng.weighted(available.map((n) => Math.max(0, n)))]!;
      ctx.caseAssignee[pools[pick]![taken[pick]!++]!] = collector.index;
    }
  }
  return ctx;
}

function shuffle(items: number[], rng: Rng): number[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function countryIndex(creditor: CreditorFixture): number {
  return creditor.country === 'DE' ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Set-based inserts: one INSERT ... SELECT FROM unnest(...) per table and batch.
// ---------------------------------------------------------------------------------------------

const insertSql = new Map<TableName, string>();
function insertStatement(table: TableName): string {
  let sql = insertSql.get(table);
  if (!sql) {
    const spec = TABLES[table];
    sql =
      `INSERT INTO ${table} (${spec.map(([name]) => name).join(', ')}) ` +
      `SELECT * FROM unnest(${spec.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
    insertSql.set(table, sql);
  }
  return sql;
}

/**
 * The batch's dunning steps, each with the run of its day, and what they change in the stage moves'
 * read model (kpi_stage_moves, which the dunning run keeps in its own statements rather than by
 * trigger), in one statement. Steps are inserted in order: their ids order a case's steps, as
 * kpi_rebuild() reads them. The changes that take a case out of a key (placed into its current stage)
 * may leave a zero row, which the second kpi_add_stage_moves prunes; the others only add.
 * $1..$7: the columns of TABLES.dunning_steps; $8..$14: those of TABLES.kpi_stage_moves.
 */
const HISTORY_SQL = `
  WITH steps AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int8[], $6::date[], $7::uuid[]) WITH ORDINALITY
      AS s(case_id, from_stage, to_stage, channel, fee_cents, stepped_on, kpi_collector_id, n)
  ),
  inserted AS (
    INSERT INTO dunning_steps (run_id, case_id, from_stage, to_stage, channel, fee_cents, stepped_on, kpi_collector_id)
    SELECT (SELECT r.id FROM dunning_runs r WHERE r.as_of = s.stepped_on), s.case_id, s.from_stage, s.to_stage, s.channel,
           s.fee_cents, s.stepped_on, s.kpi_collector_id
      FROM steps s ORDER BY s.n
    RETURNING 1
  ),
  moves AS (
    SELECT ROW(m.day, m.creditor_id, m.currency, m.collector_id, m.from_stage, m.to_stage, m.cases)::kpi_stage_moves AS row, m.cases
      FROM unnest($8::date[], $9::uuid[], $10::bpchar[], $11::uuid[], $12::text[], $13::text[], $14::int4[])
        AS m(day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
  )
  SELECT kpi_add_stage_moves(ARRAY(SELECT row FROM moves WHERE cases > 0), false),
         kpi_add_stage_moves(ARRAY(SELECT row FROM moves WHERE cases < 0), true),
         (SELECT count(*) FROM inserted)::int AS steps`;

async function writeBatch(client: pg.PoolClient, batch: BatchColumns): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const table of WRITE_ORDER) {
      if (batch[table][0]!.length > 0) await client.query(insertStatement(table), batch[table]);
    }
    if (HISTORY_TABLES.some((table) => batch[table][0]!.length > 0)) {
      const { rows } = await client.query<{ steps: number }>(HISTORY_SQL, [...batch.dunning_steps, ...batch.kpi_stage_moves]);
      if (rows[0]!.steps !== batch.dunning_steps[0]!.length) {
        throw new Error(`demo data: ${rows[0]!.steps} of ${batch.dunning_steps[0]!.length} dunning steps written`);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Adds a batch's dunning steps to the tallies of their runs (cases advanced, fees charged). */
function tallySteps(tallies: Map<string, [number, number]>, batch: BatchColumns): void {
  const columns = TABLES.dunning_steps.map(([name]) => name as string);
  const fees = batch.dunning_steps[columns.indexOf('fee_cents')]!;
  const days = batch.dunning_steps[columns.indexOf('stepped_on')]!;
  for (let i = 0; i < days.length; i++) {
    const tally = tallies.get(days[i] as string) ?? [0, 0];
    tally[0]++;
    if (Number(fees[i]) > 0) tally[1]++;
    tallies.set(days[i] as string, tally);
  }
}
