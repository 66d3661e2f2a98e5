// Factories that arrange what a spec needs beyond the fixture, each one statement in one place.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import { passwordHash } from './harness.js';

/** A pool or one of its clients (inside a transaction). */
type Db = Pick<pg.Pool, 'query'>;

/** Inserts one row of the columns given (undefined ones take the column default) and returns its id. */
async function insertRow(db: Db, table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const { rows } = await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map((column) => values[column]),
  );
  return rows[0].id;
}

export interface CaseChanges {
  status?: string;
  stage?: string;
  stageEnteredOn?: string;
  assigneeId?: string | null;
  holdReason?: string | null;
  nextActionAt?: string | null;
  paidAt?: string | null;
  closedOn?: string | null;
  openCents?: number;
  principalOpenCents?: number;
  debtorId?: string;
}

const CASE_COLUMNS: Record<keyof CaseChanges, string> = {
  status: 'status', stage: 'stage', stageEnteredOn: 'stage_entered_on', assigneeId: 'assignee_id', holdReason: 'hold_reason',
  nextActionAt: 'next_action_at', paidAt: 'paid_at', closedOn: 'closed_on', openCents: 'open_cents',
  principalOpenCents: 'principal_open_cents', debtorId: 'debtor_id',
};

/** Sets the named columns of one or several cases as a direct write (triggers fire as for any update). */
export async function updateCase(db: Db, caseIds: string | string[], changes: CaseChanges): Promise<void> {
  const keys = (Object.keys(changes) as (keyof CaseChanges)[]).filter((key) => changes[key] !== undefined);
  if (!keys.length) throw new Error('updateCase: nothing to change');
  const sets = keys.map((key, i) => `${CASE_COLUMNS[key]} = $${i + 2}`).join(', ');
  await db.query(`UPDATE cases SET ${sets} WHERE id = ANY($1::uuid[])`, [[caseIds].flat(), ...keys.map((key) => changes[key])]);
}

export interface UserChanges {
  capacity?: number;
  languages?: string[];
  /** false: the account is deactivated. */
  active?: boolean;
  /** A new password (hashed as login checks it). */
  password?: string;
}

/** Sets the capacity, languages, active flag and/or password of one or several users. */
export async function updateUser(db: Db, userIds: string | string[], changes: UserChanges): Promise<void> {
  const ids = [userIds].flat();
  if (changes.capacity !== undefined) await db.query('UPDATE users SET capacity = $2 WHERE id = ANY($1::uuid[])', [ids, changes.capacity]);
  if (changes.languages !== undefined) await db.query('UPDATE users SET languages = $2 WHERE id = ANY($1::uuid[])', [ids, changes.languages]);
  if (changes.active !== undefined) await db.query('UPDATE users SET active = $2 WHERE id = ANY($1::uuid[])', [ids, changes.active]);
  if (changes.password !== undefined) {
    await db.query('UPDATE users SET password_hash = $2 WHERE id = ANY($1::uuid[])', [ids, await hash(changes.password)]);
  }
}

export interface DebtorChanges {
  ref?: string;
  name?: string;
  email?: string | null;
  language?: string;
  timeZone?: string;
  country?: string;
  addressUnknown?: boolean;
}

const DEBTOR_COLUMNS: Record<keyof DebtorChanges, string> = {
  ref: 'ref', name: 'name', email: 'email', language: 'language', timeZone: 'time_zone', country: 'country', addressUnknown: 'address_unknown',
};

/** Changes the debtor of a case. */
export async function updateDebtorOf(db: Db, caseId: string, changes: DebtorChanges): Promise<void> {
  const keys = (Object.keys(changes) as (keyof DebtorChanges)[]).filter((key) => changes[key] !== undefined);
  const sets = keys.map((key, i) => `${DEBTOR_COLUMNS[key]} = $${i + 2}`).join(', ');
  await db.query(`UPDATE debtors SET ${sets} WHERE id = (SELECT debtor_id FROM cases WHERE id = $1)`, [caseId, ...keys.map((key) => changes[key])]);
}

export interface PromiseOptions {
  amountCents: number;
  dueDate: string;
  status?: 'OPEN' | 'KEPT' | 'BROKEN';
  paidCents?: number;
}

export async function addPromise(db: Db, caseId: string, p: PromiseOptions): Promise<string> {
  const { rows } = await db.query(
    'INSERT INTO promises (case_id, amount_cents, due_date, status, paid_cents) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [caseId, p.amountCents, p.dueDate, p.status ?? 'OPEN', p.paidCents ?? 0],
  );
  return rows[0].id;
}

