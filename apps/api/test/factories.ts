// Factories that arrange what a spec needs beyond the fixture, each one statement in one place.
import type pg from 'pg';

type Db = Pick<pg.Pool, 'query'>;

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
}

export async function updateUser(db: Db, userId: string, changes: UserChanges): Promise<void> {
  if (changes.capacity !== undefined) await db.query('UPDATE users SET capacity = $2 WHERE id = $1', [userId, changes.capacity]);
  if (changes.languages !== undefined) await db.query('UPDATE users SET languages = $2 WHERE id = $1', [userId, changes.languages]);
}

export interface DebtorChanges {
  ref?: string;
  language?: string;
  timeZone?: string;
  country?: string;
}

const DEBTOR_COLUMNS: Record<keyof DebtorChanges, string> = { ref: 'ref', language: 'language', timeZone: 'time_zone', country: 'country' };

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
