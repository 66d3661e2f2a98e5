import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStatus, DebtorKind, DunningStage, OutcomeType } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { Queryable } from '../database/queryable.js';
import type { CreditorRecord } from '../creditors/creditors.repository.js';

/** The activity channels. */
export type Channel = 'PHONE' | 'LETTER' | 'EMAIL' | 'SMS' | 'SYSTEM';
export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';

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
      timeZone: row.debtor_time_zone,
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

export interface ClaimRecord {
  id: string;
  caseId: string;
  reference: string;
  principalCents: number;
  currency: string;
  invoiceDate: string;
  dueDate: string;
  defaultDate: string | null;
}
interface ClaimRow {
  id: string; case_id: string; reference: string; principal_cents: number; currency: string; invoice_date: string;
  due_date: string; default_date: string | null;
}
const toClaim = (r: ClaimRow): ClaimRecord => ({
  id: r.id, caseId: r.case_id, reference: r.reference, principalCents: Number(r.principal_cents), currency: r.currency,
  invoiceDate: r.invoice_date, dueDate: r.due_date, defaultDate: r.default_date,
});

export interface FeeRecord {
  caseId: string;
  label: string;
  amountCents: number;
  chargedOn: string;
}
interface FeeRow { case_id: string; label: string; amount_cents: number; charged_on: string; }
const toFee = (r: FeeRow): FeeRecord => ({ caseId: r.case_id, label: r.label, amountCents: Number(r.amount_cents), chargedOn: r.charged_on });

/** A payment as the case shows it. */
export interface CasePaymentRecord {
  id: string;
  caseId: string;
  amountCents: number;
  currency: string;
  receivedAt: string;
  reference: string;
  source: string;
  createdAt: Date;
}
interface PaymentRow {
  id: string; case_id: string; amount_cents: number; currency: string; received_at: string; reference: string; source: string;
  created_at: Date;
}
const toPayment = (r: PaymentRow): CasePaymentRecord => ({
  id: r.id, caseId: r.case_id, amountCents: Number(r.amount_cents), currency: r.currency, receivedAt: r.received_at,
  reference: r.reference, source: r.source, createdAt: r.created_at,
});

/** A promise to pay (or a payment plan's installment) as the case shows it. */
export interface CasePromiseRecord {
  id: string;
  caseId: string;
  amountCents: number;
  paidCents: number;
  dueDate: string;
  status: PromiseStatus;
  installment: number | null;
}
interface PromiseRow {
  id: string; case_id: string; amount_cents: number; paid_cents: number; due_date: string; status: PromiseStatus;
  installment: number | null;
}
const toPromise = (r: PromiseRow): CasePromiseRecord => ({
  id: r.id, caseId: r.case_id, amountCents: Number(r.amount_cents), paidCents: Number(r.paid_cents), dueDate: r.due_date,
  status: r.status, installment: r.installment,
});

/** A letter to a case's debtor for its creditor. */
export interface CaseLetterRecord {
  id: string;
  caseId: string;
  writtenOn: string;
  status: string;
  contentSha256: string | null;
  pdfSha256: string | null;
}
interface LetterRow {
  id: string; case_id: string; written_on: string; status: string; content_sha256: string | null; pdf_sha256: string | null;
}

/** One entry of a case's timeline, before the service words the system entries. */
export interface ActivityRecord {
  id: string;
  channel: Channel;
  outcome: OutcomeType | null;
  note: string;
  occurredAt: Date;
  actor: CaseUserRecord | null;
}
interface ActivityRow {
  id: string; channel: Channel; outcome: OutcomeType | null; note: string; occurred_at: Date; actor_id: string | null;
  actor_email: string | null; actor_name: string | null; actor_role: Role | null; actor_capacity: number | null;
  actor_team_id: string | null; actor_team_name: string | null;
}
export interface DunningStepRecord {
  id: string;
  toStage: DunningStage;
  feeCents: number;
  currency: string;
  steppedOn: string;
  createdAt: Date;
}
export interface BrokenPromiseRecord {
  id: string;
  amountCents: number;
  currency: string;
  dueDate: string;
  installment: number | null;
  resolvedAt: Date;
}

