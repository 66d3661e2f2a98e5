import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { passwordHash } from './harness.js';

export interface Person {
  id: string;
  email: string;
}

export interface Fixture {
  teamA: string;
  teamB: string;
  admin: Person;
  manager: Person;
  lead: Person;
  leadB: Person;
  /** Team A; all work the German creditor, the first also the Danish one. */
  collectors: Person[];
  /** Team B; works the Danish creditor only. */
  collectorB: Person;
  creditorDE: string;
  creditorDK: string;
  /** Open, unassigned German cases; cases[i] has priority 100 + i. */
  cases: string[];
  danishCase: string;
}

export async function buildFixture(db: pg.Pool, options: { collectors?: number; cases?: number } = {}): Promise<Fixture> {
  const collectorCount = options.collectors ?? 4;
  const caseCount = options.cases ?? 10;
  const password = await passwordHash();
  const teamA = await insert(db, 'INSERT INTO teams (name) VALUES ($1) RETURNING id', ['Team A']);
  const teamB = await insert(db, 'INSERT INTO teams (name) VALUES ($1) RETURNING id', ['Team B']);
  const user = async (email: string, role: string, team: string | null, capacity = 25): Promise<Person> => ({
    email,
    id: await insert(
      db,
      `INSERT INTO users (email, name, role, team_id, capacity, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [email, email.split('@')[0], role, team, capacity, password],
    ),
  });
  const admin = await user('admin@test.example', 'ADMIN', null);
  const manager = await user('manager@test.example', 'MANAGER', null);
  const lead = await user('lead@test.example', 'LEAD', teamA);
  const leadB = await user('leadb@test.example', 'LEAD', teamB);
  const collectors: Person[] = [];
  for (let i = 1; i <= collectorCount; i++) collectors.push(await user(`c${i}@test.example`, 'COLLECTOR', teamA));
  const collectorB = await user('cb@test.example', 'COLLECTOR', teamB);

  const creditorDE = await insert(
    db,
    `INSERT INTO creditors (ref, name, country, currency, time_zone) VALUES ('ALP', 'Alpha Versand GmbH', 'DE', 'EUR', 'Europe/Berlin') RETURNING id`,
  );
  const creditorDK = await insert(
    db,
    `INSERT INTO creditors (ref, name, country, currency, time_zone) VALUES ('NOR', 'Nordlys A/S', 'DK', 'DKK', 'Europe/Copenhagen') RETURNING id`,
  );
  for (const c of collectors) await db.query('INSERT INTO user_creditors VALUES ($1, $2)', [c.id, creditorDE]);
  await db.query('INSERT INTO user_creditors VALUES ($1, $2)', [collectors[0].id, creditorDK]);
  await db.query('INSERT INTO user_creditors VALUES ($1, $2)', [collectorB.id, creditorDK]);

  const cases: string[] = [];
  for (let i = 0; i < caseCount; i++) {
    cases.push(await addCase(db, { creditorId: creditorDE, principalCents: 100_000 + i * 1_000, priority: 100 + i }));
  }
  const danishCase = await addCase(db, { creditorId: creditorDK, principalCents: 750_000, priority: 50, currency: 'DKK', country: 'DK' });
  return { teamA, teamB, admin, manager, lead, leadB, collectors, collectorB, creditorDE, creditorDK, cases, danishCase };
}

export interface AddCaseOptions {
  creditorId: string; principalCents: number; priority: number; currency?: string;
  /** The debtor's country (default DE). */
  country?: string;
  dueDate?: string; placedAt?: string; assigneeId?: string | null; status?: string;
  /** Default PHONE. */
  stage?: string;
  /** Default: the column default (CURRENT_DATE). */
  stageEnteredOn?: string;
  /** Default consumer. */
  debtorKind?: 'consumer' | 'business';
  /** The debtor's postal address (default none). */
  address?: string | null;
  /** Another case of this debtor (no new debtor is made). */
  debtorId?: string;
  /** Default due date + 30; null leaves it to the country's rules. */
  defaultDate?: string | null;
  invoiceDate?: string;
  /** The contract's subject (RDG 13a(1) no. 2); default 'Liefervertrag', null for none. */
  contractSubject?: string | null;
  /** The contract's date; default 30 days before the invoice, null for none. */
  contractDate?: string | null;
  /** Invoice reference; default INV-<priority>. */
  reference?: string;
  /** Cached open balance; default the principal. */
  openCents?: number;
}

export async function addCase(db: Pick<pg.Pool, 'query'>, c: AddCaseOptions): Promise<string> {
  const dueDate = c.dueDate ?? '2026-06-01';
  const debtor = c.debtorId ?? await insert(
    db,
    `INSERT INTO debtors (ref, name, kind, country, email, phone, address)
     VALUES ($1, $2, $3, $4, 'debtor@example.org', '+49 30 1234567', $5) RETURNING id`,
    [`D-${randomUUID().slice(0, 8)}`, `Debtor ${c.priority}`, c.debtorKind ?? 'consumer', c.country ?? 'DE', c.address ?? null],
  );
  const caseId = await insert(
    db,
    `INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at, assignee_id, status,
                        stage_entered_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::date, CURRENT_DATE)) RETURNING id`,
    [c.creditorId, debtor, c.stage ?? 'PHONE', c.priority, c.openCents ?? c.principalCents, c.currency ?? 'EUR', dueDate,
      c.placedAt ?? '2026-07-15', c.assigneeId ?? null, c.status ?? 'OPEN', c.stageEnteredOn ?? null],
  );
  await db.query(
    `INSERT INTO claims (case_id, reference, principal_cents, currency, invoice_date, due_date, default_date)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN $6::date + 30 ELSE $8::date END)`,
    [caseId, c.reference ?? `INV-${c.priority}`, c.principalCents, c.currency ?? 'EUR', c.invoiceDate ?? '2026-05-15', dueDate,
      c.defaultDate === undefined, c.defaultDate ?? null],
  );
  // The contract behind the claim (RDG 13a(1) no. 2): by default a subject and a date a month before
  // the invoice (nothing on a database migrated to before intake's contract columns).
  if (await hasContractColumns(db)) {
    await db.query(
      `UPDATE claims SET contract_subject = $2, contract_date = CASE WHEN $3 THEN invoice_date - 30 ELSE $4::date END WHERE case_id = $1`,
      [caseId, c.contractSubject === undefined ? 'Liefervertrag' : c.contractSubject, c.contractDate === undefined, c.contractDate ?? null],
    );
  }
  return caseId;
}

/** Whether the database has intake's contract columns on claims (a test may migrate only part of the way). */
export async function hasContractColumns(db: Pick<pg.Pool, 'query'>): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'claims' AND column_name = 'contract_subject') AS found`,
  );
  return rows[0].found === true;
}

