import { base, da, de, en, Faker } from '@faker-js/faker';
import {
  casePriority,
  computeBalance,
  daysBetween,
  isIsoDate,
  toDayNumber,
  type BalanceInput,
} from '@mahnwerk/domain';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import { businessDay, isoDate, localTimestamp } from './calendar.js';
import {
  AGENCY,
  COURT,
  CREDITORS,
  DEMO_PASSWORD,
  DISPUTE_NOTES,
  DUNNING_1,
  DUNNING_2,
  EMAIL_NOTES,
  ENFORCEMENT,
  FEE_RULES,
  INBOUND_NOTES,
  LEGAL,
  LEGAL_NOTES,
  MEMBERSHIP_FEES,
  NO_CONTACT_BUSINESS_NOTES,
  NO_CONTACT_NOTES,
  ON_HOLD,
  OPEN,
  PAID,
  PHONE,
  REMINDER,
  RPC_BUSINESS_NOTES,
  RPC_NOTES,
  STAGE_NOTES,
  STAGES,
  STATUSES,
  TEAMS,
  UNCOLLECTIBLE,
  UNCOLLECTIBLE_NOTES,
  USERS,
  type CreditorFixture,
} from './fixtures.js';
import { Rng } from './prng.js';

export { DEMO_PASSWORD } from './fixtures.js';
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
}

export interface SeedDemoDataResult {
  /** false when the database already had users (demo data is only seeded on first start). */
  seeded: boolean;
  cases: number;
}

export const DEFAULT_SEED = 42;
/** Cases per transaction. */
export const CASE_BATCH_SIZE = 1000;
/** Session advisory lock that keeps two starting API instances from seeding at the same time. */
const SEED_LOCK_KEY = 7_462_015_338;

// Guard the index constants in fixtures.ts against a reordering of the domain's vocabularies.
if (STAGES[PHONE] !== 'PHONE' || STAGES[ENFORCEMENT] !== 'ENFORCEMENT' || STATUSES[PAID] !== 'PAID' || STATUSES[LEGAL] !== 'LEGAL') {
  throw new Error('demo seeder: stage/status indexes no longer match @mahnwerk/domain');
}

/** PRNG streams: each kind of decision draws from its own, so that changing one leaves the others. */
const STREAM = { FIXTURES: 1, PLAN: 2, DEBTOR_ASSIGNMENT: 3, QUEUE_ASSIGNMENT: 4, CASE: 5, DEBTOR: 6 } as const;

// ---------------------------------------------------------------------------------------------
// Case plans: the cheap, first-pass decisions about a case (who, when, how it ends).
// ---------------------------------------------------------------------------------------------

interface CasePlan {
  creditor: number;
  /** Day number of the placement with the agency. */
  placed: number;
  /** Day a case would enter each stage; Infinity for a stage it never reaches. */
  stageDays: number[];
  status: number;
  /** Day the case was closed (paid, put on hold, written off, handed to legal); `last` when OPEN. */
  endDay: number;
  /** Stage at endDay. */
  stage: number;
}

const CREDITOR_WEIGHTS = CREDITORS.map((c) => c.weight);
const DAYS_PLACED = 365;

/**
 * Draws a case's plan from its own PRNG stream (called twice per case: in the planning pass and
 * again when the case's rows are built, with the same result).
 */