/** A new activity row (every column, `handling_seconds` too). */
export interface NewActivity {
  caseId: string;
  actorId: string | null;
  channel: Channel;
  outcome: OutcomeType | null;
  note: string;
  occurredAt: Date;
  handlingSeconds: number | null;
}

/** A new open promise (or installment) recorded with an outcome. */
export interface NewPromise {
  caseId: string;
  activityId: string;
  amountCents: number;
  dueDate: string;
  installment: number | null;
  createdBy: string;
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

/** Groups rows by case id, every asked id present (empty when it has none), in the rows' order. */
function byCase<T extends { caseId: string }>(caseIds: readonly string[], records: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>(caseIds.map((id) => [id, []]));
  for (const r of records) out.get(r.caseId)?.push(r);
  return out;
}

/** Every statement on cases, their claims, fees and timeline, and the case-facing reads of payments, promises and letters. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One case with creditor, debtor and assignee, or null. */
  async findCase(id: string, tx: Queryable = this.db): Promise<CaseRecord | null> {
    const [row]: CaseRow[] = await tx.query(`${CASE_SELECT} WHERE c.id = $1`, [id]);
    return row ? toCaseRecord(row) : null;
  }

  /** Takes the case's row lock for a change in the caller's transaction; false when there is no such case. */
  async lockCase(id: string, tx: Queryable): Promise<boolean> {
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

  /** The claims of cases, by due date and reference, per case. */
  async claimsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, ClaimRecord[]>> {
    const rows: ClaimRow[] = await tx.query(
      `SELECT id, case_id, reference, principal_cents, currency, invoice_date, due_date, default_date
         FROM claims WHERE case_id = ANY($1::uuid[]) ORDER BY due_date, reference`,
      [caseIds],
    );
    return byCase(caseIds, rows.map(toClaim));
  }

  /** The fees charged on cases, by charge date, per case. */
  async feesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, FeeRecord[]>> {
    const rows: FeeRow[] = await tx.query(
      'SELECT case_id, label, amount_cents, charged_on FROM fees WHERE case_id = ANY($1::uuid[]) ORDER BY charged_on',
      [caseIds],
    );
    return byCase(caseIds, rows.map(toFee));
  }

  /** The payments on cases, oldest first (`newestFirst` for the case's list), per case. */
  async paymentsOfCases(
    caseIds: readonly string[],
    tx: Queryable = this.db,
    newestFirst = false,
  ): Promise<Map<string, CasePaymentRecord[]>> {
    const order = newestFirst ? 'received_at DESC, created_at DESC' : 'received_at, created_at';
    const rows: PaymentRow[] = await tx.query(
      `SELECT id, case_id, amount_cents, currency, received_at, reference, source, created_at
         FROM payments WHERE case_id = ANY($1::uuid[]) ORDER BY ${order}`,
      [caseIds],
    );
    return byCase(caseIds, rows.map(toPayment));
  }

  /** The promises and installments of cases, by due date and installment, per case. */
  async promisesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, CasePromiseRecord[]>> {
    const rows: PromiseRow[] = await tx.query(
      `SELECT id, case_id, amount_cents, paid_cents, due_date, status, installment
         FROM promises WHERE case_id = ANY($1::uuid[]) ORDER BY due_date, installment`,
      [caseIds],
    );
    return byCase(caseIds, rows.map(toPromise));
  }

  /**
   * The letters to each case's debtor for its creditor, newest first, per case. (Until the letters
   * feature reads them per batch of cases itself.)
   */
  async lettersOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, CaseLetterRecord[]>> {
    const rows: LetterRow[] = await tx.query(
      `SELECT l.id, c.id AS case_id, l.written_on, l.status, l.content_sha256, l.pdf_sha256
         FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id
        WHERE c.id = ANY($1::uuid[]) ORDER BY l.written_on DESC, l.created_at DESC`,
      [caseIds],
    );
    return byCase(caseIds, rows.map((r) => ({
      id: r.id, caseId: r.case_id, writtenOn: r.written_on, status: r.status, contentSha256: r.content_sha256, pdfSha256: r.pdf_sha256,
    })));
  }

  /** The case's activities (contacts, letters, notes) with their actors. */
  async activitiesOfCase(caseId: string, tx: Queryable = this.db): Promise<ActivityRecord[]> {
    const rows: ActivityRow[] = await tx.query(
      `SELECT a.id, a.channel, a.outcome, a.note, a.occurred_at, a.actor_id,
              u.email AS actor_email, u.name AS actor_name, u.role AS actor_role, u.capacity AS actor_capacity,
              u.team_id AS actor_team_id, t.name AS actor_team_name
         FROM activities a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN teams t ON t.id = u.team_id
        WHERE a.case_id = $1`,
      [caseId],
    );
    return rows.map((r) => ({
      id: r.id, channel: r.channel, outcome: r.outcome, note: r.note, occurredAt: r.occurred_at,
      actor: r.actor_id === null ? null : {
        id: r.actor_id, email: r.actor_email!, name: r.actor_name!, role: r.actor_role!, capacity: r.actor_capacity!,
        teamId: r.actor_team_id, team: r.actor_team_id === null ? null : { id: r.actor_team_id, name: r.actor_team_name! },
      },
    }));
  }

  /** The dunning run's stage steps of a case (kept in dunning_steps), with when their run started. */
  async dunningStepsOfCase(caseId: string, tx: Queryable = this.db): Promise<DunningStepRecord[]> {
    const rows: { id: string; to_stage: DunningStage; fee_cents: number; currency: string; stepped_on: string; created: Date }[] =
      await tx.query(
        `SELECT s.id, s.to_stage, s.fee_cents, c.currency, s.stepped_on, r.started_at AS created
           FROM dunning_steps s JOIN dunning_runs r ON r.id = s.run_id JOIN cases c ON c.id = s.case_id
          WHERE s.case_id = $1`,
        [caseId],
      );
    return rows.map((s) => ({
      id: s.id, toStage: s.to_stage, feeCents: Number(s.fee_cents), currency: s.currency, steppedOn: s.stepped_on, createdAt: s.created,
    }));
  }

  /** The promises of a case marked as broken, with the case's currency. */
  async brokenPromisesOfCase(caseId: string, tx: Queryable = this.db): Promise<BrokenPromiseRecord[]> {
    const rows: { id: string; amount_cents: number; currency: string; due_date: string; installment: number | null; resolved_at: Date }[] =
      await tx.query(
        `SELECT p.id, p.amount_cents, c.currency, p.due_date, p.installment, p.resolved_at
           FROM promises p JOIN cases c ON c.id = p.case_id
          WHERE p.case_id = $1 AND p.status = 'BROKEN'`,
        [caseId],
      );
    return rows.map((p) => ({
      id: p.id, amountCents: Number(p.amount_cents), currency: p.currency, dueDate: p.due_date, installment: p.installment,
      resolvedAt: p.resolved_at,
    }));
  }

  /** Writes an activity (every column) and returns its id. */
  async insertActivity(a: NewActivity, tx: Queryable): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, outcome, note, occurred_at, handling_seconds)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [a.caseId, a.actorId, a.channel, a.outcome, a.note, a.occurredAt, a.handlingSeconds],
    );
    return row!.id;
  }

  /** Writes open promises (a promise to pay, or a payment plan's installments). */
  async insertPromises(promises: readonly NewPromise[], tx: Queryable): Promise<void> {
    if (promises.length === 0) return;
    await tx.query(
      `INSERT INTO promises (case_id, activity_id, amount_cents, due_date, installment, status, created_by)
       SELECT case_id, activity_id, amount_cents, due_date, installment, 'OPEN', created_by
         FROM unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::date[], $5::int[], $6::uuid[])
           AS p(case_id, activity_id, amount_cents, due_date, installment, created_by)`,
      [
        promises.map((p) => p.caseId), promises.map((p) => p.activityId), promises.map((p) => p.amountCents),
        promises.map((p) => p.dueDate), promises.map((p) => p.installment), promises.map((p) => p.createdBy),
      ],
    );
  }

  /**
   * The state after a recorded outcome: a case that closes (paid, uncollectible, legal) closes on
   * `closingDay`; one that stays open has no closing day (the cases_closed_on trigger clears it).
   */
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