async function insert(db: Pick<pg.Pool, 'query'>, sql: string, params: unknown[] = []): Promise<string> {
  const { rows } = await db.query(sql, params);
  return rows[0].id;
}

/** Row counts a change writes to, globally and (version) for one case: compare before/after to prove "nothing written". */
export interface WriteCounts {
  activities: number;
  promises: number;
  payments: number;
  /** Audit events of changes (a staff read of a debtor's data, `debtor.read`, is no write). */
  audit: number;
  /** The case's version, null when no case was named or it does not exist. */
  version: number | null;
}

export async function writeCounts(db: pg.Pool, caseId?: string): Promise<WriteCounts> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM activities) AS activities,
            (SELECT count(*)::int FROM promises) AS promises,
            (SELECT count(*)::int FROM payments) AS payments,
            (SELECT count(*)::int FROM audit_events WHERE action <> 'debtor.read') AS audit,
            (SELECT version FROM cases WHERE id = $1::uuid) AS version`,
    [caseId ?? null],
  );
  return rows[0];
}

/** Full row counts of what the dunning run writes, and a checksum of every case's stage, stage date and version. */
export interface DunningState {
  cases: number;
  fees: number;
  activities: number;
  dunningSteps: number;
  letters: number;
  outbox: number;
  claims: number;
  promises: number;
  brokenPromises: number;
  audit: number;
  caseChecksum: string;
  claimChecksum: string;
}

export async function dunningState(db: pg.Pool): Promise<DunningState> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM cases) AS "cases",
            (SELECT count(*)::int FROM fees) AS "fees",
            (SELECT count(*)::int FROM activities) AS "activities",
            (SELECT count(*)::int FROM dunning_steps) AS "dunningSteps",
            (SELECT count(*)::int FROM letters) AS "letters",
            (SELECT count(*)::int FROM outbox) AS "outbox",
            (SELECT count(*)::int FROM claims) AS "claims",
            (SELECT count(*)::int FROM promises) AS "promises",
            (SELECT count(*)::int FROM promises WHERE status = 'BROKEN') AS "brokenPromises",
            (SELECT count(*)::int FROM audit_events WHERE action <> 'debtor.read') AS "audit",
            (SELECT md5(string_agg(id || ':' || status || ':' || stage || ':' || stage_entered_on || ':' || version || ':' || open_cents
                                   || ':' || coalesce(next_action_at::text, '-'), ',' ORDER BY id)) FROM cases) AS "caseChecksum",
            (SELECT md5(string_agg(id || ':' || coalesce(default_date::text, '-'), ',' ORDER BY id)) FROM claims) AS "claimChecksum"`,
  );
  return rows[0];
}

/** Gives a creditor the postal address a letter needs (RDG 13a: the creditor's name and address). */
export async function setCreditorAddress(db: pg.Pool, creditorId: string, address: string): Promise<void> {
  await db.query('UPDATE creditors SET address = $2 WHERE id = $1', [creditorId, address]);
}
