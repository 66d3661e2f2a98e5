import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { CaseModel } from '../cases/case.model.js';
import type { CaseStatus, DunningStage } from '@mahnwerk/domain';
import type { Queryable } from '../database/queryable.js';

/** A case with what a list row shows: creditor, debtor, assignee and the assignee's team (`c` joined as below). */
export const CASE_COLUMNS = `
  c.id, c.version, c.status, c.stage, c.priority, c.open_cents, c.currency, c.oldest_due_date, c.placed_at,
  c.next_action_at, c.hold_reason, c.paid_at,
  cr.id AS creditor_id, cr.ref AS creditor_ref, cr.name AS creditor_name, cr.country AS creditor_country,
  cr.currency AS creditor_currency, cr.time_zone AS creditor_time_zone,
  d.id AS debtor_id, d.ref AS debtor_ref, d.name AS debtor_name, d.kind AS debtor_kind, d.country AS debtor_country,
  d.email AS debtor_email, d.phone AS debtor_phone, d.address AS debtor_address, d.language AS debtor_language,
  d.time_zone AS debtor_time_zone, d.address_unknown AS debtor_address_unknown, d.address_researched AS debtor_address_researched,
  u.id AS assignee_id, u.email AS assignee_email, u.name AS assignee_name, u.role AS assignee_role,
  u.capacity AS assignee_capacity, t.id AS assignee_team_id, t.name AS assignee_team_name`;

export const CASE_JOINS = `
  JOIN creditors cr ON cr.id = c.creditor_id
  JOIN debtors d ON d.id = c.debtor_id
  LEFT JOIN users u ON u.id = c.assignee_id
  LEFT JOIN teams t ON t.id = u.team_id`;

// ---------------------------------------------------------------------------------------------
// Rows and their mapping

/** One row of CASE_COLUMNS. */
export interface CaseRow {
  id: string;
  version: number;
  status: CaseStatus;
  stage: DunningStage;
  priority: number;
  open_cents: number | string;
  currency: string;
  oldest_due_date: string;
  placed_at: string;
  next_action_at: Date | null;
  hold_reason: string | null;
  paid_at: Date | null;
  creditor_id: string;
  creditor_ref: string;
  creditor_name: string;
  creditor_country: string;
  creditor_currency: string;
  creditor_time_zone: string;
  debtor_id: string;
  debtor_ref: string;
  debtor_name: string;
  debtor_kind: 'consumer' | 'business';
  debtor_country: string;
  debtor_email: string | null;
  debtor_phone: string | null;
  debtor_address: string | null;
  debtor_language: string;
  debtor_time_zone: string;
  debtor_address_unknown: boolean;
  debtor_address_researched: boolean;
  assignee_id: string | null;
  assignee_email: string | null;
  assignee_name: string | null;
  assignee_role: Role | null;
  assignee_capacity: number | null;
  assignee_team_id: string | null;
  assignee_team_name: string | null;
}

/** The case as the workbench shows it (the assignee's presence is not read here: `online` is false). */
export const toCaseModel = (r: CaseRow): CaseModel => ({
  id: r.id,
  version: r.version,
  status: r.status,
  stage: r.stage,
  priority: r.priority,
  assignee: r.assignee_id
    ? {
        id: r.assignee_id, email: r.assignee_email!, name: r.assignee_name!, role: r.assignee_role!,
        team: r.assignee_team_id ? { id: r.assignee_team_id, name: r.assignee_team_name! } : null,
        capacity: r.assignee_capacity!, online: false,
      }
    : null,
  creditor: {
    id: r.creditor_id, ref: r.creditor_ref, name: r.creditor_name, country: r.creditor_country,
    currency: r.creditor_currency, timeZone: r.creditor_time_zone,
  },
  debtor: {
    id: r.debtor_id, ref: r.debtor_ref, name: r.debtor_name, kind: r.debtor_kind === 'business' ? 'BUSINESS' : 'CONSUMER',
    country: r.debtor_country, email: r.debtor_email, phone: r.debtor_phone, address: r.debtor_address,
    language: r.debtor_language, timeZone: r.debtor_time_zone, addressUnknown: r.debtor_address_unknown,
    addressResearched: r.debtor_address_researched,
  },
  placedAt: r.placed_at,
  nextActionAt: r.next_action_at,
  holdReason: r.hold_reason,
  paidAt: r.paid_at,
  openCents: Number(r.open_cents),
  currency: r.currency,
  oldestDueDate: r.oldest_due_date,
});


/** A case a lead or collector steers (reassign, release), with what the checks need. */
interface SteeredCaseRow {
  id: string;
  version: number;
  status: CaseStatus;
  creditor_id: string;
  creditor_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_team_id: string | null;
}
export interface SteeredCase {
  id: string;
  version: number;
  status: CaseStatus;
  creditorId: string;
  creditorName: string;
  assignee: { id: string; name: string; teamId: string | null } | null;
}
const toSteeredCase = (r: SteeredCaseRow): SteeredCase => ({
  id: r.id, version: r.version, status: r.status, creditorId: r.creditor_id, creditorName: r.creditor_name,
  assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name!, teamId: r.assignee_team_id } : null,
});

