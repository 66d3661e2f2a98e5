import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStatus, DebtorKind, DunningStage, IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { Queryable } from '../database/queryable.js';
import type { CreditorRecord } from '../creditors/creditors.repository.js';

export interface DebtorRecord {
  id: string;
  ref: string;
  name: string;
  kind: DebtorKind;
  country: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  language: string;
  timeZone: string;
  /** The postal address is known to be wrong: letters to the debtor are held. */
  addressUnknown: boolean;
  /** The address was found by an address search (RDG 13a(1) no. 7). */
  addressResearched: boolean;
}

/** The user a case or activity names (its assignee, an activity's actor). */
export interface CaseUserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  capacity: number;
  teamId: string | null;
  team: { id: string; name: string } | null;
}

/** A case with what a list row shows: creditor, debtor, assignee and the assignee's team. */
export interface CaseRecord {
  id: string;
  creditorId: string;
  creditor: CreditorRecord;
  debtorId: string;
  debtor: DebtorRecord;
  status: CaseStatus;
  stage: DunningStage;
  assigneeId: string | null;
  assignee: CaseUserRecord | null;
  priority: number;
  openCents: number;
  currency: string;
  oldestDueDate: string;
  placedAt: string;
  stageEnteredOn: string;
  nextActionAt: Date | null;
  holdReason: string | null;
  paidAt: Date | null;
  version: number;
  updatedAt: Date;
}

interface CaseRow {
  id: string; creditor_id: string; debtor_id: string; status: CaseStatus; stage: DunningStage; assignee_id: string | null;
  priority: number; open_cents: number; currency: string; oldest_due_date: string; placed_at: string; stage_entered_on: string;
  next_action_at: Date | null; hold_reason: string | null; paid_at: Date | null; version: number; updated_at: Date;
  creditor_ref: string; creditor_name: string; creditor_country: 'DE' | 'DK'; creditor_currency: string; creditor_time_zone: string;
  debtor_ref: string; debtor_name: string; debtor_kind: DebtorKind; debtor_country: string; debtor_email: string | null;
  debtor_phone: string | null; debtor_address: string | null; debtor_language: string; debtor_time_zone: string;
  debtor_address_unknown: boolean;
  debtor_address_researched: boolean;
  assignee_email: string | null; assignee_name: string | null; assignee_role: Role | null; assignee_capacity: number | null;
  assignee_team_id: string | null; assignee_team_name: string | null;
}

/**
 * The columns and joins of a case row (`c` cases, `cr` creditor, `d` debtor, `u` assignee, `t` the
 * assignee's team), for any statement that reads whole cases; map the rows with `toCaseRecord`.
 */
export const CASE_SELECT = `
  SELECT c.id, c.creditor_id, c.debtor_id, c.status, c.stage, c.assignee_id, c.priority, c.open_cents, c.currency,
         c.oldest_due_date, c.placed_at, c.stage_entered_on, c.next_action_at, c.hold_reason, c.paid_at, c.version, c.updated_at,
         cr.ref AS creditor_ref, cr.name AS creditor_name, cr.country AS creditor_country, cr.currency AS creditor_currency,
         cr.time_zone AS creditor_time_zone,
         d.ref AS debtor_ref, d.name AS debtor_name, d.kind AS debtor_kind, d.country AS debtor_country, d.email AS debtor_email,
         d.phone AS debtor_phone, d.address AS debtor_address, d.language AS debtor_language, d.time_zone AS debtor_time_zone,
         d.address_unknown AS debtor_address_unknown, d.address_researched AS debtor_address_researched,
         u.email AS assignee_email, u.name AS assignee_name, u.role AS assignee_role, u.capacity AS assignee_capacity,
         u.team_id AS assignee_team_id, t.name AS assignee_team_name
    FROM cases c
    JOIN creditors cr ON cr.id = c.creditor_id
    JOIN debtors d ON d.id = c.debtor_id
    LEFT JOIN users u ON u.id = c.assignee_id
    LEFT JOIN teams t ON t.id = u.team_id`;