function planCase(rng: Rng, last: number): CasePlan {
  const creditor = rng.weighted(CREDITOR_WEIGHTS);

  // Placements over the 12 months before today, growing towards today, with more in winter.
  let placed = last;
  for (;;) {
    const ago = rng.int(0, DAYS_PLACED - 1);
    const day = last - ago;
    const month = new Date(day * 86_400_000).getUTCMonth();
    const weight = (0.7 + 0.3 * (1 - ago / DAYS_PLACED)) * (1 + 0.15 * Math.cos((2 * Math.PI * month) / 12));
    if (rng.float() * 1.15 < weight) {
      placed = businessDay(day, last); // creditors hand cases over on working days
      break;
    }
  }

  // The dunning run works on working days.
  const s: number[] = new Array<number>(STAGES.length).fill(Infinity);
  s[REMINDER] = placed;
  s[DUNNING_1] = businessDay(s[REMINDER] + 14 + rng.int(0, 3), Infinity);
  s[DUNNING_2] = businessDay(s[DUNNING_1] + 14 + rng.int(0, 3), Infinity);
  s[PHONE] = businessDay(s[DUNNING_2] + 10 + rng.int(0, 6), Infinity);
  s[AGENCY] = businessDay(s[PHONE] + 28 + rng.int(0, 21), Infinity);
  if (rng.chance(0.65)) s[COURT] = businessDay(s[AGENCY] + 30 + rng.int(0, 45), Infinity);
  if (s[COURT]! < Infinity && rng.chance(0.7)) s[ENFORCEMENT] = businessDay(s[COURT]! + 60 + rng.int(0, 60), Infinity);

  // Competing endings; the earliest one that happened before today wins.
  let status = OPEN;
  let endDay = Infinity;
  const consider = (candidate: number, day: number): void => {
    if (day <= last && day < endDay) {
      status = candidate;
      endDay = day;
    }
  };
  if (rng.chance(0.31)) consider(PAID, placed + 2 + Math.floor(rng.exponential(50)));
  if (rng.chance(0.095)) consider(ON_HOLD, placed + 5 + rng.int(0, 120));
  if (rng.chance(0.12)) consider(UNCOLLECTIBLE, placed + 100 + rng.int(0, 250));
  if (s[COURT]! < Infinity && rng.chance(0.2)) consider(LEGAL, s[COURT]! + 20 + rng.int(0, 80));
  if (status === OPEN) endDay = last;

  // A closed case stays in the stage it had the day before it closed (no letter on the closing day).
  let stage = REMINDER;
  for (let k = 0; k < STAGES.length; k++) if (status === OPEN ? s[k]! <= endDay : s[k]! < endDay) stage = k;
  return { creditor, placed, stageDays: s, status, endDay, stage };
}

// ---------------------------------------------------------------------------------------------
// Row buffers and set-based inserts.
// ---------------------------------------------------------------------------------------------

type ColumnSpec = readonly (readonly [name: string, type: string])[];

const TABLES = {
  debtors: [
    ['id', 'uuid'], ['ref', 'text'], ['name', 'text'], ['kind', 'text'], ['country', 'text'], ['email', 'text'],
    ['phone', 'text'], ['address', 'text'], ['language', 'text'], ['time_zone', 'text'], ['created_at', 'timestamptz'],
  ],
  cases: [
    ['id', 'uuid'], ['creditor_id', 'uuid'], ['debtor_id', 'uuid'], ['status', 'text'], ['stage', 'text'],
    ['assignee_id', 'uuid'], ['priority', 'int4'], ['open_cents', 'int8'], ['currency', 'text'],
    ['oldest_due_date', 'date'], ['placed_at', 'date'], ['next_action_at', 'timestamptz'], ['hold_reason', 'text'],
    ['paid_at', 'timestamptz'], ['version', 'int4'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
  ],
  claims: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['reference', 'text'], ['principal_cents', 'int8'], ['currency', 'text'],
    ['invoice_date', 'date'], ['due_date', 'date'], ['default_date', 'date'],
  ],
  fees: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['label', 'text'], ['amount_cents', 'int8'], ['charged_on', 'date'],
    ['created_at', 'timestamptz'],
  ],
  activities: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['actor_id', 'uuid'], ['channel', 'text'], ['outcome', 'text'],
    ['note', 'text'], ['occurred_at', 'timestamptz'],
  ],
  promises: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['activity_id', 'uuid'], ['amount_cents', 'int8'], ['due_date', 'date'],
    ['installment', 'int4'], ['status', 'text'], ['created_by', 'uuid'], ['created_at', 'timestamptz'],
    ['resolved_at', 'timestamptz'],
  ],
  payments: [
    ['id', 'uuid'], ['case_id', 'uuid'], ['amount_cents', 'int8'], ['currency', 'text'], ['received_at', 'date'],
    ['reference', 'text'], ['source', 'text'], ['idempotency_key', 'text'], ['recorded_by', 'uuid'],
    ['created_at', 'timestamptz'],
  ],
} as const satisfies Record<string, ColumnSpec>;

type TableName = keyof typeof TABLES;
/** Foreign keys first: the order in which a batch is written. */
const WRITE_ORDER: readonly TableName[] = ['debtors', 'cases', 'claims', 'fees', 'activities', 'promises', 'payments'];

type Cell = string | number | null;

/** Column-wise buffer of one table's rows (what unnest() wants). */
class RowBuffer {
  readonly columns: Cell[][];
  constructor(readonly table: TableName) {
    this.columns = TABLES[table].map(() => []);
  }
  get length(): number {
    return this.columns[0]!.length;
  }
  add(...values: Cell[]): number {
    values.forEach((v, i) => this.columns[i]!.push(v));
    return this.length - 1;
  }
  set(row: number, column: string, value: Cell): void {
    const index = TABLES[this.table].findIndex(([name]) => name === column);
    this.columns[index]![row] = value;
  }
}