export async function addFee(db: Db, caseId: string, fee: { label: string; amountCents: number; chargedOn: string }): Promise<string> {
  const { rows } = await db.query(
    'INSERT INTO fees (case_id, label, amount_cents, charged_on) VALUES ($1, $2, $3, $4) RETURNING id',
    [caseId, fee.label, fee.amountCents, fee.chargedOn],
  );
  return rows[0].id;
}

export interface PaymentOptions {
  amountCents: number;
  /** The day the money came in (YYYY-MM-DD). */
  receivedAt: string;
  /** Default EUR. */
  currency?: string;
  /** Default 'SEPA'. */
  reference?: string;
  /** Default BANK. */
  source?: 'BANK' | 'MANUAL';
  /** Default a fresh one. */
  idempotencyKey?: string;
  /** The allocated parts; by default the database books the whole amount (less interest and fees) as principal. */
  principalCents?: number;
  interestCents?: number;
  feesCents?: number;
}

/** A payment written straight to the table, as an import or a script would (no allocation, no promise kept). */
export async function addPayment(db: Db, caseId: string, p: PaymentOptions): Promise<string> {
  return insertRow(db, 'payments', {
    case_id: caseId, amount_cents: p.amountCents, currency: p.currency ?? 'EUR', received_at: p.receivedAt, reference: p.reference ?? 'SEPA',
    source: p.source ?? 'BANK', idempotency_key: p.idempotencyKey ?? `seed-${randomUUID()}`,
    principal_cents: p.principalCents, interest_cents: p.interestCents, fees_cents: p.feesCents,
  });
}

export interface ClaimOptions {
  reference: string;
  principalCents: number;
  /** Default EUR. */
  currency?: string;
  invoiceDate: string;
  dueDate: string;
  /** Default none (the dunning run or the country's rules decide). */
  defaultDate?: string | null;
  /** Default null (a business invoice counts as goods or services). */
  claimKind?: 'goods_services' | 'other' | null;
  /** The contract's subject (RDG 13a(1) no. 2); default 'Liefervertrag', null for none. */
  contractSubject?: string | null;
  /** The contract's date; default the invoice date, null for none. */
  contractDate?: string | null;
  /** Default true (renteloven 3(1)). */
  dueDateFixed?: boolean;
}

/** Another claim (invoice) on a case; the case's cached open balance is left as it is. */
/** Reminders the creditor sent before placing the case (intake's `reminders_sent`), on every claim of the case. */
export async function setRemindersSent(db: Db, caseId: string, remindersSent: number): Promise<void> {
  await db.query('UPDATE claims SET reminders_sent = $2 WHERE case_id = $1', [caseId, remindersSent]);
}