export function toCaseRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    creditorId: row.creditor_id,
    creditor: {
      id: row.creditor_id, ref: row.creditor_ref, name: row.creditor_name, country: row.creditor_country,
      currency: row.creditor_currency, timeZone: row.creditor_time_zone,
    },
    debtorId: row.debtor_id,
    debtor: {
      id: row.debtor_id, ref: row.debtor_ref, name: row.debtor_name, kind: row.debtor_kind, country: row.debtor_country,
      email: row.debtor_email, phone: row.debtor_phone, address: row.debtor_address, language: row.debtor_language,
      timeZone: row.debtor_time_zone, addressUnknown: row.debtor_address_unknown,
      addressResearched: row.debtor_address_researched,
    },
    status: row.status,
    stage: row.stage,
    assigneeId: row.assignee_id,
    assignee: row.assignee_id === null ? null : {
      id: row.assignee_id, email: row.assignee_email!, name: row.assignee_name!, role: row.assignee_role!,
      capacity: row.assignee_capacity!, teamId: row.assignee_team_id,
      team: row.assignee_team_id === null ? null : { id: row.assignee_team_id, name: row.assignee_team_name! },
    },
    priority: row.priority,
    openCents: Number(row.open_cents),
    currency: row.currency,
    oldestDueDate: row.oldest_due_date,
    placedAt: row.placed_at,
    stageEnteredOn: row.stage_entered_on,
    nextActionAt: row.next_action_at,
    holdReason: row.hold_reason,
    paidAt: row.paid_at,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Which cases a list shows (all optional; `creditorIds` is the caller's scope). */
export interface CaseListFilter {
  creditorIds?: readonly string[] | null;
  status?: CaseStatus;
  stage?: DunningStage;
  creditorId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  /** Debtor name or reference, case-insensitive substring. */
  search?: string;
}

/** A new open promise (or installment) recorded with an outcome. */
export interface NewPromise {
  caseId: string;
  activityId: string;
  amountCents: number;
  dueDate: string;
  installment: number | null;
  /** The collector who recorded it; null for the debtor's own (portal). */
  createdBy: string | null;
  /** The payment plan the installment belongs to; null for a single promise. */
  planId?: string | null;
}

/** The state a recorded outcome leaves a case in. */
export interface CaseOutcomeUpdate {
  status: CaseStatus;
  stage: DunningStage;
  assigneeId: string | null;
  nextActionAt: Date | null;
  holdReason: string | null;
  markPaid: boolean;
  now: Date;
  /** The clock's day in the read models' zone, the closing day of a case that closes. */
  closingDay: string;
}

/** Every statement on the cases themselves: read one or a page, lock, and write a recorded outcome. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One case with creditor, debtor and assignee, or null. */
  async findCase(id: string, tx: Queryable = this.db): Promise<CaseRecord | null> {
    const [row]: CaseRow[] = await tx.query(`${CASE_SELECT} WHERE c.id = $1`, [id]);
    return row ? toCaseRecord(row) : null;
  }

  /** Cases by id, in the order of `ids` (an unknown id is left out). */
  async casesByIds(ids: readonly string[], tx: Queryable = this.db): Promise<CaseRecord[]> {
    const rows: CaseRow[] = await tx.query(`${CASE_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, toCaseRecord(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The open cases of each debtor (within `creditorIds`, null = all), oldest placement first, per debtor. */
  async openCasesOfDebtors(debtorIds: readonly string[], creditorIds: readonly string[] | null, tx: Queryable = this.db): Promise<Map<string, CaseRecord[]>> {
    const rows: CaseRow[] = await tx.query(
      `${CASE_SELECT} WHERE c.debtor_id = ANY($1::uuid[]) AND c.status = 'OPEN'
          AND ($2::uuid[] IS NULL OR c.creditor_id = ANY($2::uuid[]))
        ORDER BY c.placed_at, c.id`,
      [debtorIds, creditorIds],
    );
    const out = new Map<string, CaseRecord[]>(debtorIds.map((id) => [id, []]));
    for (const row of rows) out.get(row.debtor_id)?.push(toCaseRecord(row));
    return out;
  }

  /** Takes the case's row lock for a change in the caller's transaction; false when there is no such case. */
  async lockCase(id: string, tx: Queryable = this.db): Promise<boolean> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [id]);
    return rows.length > 0;
  }

  /** A page of cases by priority (highest first), and how many match the filter. */
  async listCases(
    filter: CaseListFilter,
    page: { offset: number; limit: number },
    tx: Queryable = this.db,
  ): Promise<{ items: CaseRecord[]; totalCount: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.creditorIds) where.push(`c.creditor_id = ANY(${param(filter.creditorIds)}::uuid[])`);
    if (filter.status) where.push(`c.status = ${param(filter.status)}`);
    if (filter.stage) where.push(`c.stage = ${param(filter.stage)}`);
    if (filter.creditorId) where.push(`c.creditor_id = ${param(filter.creditorId)}`);
    if (filter.assigneeId) where.push(`c.assignee_id = ${param(filter.assigneeId)}`);
    if (filter.unassigned) where.push('c.assignee_id IS NULL');
    if (filter.search?.trim()) {
      const like = param(`%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%`);
      where.push(`(d.name ILIKE ${like} OR d.ref ILIKE ${like})`);
    }
    const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM cases c JOIN debtors d ON d.id = c.debtor_id${clause}`,
      params,
    );
    const rows: CaseRow[] = await tx.query(
      `${CASE_SELECT}${clause} ORDER BY c.priority DESC, c.id LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    return { items: rows.map(toCaseRecord), totalCount: count };
  }

  /** Writes open promises (a promise to pay, or a payment plan's installments). */
  async insertPromises(promises: readonly NewPromise[], tx: Queryable): Promise<void> {
    if (promises.length === 0) return;
    await tx.query(
      `INSERT INTO promises (case_id, activity_id, amount_cents, due_date, installment, status, created_by, plan_id)
       SELECT case_id, activity_id, amount_cents, due_date, installment, 'OPEN', created_by, plan_id
         FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::date[], $5::int[], $6::uuid[], $7::uuid[])
           AS p(case_id, activity_id, amount_cents, due_date, installment, created_by, plan_id)`,
      [
        promises.map((p) => p.caseId), promises.map((p) => p.activityId), promises.map((p) => p.amountCents),
        promises.map((p) => p.dueDate), promises.map((p) => p.installment), promises.map((p) => p.createdBy),
        promises.map((p) => p.planId ?? null),
      ],
    );
  }

  /** The status of the case's running payment plan, or null when none runs. */
  async runningPlanStatus(caseId: string, tx: Queryable): Promise<'ACTIVE' | null> {
    const rows: { status: 'ACTIVE' }[] = await tx.query(
      `SELECT status FROM payment_plans WHERE case_id = $1 AND status = 'ACTIVE'`, [caseId],
    );
    return rows[0]?.status ?? null;
  }

  /** Opens a payment plan record (its installments are promises that name it), with what it costs the debtor. */
  async insertPaymentPlan(
    plan: { caseId: string; activityId: string; createdBy: string | null; createdAt: Date; feeCents: number }, tx: Queryable,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO payment_plans (case_id, activity_id, status, created_by, created_at, fee_cents) VALUES ($1, $2, 'ACTIVE', $3, $4, $5) RETURNING id`,
      [plan.caseId, plan.activityId, plan.createdBy, plan.createdAt, plan.feeCents],
    );
    return row!.id;
  }

  /** Whether the case's creditor deducts input VAT (then no VAT is added to the agency's fees). */
  async creditorDeductsVat(creditorId: string, tx: Queryable): Promise<boolean> {
    const [row]: { vat_deductible: boolean }[] = await tx.query('SELECT vat_deductible FROM creditors WHERE id = $1', [creditorId]);
    return row?.vat_deductible ?? true;
  }

  /** Charges a payment plan's cost: a fee of the agency's collection costs (BGB 288(5) sentence 3 credits the flat against it). */
  async insertPlanFee(fee: { caseId: string; label: string; amountCents: number; chargedOn: IsoDate }, tx: Queryable): Promise<void> {
    await tx.query(
      'INSERT INTO fees (case_id, label, amount_cents, charged_on, collection_cost) VALUES ($1, $2, $3, $4, true)',
      [fee.caseId, fee.label, fee.amountCents, fee.chargedOn],
    );
  }

  /**
   * Queues the plan's confirmation letter (written by the letter writer, dunning/letter-writer.service.ts,
   * printed with the day's batch); one per plan.
   */
  async queuePlanConfirmation(letter: { caseId: string; planId: string; writtenOn: IsoDate }, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO letters (kind, case_id, subject_id, debtor_id, creditor_id, written_on)
       SELECT 'PLAN_CONFIRMATION', c.id, $2, c.debtor_id, c.creditor_id, $3 FROM cases c WHERE c.id = $1
       ON CONFLICT (kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING`,
      [letter.caseId, letter.planId, letter.writtenOn],
    );
  }

  /**
   * The state after a recorded outcome: a case that closes (paid, uncollectible, legal) closes on
   * `closingDay`; one that stays open has no closing day (the cases_closed_on trigger clears it).
   */
  /** Whether a PAID outcome waits for approval on the case (payment_approvals, decided in payments/approvals). */
  async hasPendingPaidOutcome(caseId: string, tx: Queryable): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM payment_approvals WHERE case_id = $1 AND kind = 'PAID_OUTCOME' AND status = 'PENDING'`, [caseId],
    );
    return rows.length > 0;
  }

  /** A PAID outcome that waits for a lead's approval; its id. */
  async insertPaidOutcomeApproval(
    a: { caseId: string; note: string | null; channel: string; requestedBy: string; requestedAt: Date }, tx: Queryable,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO payment_approvals (kind, case_id, reasons, note, channel, requested_by, requested_at)
       VALUES ('PAID_OUTCOME', $1, ARRAY['PAID_WITH_BALANCE'], $2, $3, $4, $5) RETURNING id`,
      [a.caseId, a.note, a.channel, a.requestedBy, a.requestedAt],
    );
    return row!.id;
  }

  /** The DISPUTE hold of a dispute recorded as an outcome (holds/ lists and releases it). */
  async insertDisputeHold(caseId: string, reason: string, placedBy: string | null, since: Date, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO case_holds (case_id, type, reason, placed_by, since) VALUES ($1, 'DISPUTE', $2, $3, $4)`,
      [caseId, reason, placedBy, since],
    );
  }

  async applyOutcome(caseId: string, u: CaseOutcomeUpdate, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE cases SET status = $2, stage = $3, assignee_id = $4, next_action_at = $5, hold_reason = $6,
              paid_at = CASE WHEN $7 THEN $8::timestamptz ELSE paid_at END,
              closed_on = CASE WHEN status IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN closed_on ELSE $9::date END,
              version = version + 1, updated_at = $8
        WHERE id = $1`,
      [caseId, u.status, u.stage, u.assigneeId, u.nextActionAt, u.holdReason, u.markPaid, u.now, u.closingDay],
    );
  }
}