type Batch = Record<TableName, RowBuffer>;

function newBatch(): Batch {
  return Object.fromEntries(WRITE_ORDER.map((t) => [t, new RowBuffer(t)])) as Batch;
}

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

async function writeBatch(client: pg.PoolClient, batch: Batch): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const table of WRITE_ORDER) {
      if (batch[table].length > 0) await client.query(insertStatement(table), batch[table].columns);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Seeding.
// ---------------------------------------------------------------------------------------------

interface Collector {
  index: number;
  id: string;
  creditors: number[];
  capacity: number;
}

interface Context {
  seed: number;
  today: number;
  todayIso: string;
  /** Yesterday: the last day on which anything has happened. */
  last: number;
  creditorIds: string[];
  /** User ids of the collectors working each creditor. */
  collectorsByCreditor: string[][];
  collectorIds: string[];
  caseDebtor: Int32Array;
  /** Collector index (into collectorIds) per case, -1 = in the pool. */
  caseAssignee: Int8Array;
  debtorCountry: Uint8Array;
  debtorKind: Uint8Array;
  debtorHasPhone: Uint8Array;
  debtorHasEmail: Uint8Array;
  debtorFirstPlaced: Int32Array;
  /** Debtors are written in index order, each with the batch of its first case. */
  nextDebtor: number;
  debtorCount: number;
  debtorIds: string[];
  fakers: [Faker, Faker];
  paymentCounter: number;
}

export async function seedDemoData(pool: pg.Pool, options: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  const cases = options.cases;
  if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError(`cases must be a whole number >= 0, got ${cases}`);
  if (!isIsoDate(options.today)) throw new RangeError(`today must be a date YYYY-MM-DD, got ${options.today}`);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  const debtors = Math.min(options.debtors ?? Math.max(1, Math.round(cases * 0.4)), cases);
  if (!Number.isSafeInteger(debtors) || debtors < 0 || (cases > 0 && debtors < 1)) {
    throw new RangeError(`debtors must be a whole number >= 1, got ${options.debtors}`);
  }

  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
    try {
      const { rows } = await client.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM users) AS seeded');
      if (rows[0]!.seeded) return { seeded: false, cases: 0 };
      await seedInto(client, { cases, debtors, seed, today: options.today, onProgress: options.onProgress });
      return { seeded: true, cases };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

async function seedInto(
  client: pg.PoolClient,
  options: { cases: number; debtors: number; seed: number; today: string; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  const { cases, seed } = options;
  const today = toDayNumber(options.today);
  const fixtures = await writeFixtures(client, seed, today);

  const ctx: Context = {
    seed,
    today,
    todayIso: options.today,
    last: today - 1,
    creditorIds: fixtures.creditorIds,
    collectorsByCreditor: CREDITORS.map((_, c) => fixtures.collectors.filter((u) => u.creditors.includes(c)).map((u) => u.id)),
    collectorIds: fixtures.collectors.map((u) => u.id),
    caseDebtor: new Int32Array(cases),
    caseAssignee: new Int8Array(cases).fill(-1),
    // + 2: planAllCases gives each country with cases at least one debtor.
    debtorCountry: new Uint8Array(options.debtors + 2),
    debtorKind: new Uint8Array(options.debtors + 2),
    debtorHasPhone: new Uint8Array(options.debtors + 2),
    debtorHasEmail: new Uint8Array(options.debtors + 2),
    debtorFirstPlaced: new Int32Array(options.debtors + 2).fill(2 ** 31 - 1),
    nextDebtor: 0,
    debtorCount: 0,
    debtorIds: [],
    fakers: [new Faker({ locale: [de, en, base] }), new Faker({ locale: [da, en, base] })],
    paymentCounter: 0,
  };
  ctx.fakers[0].seed([seed, 0]);
  ctx.fakers[1].seed([seed, 1]);

  planAllCases(ctx, cases, options.debtors, fixtures.collectors);

  const total = cases;
  let pending: Promise<void> | undefined;
  try {
    for (let start = 0; start < total; start += CASE_BATCH_SIZE) {
      const end = Math.min(total, start + CASE_BATCH_SIZE);
      const batch = newBatch();
      for (let i = start; i < end; i++) {
        buildCase(ctx, i, batch);
        // Let the previous batch's insert make progress while this one is built.
        if ((i & 127) === 127) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (pending) await pending;
      pending = writeBatch(client, batch).then(() => options.onProgress?.(end, total));
      pending.catch(() => undefined); // handled when awaited; keeps Node from flagging it meanwhile
    }
    if (pending) await pending;
  } catch (error) {
    if (pending) await pending.catch(() => undefined);
    throw error;
  }
  if (total === 0) options.onProgress?.(0, 0);
  await client.query('ANALYZE');
}

interface Fixtures {
  creditorIds: string[];
  collectors: Collector[];
}

async function writeFixtures(client: pg.PoolClient, seed: number, today: number): Promise<Fixtures> {
  const rng = new Rng(seed, STREAM.FIXTURES, 0);
  const teamIds = TEAMS.map(() => rng.uuid());
  const userIds = USERS.map(() => rng.uuid());
  const creditorIds = CREDITORS.map(() => rng.uuid());
  const since = localTimestamp(today - 500, 9 * 60);
  const passwordHash = await hash(DEMO_PASSWORD); // hashed once, shared by every demo user

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
      `INSERT INTO creditors (id, ref, name, country, currency, time_zone, address, created_at)
       SELECT *, $8::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        creditorIds,
        CREDITORS.map((c) => c.ref),
        CREDITORS.map((c) => c.name),
        CREDITORS.map((c) => c.country),
        CREDITORS.map((c) => c.currency),
        CREDITORS.map((c) => c.timeZone),
        CREDITORS.map((c) => c.address),
        since,
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
function planAllCases(ctx: Context, cases: number, debtors: number, collectors: Collector[]): void {
  const creditorOf = new Uint8Array(cases);
  const statusOf = new Uint8Array(cases);
  const stageOf = new Uint8Array(cases);
  const placedOf = new Int32Array(cases);
  const casesPerCountry = [0, 0];
  for (let i = 0; i < cases; i++) {
    const plan = planCase(new Rng(ctx.seed, STREAM.PLAN, i), ctx.last);
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
      d = ctx.debtorCount++;
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
// Debtor rows.
// ---------------------------------------------------------------------------------------------

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

function slug(text: string, separator: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

function addDebtor(ctx: Context, d: number, batch: Batch): void {
  const country = ctx.debtorCountry[d]!;
  const business = ctx.debtorKind[d] === 1;
  const f = ctx.fakers[country as 0 | 1];
  let name: string;
  let email: string | null = null;
  if (business) {
    name = f.company.name();
    if (ctx.debtorHasEmail[d]) {
      const local = f.helpers.arrayElement(country === 0 ? ['buchhaltung', 'info', 'rechnung'] : ['bogholderi', 'info', 'faktura']);
      email = `${local}@${slug(name, '-')}.example`;
    }
  } else {
    const first = f.person.firstName();
    const lastName = f.person.lastName();
    name = `${first} ${lastName}`;
    if (ctx.debtorHasEmail[d]) {
      const suffix = f.datatype.boolean() ? String(f.number.int({ min: 1, max: 99 })) : '';
      email = `${slug(first, '')}.${slug(lastName, '')}${suffix}@example.${f.helpers.arrayElement(['com', 'org', 'net'])}`;
    }
  }
  const phone = ctx.debtorHasPhone[d] ? f.phone.number({ style: 'international' }) : null;
  const address = `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`;
  const language =
    country === 1 ? (f.number.int(99) < 5 ? 'en' : 'da') : business ? 'de' : f.helpers.weightedArrayElement([
      { weight: 92, value: 'de' },
      { weight: 5, value: 'en' },
      { weight: 3, value: 'tr' },
    ]);
  const firstPlaced = ctx.debtorFirstPlaced[d]!;
  const createdAt = localTimestamp(firstPlaced < 2 ** 31 - 1 ? firstPlaced : ctx.last, 6 * 60);
  batch.debtors.add(
    ctx.debtorIds[d]!,
    `D-${String(d + 1).padStart(6, '0')}`,
    name,
    business ? 'business' : 'consumer',
    country === 0 ? 'DE' : 'DK',
    email,
    phone,
    address,
    language,
    country === 0 ? 'Europe/Berlin' : 'Europe/Copenhagen',
    createdAt,
  );
}

// ---------------------------------------------------------------------------------------------
// Case rows: claims, fees, letters, calls, promises, payments, and the case itself.
// ---------------------------------------------------------------------------------------------

const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function money(cents: number, currency: string): string {
  return `${amountFormat.format(cents / 100)} ${currency}`;
}

/** exp(uniform in log space), skewed towards `min` by `skew` > 1. */
function logRange(rng: Rng, min: number, max: number, skew: number): number {
  return Math.round(Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * Math.pow(rng.float(), skew)));
}

function drawPrincipal(rng: Rng, creditor: CreditorFixture, business: boolean): number {
  const rate = creditor.currency === 'DKK' ? 7.46 : 1; // DKK per EUR, to keep the same shape
  if (creditor.business === 'fitness') {
    return business ? logRange(rng, 20_000, 600_000, 1.5) : rng.pick(MEMBERSHIP_FEES) * rng.int(1, 6);
  }
  const cents = business ? logRange(rng, 8_000, 1_500_000, 1.4) : logRange(rng, 2_000, 250_000, 1.8);
  return Math.round(cents * rate);
}

interface PaymentEntry {
  amountCents: number;
  day: number;
}

function buildCase(ctx: Context, i: number, batch: Batch): void {
  const plan = planCase(new Rng(ctx.seed, STREAM.PLAN, i), ctx.last);
  const rng = new Rng(ctx.seed, STREAM.CASE, i);
  const creditor = CREDITORS[plan.creditor]!;
  const country = creditor.country;
  const currency = creditor.currency;
  const { placed, status, endDay, stageDays } = plan;
  const last = ctx.last;
  /** Last day anything happens on this case. */
  const horizon = endDay;

  const d = ctx.caseDebtor[i]!;
  if (d === ctx.nextDebtor) {
    addDebtor(ctx, d, batch);
    ctx.nextDebtor++;
  }
  const business = ctx.debtorKind[d] === 1;
  const hasPhone = ctx.debtorHasPhone[d] === 1;
  const hasEmail = ctx.debtorHasEmail[d] === 1;

  const caseId = rng.uuid();
  const eligible = ctx.collectorsByCreditor[plan.creditor]!;
  const assignee = ctx.caseAssignee[i]!;
  const primary = assignee >= 0 ? ctx.collectorIds[assignee]! : rng.pick(eligible);
  const actor = (): string => (rng.chance(0.85) ? primary : rng.pick(eligible));

  let updatedAt = localTimestamp(placed, 6 * 60);
  const activity = (actorId: string | null, channel: string, outcome: string | null, note: string, at: string): string => {
    const id = rng.uuid();
    batch.activities.add(id, caseId, actorId, channel, outcome, note, at);
    if (at > updatedAt) updatedAt = at;
    return id;
  };

  // Claims: 1-3 invoices, monthly apart, the last one due a few weeks before placement.
  const claimCount = rng.weighted([0.6, 0.25, 0.15]) + 1;
  const oldestDue = placed - (18 + rng.int(0, 30) + 30 * (claimCount - 1));
  const refBase = rng.int(100_000, 899_999);
  const claims: BalanceInput['claims'] = [];
  let principalTotal = 0;
  for (let k = 0; k < claimCount; k++) {
    const due = oldestDue + 30 * k + (k > 0 ? rng.int(0, 2) : 0);
    const invoice = due - 14;
    const principal = drawPrincipal(rng, creditor, business);
    const invoiceIso = isoDate(invoice);
    const reference = `${creditor.ref}-${invoiceIso.slice(0, 4)}${invoiceIso.slice(5, 7)}-${refBase + k}`;
    // German claims: half carry the date of the creditor's own reminder (BGB 286(1)); the rest, and
    // the Danish ones, leave it to the rules (null).
    const defaultDay = country === 'DE' && rng.chance(0.5) ? due + rng.int(14, 28) : null;
    const defaultIso = defaultDay === null || defaultDay >= placed ? null : isoDate(defaultDay);
    claims.push({ reference, principalCents: principal, dueDate: isoDate(due), defaultDate: defaultIso });
    batch.claims.add(rng.uuid(), caseId, reference, principal, currency, invoiceIso, isoDate(due), defaultIso);
    principalTotal += principal;
  }
  const firstRef = claims[0]!.reference;

  activity(
    null,
    'SYSTEM',
    null,
    `Case placed by ${creditor.name}: ${claimCount} invoice${claimCount > 1 ? 's' : ''}, ${money(principalTotal, currency)}.`,
    localTimestamp(placed, 6 * 60 + rng.int(0, 30)),
  );

  // Stages reached: letters from the dunning run, fees.
  const fees: BalanceInput['fees'] = [];
  for (let s = REMINDER; s <= plan.stage; s++) {
    const day = stageDays[s]!;
    const at = localTimestamp(day, 7 * 60 + rng.int(0, 40));
    const letter = STAGE_NOTES[country][s]!;
    activity(null, letter.channel, null, letter.note, at);
    if (s === DUNNING_1 && hasEmail && rng.chance(0.35)) activity(null, 'EMAIL', null, 'Dunning notice also sent by email.', at);
    if (s === DUNNING_2 && hasPhone && !business && rng.chance(0.15)) activity(null, 'SMS', null, 'Payment reminder sent by SMS.', at);
    for (const rule of FEE_RULES[country]) {
      if (rule.stage !== s || (rule.businessOnly && !business)) continue;
      fees.push({ label: rule.label, amountCents: rule.amountCents, chargedOn: isoDate(day) });
      batch.fees.add(rng.uuid(), caseId, rule.label, rule.amountCents, isoDate(day), at);
    }
  }

  // Work by the collectors: calls (or emails) with their outcomes, promises and the payments on them.
  const payments: PaymentEntry[] = [];
  let paid = 0;
  let brokenPromises = 0;
  let openPromiseDue = -1;
  let nextActionAt: string | null = null;
  let nextActionDay = -1;
  /** Promise rows kept by the final payment of a PAID case (amount capped, resolved_at set later). */
  const keptByFinal: number[] = [];
  let stopWork = false;

  const addPayment = (amount: number, day: number, note: string, source?: 'BANK' | 'MANUAL'): string => {
    const src = source ?? (rng.chance(0.8) ? 'BANK' : 'MANUAL');
    const recordedBy = src === 'MANUAL' ? primary : null;
    const at = src === 'BANK' ? localTimestamp(day, 5 * 60 + 30 + rng.int(0, 60)) : localTimestamp(day, 9 * 60 + rng.int(0, 480));
    batch.payments.add(rng.uuid(), caseId, amount, currency, isoDate(day), firstRef, src, `seed-${++ctx.paymentCounter}`, recordedBy, at);
    payments.push({ amountCents: amount, day });
    paid += amount;
    const how =
      src === 'BANK'
        ? `received by bank transfer (ref ${firstRef})`
        : creditor.business === 'fitness'
          ? 'recorded manually (paid at the studio front desk)'
          : 'recorded manually (paid at the creditor\'s service desk)';
    activity(recordedBy, 'SYSTEM', null, `Payment of ${money(amount, currency)} ${how}.${note}`, at);
    return at;
  };

  /**
   * A promise made on `day` (activity `activityId`) and what became of it by today: kept (with
   * its payment), broken, still open, or for a PAID case kept by the final payment.
   */
  const addPromise = (activityId: string, by: string, createdAt: string, day: number, amount: number, due: number, installment: number | null): void => {
    const row = batch.promises.add(rng.uuid(), caseId, activityId, amount, isoDate(due), installment, 'OPEN', by, createdAt, null);
    if (due + 1 <= horizon) {
      if (rng.chance(installment ? 0.8 : 0.55)) {
        const payDay = Math.max(day + 1, due - rng.int(0, 4));
        const at = addPayment(amount, payDay, ' Promise kept.');
        batch.promises.set(row, 'status', 'KEPT');
        batch.promises.set(row, 'resolved_at', at);
      } else {
        const at = localTimestamp(due + 1, 5 * 60 + rng.int(0, 30));
        activity(null, 'SYSTEM', null, `Promised payment of ${money(amount, currency)} due ${isoDate(due)} not received; promise marked as broken.`, at);
        batch.promises.set(row, 'status', 'BROKEN');
        batch.promises.set(row, 'resolved_at', at);
        brokenPromises++;
      }
    } else if (status === PAID) {
      keptByFinal.push(row);
    } else {
      openPromiseDue = openPromiseDue < 0 ? due : Math.min(openPromiseDue, due); // follow up on the next one due
    }
  };

  /** Whether a promise falling due on `due` fits this case's story (closed cases settle it before closing). */
  const promiseFits = (due: number): boolean => status === OPEN || status === PAID || due + 1 <= horizon;

  const callEnd = Math.min(status === OPEN ? last : endDay - 1, stageDays[COURT]! + 14);
  const partialRoom = (): number => principalTotal - paid;

  // A debtor who gets in touch after a letter, before the phone stage.
  if (stageDays[DUNNING_1]! + 7 <= callEnd && rng.chance(0.1)) {
    const day = businessDay(stageDays[DUNNING_1]! + rng.int(2, 7), callEnd);
    activity(actor(), rng.chance(0.7) ? 'PHONE' : 'EMAIL', 'RIGHT_PARTY_CONTACT', rng.pick(INBOUND_NOTES), localTimestamp(day, 8 * 60 + rng.int(0, 540)));
  }

  let t = stageDays[PHONE]! + rng.int(0, 3);
  for (let attempt = 0; attempt < 12 && t <= callEnd && !stopWork; attempt++) {
    const day = businessDay(t, callEnd);
    const at = localTimestamp(day, 8 * 60 + rng.int(0, 600));
    const who = actor();
    const channel = hasPhone ? 'PHONE' : hasEmail ? 'EMAIL' : 'LETTER';
    const outcome = hasPhone ? rng.weighted([50, 16, 16, 10, 4, 4]) : rng.weighted([60, 20, 12, 0, 4, 4]);
    const room = partialRoom();
    if (outcome === 2 && room >= 2_000) {
      const amount = Math.max(1_000, Math.floor((room * (0.2 + 0.4 * rng.float())) / 100) * 100);
      const due = day + rng.int(5, 21);
      if (promiseFits(due)) {
        const note = business
          ? `Accounts payable promised payment of ${money(amount, currency)} by ${isoDate(due)}.`
          : `Debtor promised to pay ${money(amount, currency)} by ${isoDate(due)}.`;
        const id = activity(who, channel, 'PROMISE_TO_PAY', note, at);
        addPromise(id, who, at, day, amount, due, null);
        if (due + 1 > horizon) stopWork = true; // waiting for the promise (or paid in full meanwhile)
        t = due + rng.int(2, 6);
        continue;
      }
    }
    if (outcome === 4 && room >= 6_000) {
      const count = rng.int(3, 6);
      const amount = Math.floor(room / count / 100) * 100;
      const first = day + rng.int(7, 14);
      const dues = Array.from({ length: count }, (_, k) => first + 30 * k).filter((due) => promiseFits(due));
      if (dues.length > 0) {
        const id = activity(who, channel, 'PAYMENT_PLAN', `Payment plan agreed: ${count} monthly instalments of ${money(amount, currency)}, first due ${isoDate(first)}.`, at);
        for (let k = 0; k < dues.length; k++) {
          const due = dues[k]!;
          if (status === PAID && due + 1 > horizon && keptByFinal.length > 0) break; // settled early by the final payment
          addPromise(id, who, at, day, amount, due, k + 1);
        }
        const lastDue = dues[dues.length - 1]!;
        if (lastDue + 1 > horizon) stopWork = true;
        t = lastDue + rng.int(3, 10);
        continue;
      }
    }
    if (outcome === 3 && channel === 'PHONE') {
      const callbackDay = businessDay(day + rng.int(1, 4), Infinity);
      const hour = rng.int(9, 17);
      activity(who, channel, 'CALLBACK', `Debtor asked to be called back on ${isoDate(callbackDay)} at ${hour}:00.`, at);
      if (callbackDay > callEnd && status === OPEN) {
        nextActionAt = localTimestamp(callbackDay, hour * 60);
        nextActionDay = callbackDay;
        stopWork = true;
      }
      t = callbackDay;
      continue;
    }
    if (outcome === 5 && hasEmail) {
      activity(who, 'EMAIL', null, rng.pick(EMAIL_NOTES), at);
      t = day + rng.int(5, 12);
      continue;
    }
    if (outcome === 1 || outcome === 2 || outcome === 4) {
      activity(who, channel, 'RIGHT_PARTY_CONTACT', rng.pick(business ? RPC_BUSINESS_NOTES : RPC_NOTES), at);
      t = day + rng.int(7, 21);
    } else {
      const note = channel === 'PHONE' ? rng.pick(business && rng.chance(0.5) ? NO_CONTACT_BUSINESS_NOTES : NO_CONTACT_NOTES) : 'Sent a request for contact; no reply.';
      activity(who, channel, 'NO_CONTACT', note, at);
      t = day + rng.int(3, 10) + attempt;
    }
  }

  // Payments nobody asked for: a debtor transfers part of the amount after a letter.
  if (horizon - placed >= 10 && rng.chance(0.15)) {
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const amount = Math.floor((partialRoom() * (0.1 + 0.25 * rng.float())) / 100) * 100;
      if (amount < 500) break;
      const day = placed + 3 + rng.int(0, horizon - placed - (status === OPEN ? 3 : 4));
      addPayment(amount, day, '', rng.chance(0.85) ? 'BANK' : 'MANUAL');
    }
  }

  // How the case ended.
  const paymentsForBalance = (): BalanceInput['payments'] => payments.map((p) => ({ amountCents: p.amountCents, receivedOn: isoDate(p.day) }));
  const balanceInput = (asOf: string): BalanceInput => ({
    country,
    debtorKind: business ? 'business' : 'consumer',
    currency,
    asOf,
    claims,
    fees,
    payments: paymentsForBalance(),
  });
  let holdReason: string | null = null;
  let paidAt: string | null = null;
  const closeAt = localTimestamp(endDay, 8 * 60 + rng.int(0, 600));
  if (status === PAID) {
    const due = computeBalance(balanceInput(isoDate(endDay))).totalCents;
    const bank = rng.chance(0.7);
    if (due > 0) {
      const ts = bank ? localTimestamp(endDay, 5 * 60 + 30 + rng.int(0, 60)) : closeAt;
      const recordedBy = bank ? null : primary;
      batch.payments.add(rng.uuid(), caseId, due, currency, isoDate(endDay), firstRef, bank ? 'BANK' : 'MANUAL', `seed-${++ctx.paymentCounter}`, recordedBy, ts);
      payments.push({ amountCents: due, day: endDay });
      paid += due;
      paidAt = ts;
      for (const row of keptByFinal) {
        const promised = batch.promises.columns[3]![row] as number;
        batch.promises.set(row, 'amount_cents', Math.min(promised, due));
        batch.promises.set(row, 'status', 'KEPT');
        batch.promises.set(row, 'resolved_at', ts);
      }
      if (bank) {
        activity(null, 'SYSTEM', 'PAID', `Payment of ${money(due, currency)} received by bank transfer (ref ${firstRef}); balance settled, case closed as paid.`, ts);
      } else {
        activity(primary, 'EMAIL', 'PAID', `Creditor reported a direct payment of ${money(due, currency)}; recorded manually and case closed as paid.`, ts);
      }
    } else {
      paidAt = closeAt;
      activity(null, 'SYSTEM', 'PAID', 'Balance settled by earlier payments; case closed as paid.', closeAt);
    }
  } else if (status === ON_HOLD) {
    const notes = [...DISPUTE_NOTES[creditor.business], ...DISPUTE_NOTES.any];
    holdReason = rng.pick(notes).replace('{ref}', firstRef);
    activity(primary, rng.pick(['PHONE', 'EMAIL', 'LETTER']), 'DISPUTE', holdReason, closeAt);
  } else if (status === UNCOLLECTIBLE) {
    const notes = plan.stage >= COURT ? [...UNCOLLECTIBLE_NOTES.afterCourt] : business ? UNCOLLECTIBLE_NOTES.business : UNCOLLECTIBLE_NOTES.consumer;
    activity(primary, 'SYSTEM', 'UNCOLLECTIBLE', rng.pick(notes), closeAt);
  } else if (status === LEGAL) {
    activity(primary, 'SYSTEM', 'ESCALATE_LEGAL', rng.pick(LEGAL_NOTES[country]), closeAt);
  } else {
    // Still open: a follow-up on an open promise, or (for some, mostly in a collector's queue)
    // a callback the debtor asked for, due already or later this week.
    if (openPromiseDue >= 0 && nextActionAt === null) {
      nextActionDay = openPromiseDue + 1;
      nextActionAt = localTimestamp(nextActionDay, 9 * 60);
    } else if (nextActionAt === null && (plan.stage === PHONE || plan.stage === AGENCY) && rng.chance(assignee >= 0 ? 0.35 : 0.04)) {
      const day = Math.max(placed + 1, last - rng.int(0, 4));
      const callbackDay = rng.chance(0.7) || day + 1 > last ? businessDay(ctx.today + rng.int(1, 7), Infinity) : day + 1 + rng.int(0, last - day - 1);
      const hour = rng.int(9, 17);
      activity(primary, hasPhone ? 'PHONE' : 'EMAIL', 'CALLBACK', `Debtor asked to be called back on ${isoDate(callbackDay)} at ${hour}:00.`, localTimestamp(day, 8 * 60 + rng.int(0, 480)));
      nextActionDay = callbackDay;
      nextActionAt = localTimestamp(callbackDay, hour * 60);
    }
  }

  const balance = computeBalance(balanceInput(ctx.todayIso));
  const openCents = Math.max(0, balance.totalCents);
  const oldestDueIso = isoDate(oldestDue);
  const priority = casePriority({
    openCents,
    daysOverdue: daysBetween(oldestDueIso, ctx.todayIso),
    stage: STAGES[plan.stage]!,
    brokenPromises,
    callbackDue: nextActionAt !== null && nextActionDay <= last,
  });

  batch.cases.add(
    caseId,
    ctx.creditorIds[plan.creditor]!,
    ctx.debtorIds[d]!,
    STATUSES[status]!,
    STAGES[plan.stage]!,
    status === OPEN && assignee >= 0 ? ctx.collectorIds[assignee]! : null,
    priority,
    openCents,
    currency,
    oldestDueIso,
    isoDate(placed),
    status === OPEN ? nextActionAt : null,
    holdReason,
    paidAt,
    1,
    localTimestamp(placed, 6 * 60),
    updatedAt,
  );
}