export async function addClaim(db: Db, caseId: string, c: ClaimOptions): Promise<string> {
  // Specs of migrations run part of the way have claims without the later columns.
  const { rows } = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'claims'`);
  const has = new Set(rows.map((r: { column_name: string }) => r.column_name));
  const later: Record<string, unknown> = {
    claim_kind: c.claimKind ?? null,
    contract_subject: c.contractSubject === undefined ? 'Liefervertrag' : c.contractSubject,
    contract_date: c.contractDate === undefined ? c.invoiceDate : c.contractDate,
    due_date_fixed: c.dueDateFixed ?? true,
  };
  return insertRow(db, 'claims', {
    case_id: caseId, reference: c.reference, principal_cents: c.principalCents, currency: c.currency ?? 'EUR', invoice_date: c.invoiceDate,
    due_date: c.dueDate, default_date: c.defaultDate ?? null,
    ...Object.fromEntries(Object.entries(later).filter(([column]) => has.has(column))),
  });
}

export interface ActivityOptions {
  /** Default PHONE. */
  channel?: 'PHONE' | 'LETTER' | 'EMAIL' | 'SMS' | 'PORTAL' | 'IN_PERSON' | 'SYSTEM' | 'NOTE';
  /** Default the column default (OUTBOUND). */
  direction?: 'INBOUND' | 'OUTBOUND' | null;
  /** Default none. */
  outcome?: string | null;
  /** Default none (a system entry). */
  actorId?: string | null;
  /** Default ''. */
  note?: string;
  /** Default the database's now(). */
  occurredAt?: string | Date;
  handlingSeconds?: number;
}

/** An entry in a case's history. */
export async function addActivity(db: Db, caseId: string, a: ActivityOptions = {}): Promise<string> {
  return insertRow(db, 'activities', {
    case_id: caseId, actor_id: a.actorId ?? undefined, channel: a.channel ?? 'PHONE', outcome: a.outcome ?? undefined, note: a.note,
    occurred_at: a.occurredAt, handling_seconds: a.handlingSeconds, direction: a.direction,
  });
}

export async function addTeam(db: Db, name: string): Promise<string> {
  return insertRow(db, 'teams', { name });
}

export interface UserOptions {
  email: string;
  role: 'COLLECTOR' | 'LEAD' | 'MANAGER' | 'ADMIN';
  teamId?: string | null;
  /** Default 25. */
  capacity?: number;
  /** Default the email's local part. */
  name?: string;
}

/** A person who logs in with the fixture's password. */
export async function addUser(db: Db, u: UserOptions): Promise<{ id: string; email: string }> {
  const id = await insertRow(db, 'users', {
    email: u.email, name: u.name ?? u.email.split('@')[0], role: u.role, team_id: u.teamId ?? null, capacity: u.capacity ?? 25,
    password_hash: await passwordHash(),
  });
  return { id, email: u.email };
}

/** An open session of the user (as a sign-in opens one), valid for `hours`; its id, for a hand-made token. */
export async function addSession(db: Db, userId: string, hours = 1): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + make_interval(hours => $2)) RETURNING id`,
    [userId, hours],
  );
  return rows[0].id;
}

export interface CollectorsOptions {
  teamId: string;
  count: number;
  /** The creditor they all work for. */
  creditorId: string;
  /** Emails are `<prefix><n>@test.example`, names `<prefix> <n>`. */
  prefix: string;
  /** Default 25. */
  capacity?: number;
}

/** `count` collectors of one team working one creditor, in one statement; in the order of their number. */
export async function addCollectors(db: Db, c: CollectorsOptions): Promise<{ id: string; email: string }[]> {
  const { rows } = await db.query(
    `WITH u AS (
       INSERT INTO users (email, name, role, team_id, capacity, password_hash)
       SELECT $1::text || n || '@test.example', $1::text || ' ' || n, 'COLLECTOR', $2::uuid, $3::int, $4::text
         FROM generate_series(1, $5::int) AS n
       RETURNING id, email
     ), w AS (INSERT INTO user_creditors (user_id, creditor_id) SELECT id, $6::uuid FROM u)
     SELECT id, email FROM u ORDER BY substring(email FROM '[0-9]+')::int`,
    [c.prefix, c.teamId, c.capacity ?? 25, await passwordHash(), c.count, c.creditorId],
  );
  return rows;
}