interface CollectorRow {
  id: string;
  name: string;
  role: Role;
  team_id: string | null;
  capacity: number;
}
/** A user as the steering checks see them. */
export interface SteeredUser {
  id: string;
  name: string;
  role: Role;
  teamId: string | null;
  capacity: number;
}
const toSteeredUser = (r: CollectorRow): SteeredUser => ({ id: r.id, name: r.name, role: r.role, teamId: r.team_id, capacity: r.capacity });

interface QueueLoadRow {
  assignee_id: string;
  currency: string;
  size: number;
  open: number | string;
  oldest: string | null;
}
/** One collector's queue in one currency. */
export interface QueueLoadRecord {
  collectorId: string;
  currency: string;
  size: number;
  openCents: number;
  oldestDueDate: string | null;
}
const toQueueLoad = (r: QueueLoadRow): QueueLoadRecord => ({
  collectorId: r.assignee_id, currency: r.currency, size: r.size, openCents: Number(r.open), oldestDueDate: r.oldest,
});

// ---------------------------------------------------------------------------------------------

/** The queue's statements besides the claim pool's: a collector's queue, the team board, single-case steering, capacity. */
@Injectable()
export class QueueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The collector's cases: those due at `now` first, then by priority. */
  async queueOf(collectorId: string, now: Date, tx: Queryable = this.db): Promise<CaseModel[]> {
    const rows: CaseRow[] = await tx.query(
      `SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS}
        WHERE c.assignee_id = $1
        ORDER BY CASE WHEN c.next_action_at IS NULL OR c.next_action_at <= $2 THEN 0 ELSE 1 END, c.priority DESC, c.id`,
      [collectorId, now],
    );
    return rows.map(toCaseModel);
  }

  /** The named cases as the workbench lists them, in no particular order; unknown ids are left out. */
  async casesByIds(ids: string[], tx: Queryable = this.db): Promise<CaseModel[]> {
    if (!ids.length) return [];
    const rows: CaseRow[] = await tx.query(`SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.id = ANY($1)`, [ids]);
    return rows.map(toCaseModel);
  }

  /** The collectors' queues per currency: size, open balance and oldest due date. */
  async queueLoads(collectorIds: string[], tx: Queryable = this.db): Promise<QueueLoadRecord[]> {
    const rows: QueueLoadRow[] = await tx.query(
      `SELECT assignee_id, currency, count(*)::int AS size, sum(open_cents)::bigint AS open, min(oldest_due_date) AS oldest
         FROM cases WHERE assignee_id = ANY($1) GROUP BY assignee_id, currency`,
      [collectorIds],
    );
    return rows.map(toQueueLoad);
  }

  /** A case to reassign or release, locked for the caller's transaction; null when there is none. */
  async steeredCase(caseId: string, tx: Queryable): Promise<SteeredCase | null> {
    const [row]: SteeredCaseRow[] = await tx.query(
      `SELECT c.id, c.version, c.status, c.creditor_id, cr.name AS creditor_name,
              c.assignee_id, u.name AS assignee_name, u.team_id AS assignee_team_id
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id LEFT JOIN users u ON u.id = c.assignee_id
        WHERE c.id = $1
          FOR UPDATE OF c`,
      [caseId],
    );
    return row ? toSteeredCase(row) : null;
  }

  /** An active user cases or capacity are steered to (a deactivated one is none); `lock` serialises with their own claims. */
  async steeredUser(userId: string, tx: Queryable, lock = false): Promise<SteeredUser | null> {
    const [row]: CollectorRow[] = await tx.query(
      `SELECT id, name, role, team_id, capacity FROM users WHERE id = $1 AND active${lock ? ' FOR UPDATE' : ''}`,
      [userId],
    );
    return row ? toSteeredUser(row) : null;
  }

  /** The creditors the user works for. */
  async creditorsOf(userId: string, tx: Queryable = this.db): Promise<Set<string>> {
    const rows: { creditor_id: string }[] = await tx.query('SELECT creditor_id FROM user_creditors WHERE user_id = $1', [userId]);
    return new Set(rows.map((r) => r.creditor_id));
  }

  /** Gives the case to `to` (null: back to the pool) as of `now`, one version further. */
  async assign(caseId: string, to: string | null, now: Date, tx: Queryable): Promise<void> {
    await tx.query('UPDATE cases SET assignee_id = $2, version = version + 1, updated_at = $3 WHERE id = $1', [caseId, to, now]);
  }

  /** Gives every named case to `to` (null: back to the pool) as of `now`, each one version further. */
  async assignAll(caseIds: string[], to: string | null, now: Date, tx: Queryable): Promise<void> {
    await tx.query('UPDATE cases SET assignee_id = $2, version = version + 1, updated_at = $3 WHERE id = ANY($1)', [caseIds, to, now]);
  }

  async setCapacity(userId: string, capacity: number, tx: Queryable): Promise<void> {
    await tx.query('UPDATE users SET capacity = $2 WHERE id = $1', [userId, capacity]);
  }

}