/** Makes `creditorIds` the creditors a user works for (drops the others). */
export async function setCreditorsOf(db: Db, userId: string, creditorIds: string[]): Promise<void> {
  await db.query(
    `WITH gone AS (DELETE FROM user_creditors WHERE user_id = $1 AND NOT creditor_id = ANY($2::uuid[]))
     INSERT INTO user_creditors (user_id, creditor_id) SELECT $1::uuid, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [userId, creditorIds],
  );
}

export interface CreditorOptions {
  ref: string;
  name: string;
  /** Default DE. */
  country?: 'DE' | 'DK';
  /** Default EUR. */
  currency?: string;
  /** Default Europe/Berlin. */
  timeZone?: string;
}

export async function addCreditor(db: Db, c: CreditorOptions): Promise<string> {
  return insertRow(db, 'creditors', {
    ref: c.ref, name: c.name, country: c.country ?? 'DE', currency: c.currency ?? 'EUR', time_zone: c.timeZone ?? 'Europe/Berlin',
  });
}

export interface CreditorChanges {
  /** Replaces the priority weights. */
  priorityWeights?: object;
  /** Merged into the stored contact policy (jsonb `||`), e.g. overrides the API does not show. */
  contactPolicyOverrides?: Record<string, unknown>;
  /** The account debtors pay into: holder (legal name), IBAN and BIC. */
  account?: { legalName: string; iban: string | null; bic: string | null };
  /** Replaces the dunning strategy (null: the country's default). */
  dunningStrategy?: object | null;
}

export async function updateCreditor(db: Db, creditorId: string, changes: CreditorChanges): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [creditorId];
  if (changes.priorityWeights !== undefined) {
    params.push(JSON.stringify(changes.priorityWeights));
    sets.push(`priority_weights = $${params.length}`);
  }
  if (changes.contactPolicyOverrides !== undefined) {
    params.push(JSON.stringify(changes.contactPolicyOverrides));
    sets.push(`contact_policy = contact_policy || $${params.length}::jsonb`);
  }
  if (changes.dunningStrategy !== undefined) {
    params.push(changes.dunningStrategy === null ? null : JSON.stringify(changes.dunningStrategy));
    sets.push(`dunning_strategy = $${params.length}`);
  }
  if (changes.account !== undefined) {
    params.push(changes.account.legalName, changes.account.iban, changes.account.bic);
    sets.push(`legal_name = $${params.length - 2}, iban = $${params.length - 1}, bic = $${params.length}`);
  }
  if (!sets.length) throw new Error('updateCreditor: nothing to change');
  await db.query(`UPDATE creditors SET ${sets.join(', ')} WHERE id = $1`, params);
}

export interface PoolCasesOptions {
  creditorId: string;
  count: number;
  /** Each case's principal and open balance; default 500.00. */
  principalCents?: number;
}

/**
 * `count` open, unassigned cases in PHONE, each of its own debtor (refs RD-1..RD-n) with one claim, in one
 * statement: priorities n % 37, so that many share one.
 */
export async function addPoolCases(db: Db, p: PoolCasesOptions): Promise<void> {
  await db.query(
    `WITH d AS (
       INSERT INTO debtors (ref, name, kind, country)
       SELECT 'RD-' || n, 'Debtor ' || n, 'consumer', 'DE' FROM generate_series(1, $2::int) AS n RETURNING id, ref
     ), c AS (
       INSERT INTO cases (creditor_id, debtor_id, stage, priority, open_cents, currency, oldest_due_date, placed_at)
       SELECT $1::uuid, d.id, 'PHONE', (substr(d.ref, 4)::int % 37), $3::bigint, 'EUR', '2026-06-01', '2026-07-15' FROM d RETURNING id
     )
     INSERT INTO claims (case_id, reference, principal_cents, currency, invoice_date, due_date, default_date)
     SELECT id, 'INV-' || id, $3::bigint, 'EUR', '2026-05-15', '2026-06-01', '2026-07-01' FROM c`,
    [p.creditorId, p.count, p.principalCents ?? 50_000],
  );
}

export interface DebtorOptions {
  /** Default a fresh D-xxxxxxxx. */
  ref?: string;
  name?: string;
  /** Default consumer. */
  kind?: 'consumer' | 'business';
  /** Default DE. */
  country?: string;
  /** Default the column default (de). */
  language?: string;
}

/** A debtor without cases (addCase makes one per case unless given one). */
export async function addDebtor(db: Db, d: DebtorOptions = {}): Promise<string> {
  return insertRow(db, 'debtors', {
    ref: d.ref ?? `D-${randomUUID().slice(0, 8)}`, name: d.name ?? 'Debtor', kind: d.kind ?? 'consumer', country: d.country ?? 'DE',
    language: d.language,
  });
}

/** The debtor of a case. */
export async function debtorOf(db: Db, caseId: string): Promise<string> {
  return (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [caseId])).rows[0].debtor_id;
}

/** The dunning run of a date, made (with `status`, default RUNNING) when there is none yet. */
export async function addDunningRun(db: Db, asOf: string, status?: 'RUNNING' | 'DONE'): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO dunning_runs (as_of, status) VALUES ($1, $2) ON CONFLICT (as_of) DO UPDATE SET as_of = excluded.as_of RETURNING id`,
    [asOf, status ?? 'RUNNING'],
  );
  return rows[0].id;
}

export interface DunningStepOptions {
  /** Default a run id of no run (dunning_steps.run_id has no foreign key). */
  runId?: string;
  fromStage: string;
  toStage: string;
  /** Default LETTER. */
  channel?: string;
  steppedOn: string;
}

/** A stage move of the dunning run written by hand (the read models need a rebuild to see it as the run's). */
export async function addDunningStep(db: Db, caseId: string, s: DunningStepOptions): Promise<string> {
  return insertRow(db, 'dunning_steps', {
    run_id: s.runId ?? randomUUID(), case_id: caseId, from_stage: s.fromStage, to_stage: s.toStage, channel: s.channel ?? 'LETTER',
    stepped_on: s.steppedOn,
  });
}

/** A PENDING letter of a run to the debtor of a case for its creditor. */
export async function addLetter(db: Db, caseId: string, l: { runId: string; writtenOn: string }): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO letters (run_id, debtor_id, creditor_id, written_on) SELECT $1, debtor_id, creditor_id, $3 FROM cases WHERE id = $2 RETURNING id`,
    [l.runId, caseId, l.writtenOn],
  );
  return rows[0].id;
}

/** A READY letter with the given PDF bytes (content and hashes filled in), to the debtor of a case for its creditor. */
export async function addReadyLetter(db: Db, caseId: string, pdf: Buffer, writtenOn = '2026-11-20'): Promise<string> {
  const id = await addLetter(db, caseId, { runId: randomUUID(), writtenOn });
  await db.query(
    `UPDATE letters SET status = 'READY', content = '{}'::json, content_sha256 = encode(sha256('{}'), 'hex'),
            pdf = $2, pdf_sha256 = encode(sha256($2), 'hex'), ready_at = now() WHERE id = $1`,
    [id, pdf],
  );
  return id;
}

export interface MailOptions {
  caseId?: string | null;
  dedupeKey: string;
  /** Default debtor@example.org. */
  to?: string;
  subject?: string;
  body?: string;
}

/** A pending e-mail in the outbox. */
export async function addOutboxMail(db: Db, m: MailOptions): Promise<string> {
  return insertRow(db, 'outbox', {
    kind: 'EMAIL', case_id: m.caseId ?? undefined, to_address: m.to ?? 'debtor@example.org', subject: m.subject ?? 'Reminder',
    body: m.body ?? 'Please pay', dedupe_key: m.dedupeKey,
  });
}

export interface CaseImportOptions {
  createdBy: string;
  status?: 'RUNNING' | 'DONE' | 'FAILED';
  fileName?: string;
  /** How long ago (database clock) the job last showed a sign of life. */
  heartbeatSecondsAgo?: number;
}

/** An import job as an instance leaves it (RUNNING while it writes), with its heartbeat's age. */
export async function addCaseImport(db: Db, j: CaseImportOptions): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO case_imports (id, created_by, file_name, status, started_at, heartbeat_at, rows_processed, imported)
     VALUES ($1, $2, $3, $4, clock_timestamp() - make_interval(secs => $5 + 60), clock_timestamp() - make_interval(secs => $5), 2000, 1990)
     RETURNING id`,
    [randomUUID(), j.createdBy, j.fileName ?? 'portfolio.csv', j.status ?? 'RUNNING', j.heartbeatSecondsAgo ?? 0],
  );
  return rows[0].id;
}

/** Moves a job's last sign of life into the past (database clock). */
export async function ageCaseImportHeartbeat(db: Db, importId: string, secondsAgo: number): Promise<void> {
  await db.query('UPDATE case_imports SET heartbeat_at = clock_timestamp() - make_interval(secs => $2) WHERE id = $1', [importId, secondsAgo]);
}

/** A portal link to a case (its token hash made up from `token`). */
export async function addPortalLink(db: Db, caseId: string, p: { token: string; expiresAt: string }): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO portal_links (case_id, token_hash, created_at, expires_at) VALUES ($1, sha256(convert_to($2, 'UTF8')), $3::timestamptz - interval '30 days', $3) RETURNING id`,
    [caseId, p.token, p.expiresAt],
  );
  return rows[0].id;
}

/** A dunning letter to a debtor, written and sent with a print batch of its own (content and PDF as given). */
export async function addSentLetter(
  db: Db,
  l: { debtorId: string; creditorId: string; createdBy: string; sentOn: string; content: Record<string, unknown>; pdf?: Buffer },
): Promise<string> {
  const batch = await insertRow(db, 'print_batches', { batch_date: l.sentOn, created_by: l.createdBy, letter_count: 1 });
  return insertRow(db, 'letters', {
    debtor_id: l.debtorId, creditor_id: l.creditorId, written_on: l.sentOn, status: 'SENT', content: JSON.stringify(l.content),
    content_sha256: 'c'.repeat(64), pdf: l.pdf ?? Buffer.from('%PDF-1.4'), pdf_sha256: 'p'.repeat(64), ready_at: `${l.sentOn}T08:00:00Z`,
    sent_on: l.sentOn, print_batch_id: batch, kind: 'DUNNING',
  });
}
