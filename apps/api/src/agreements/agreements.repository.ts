import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DUNNING_PAUSING_PLAN_STATUSES, DUNNING_PAUSING_PROMISE_STATUSES, LIVE_SETTLEMENT_STATUSES, type AdjustmentKind, type IsoDate,
  type PaymentPlanStatus, type SettlementStatus,
} from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';
import { sqlList } from '../database/functions/sql-literals.js';

/**
 * The domain's dunningPausedByAgreement as a condition on the case `c`: an open promise to pay that
 * is not an installment of a plan, or a plan that runs and is not in default (the domain's statuses,
 * written in as literals). The dunning run's STEP_CASES and PER_CASE_CANDIDATES skip such cases;
 * test/agreements-dunning parity-checks it against the domain.
 */
export const AGREEMENT_PAUSES_DUNNING = `(
  EXISTS (SELECT 1 FROM promises ap WHERE ap.case_id = c.id AND ap.plan_id IS NULL
           AND ap.status IN (${sqlList(DUNNING_PAUSING_PROMISE_STATUSES)}))
  OR EXISTS (SELECT 1 FROM payment_plans apl WHERE apl.case_id = c.id AND apl.status IN (${sqlList(DUNNING_PAUSING_PLAN_STATUSES)})))`;

interface PlanRow {
  id: string; case_id: string; status: PaymentPlanStatus; fee_cents: string | number; created_at: Date; ended_at: Date | null;
  missed_to_default: number;
  installments: { id: string; due_date: string; amount_cents: number; paid_cents: number; status: 'OPEN' | 'KEPT' | 'BROKEN'; installment: number }[];
}

export interface InstallmentRecord {
  id: string;
  number: number;
  dueDate: IsoDate;
  amountCents: number;
  paidCents: number;
  status: 'OPEN' | 'KEPT' | 'BROKEN';
}

export interface PaymentPlanRecord {
  id: string;
  caseId: string;
  status: PaymentPlanStatus;
  feeCents: number;
  createdAt: Date;
  endedAt: Date | null;
  /** The creditor's number of missed installments that puts the plan in default. */
  missedToDefault: number;
  installments: InstallmentRecord[];
}

export type { SettlementStatus };

interface SettlementRow {
  id: string; case_id: string; amount_cents: string | number; open_cents: string | number; currency: string; valid_until: string;
  offered_on: string; status: SettlementStatus; offered_by: string | null; offered_by_name: string | null; decided_by: string | null;
  decided_at: Date | null; decline_reason: string | null; paid_at: Date | null; expired_at: Date | null; created_at: Date; case_ref: string | null;
  debtor_name: string | null; creditor_name: string | null; time_zone: string;
}

export interface SettlementRecord {
  id: string;
  caseId: string;
  amountCents: number;
  /** The open balance when it was offered. */
  openCents: number;
  currency: string;
  validUntil: IsoDate;
  offeredOn: IsoDate;
  status: SettlementStatus;
  offeredById: string | null;
  offeredByName: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
  paidAt: Date | null;
  expiredAt: Date | null;
  createdAt: Date;
  /** The creditor's time zone: its calendar day decides when the settlement expires. */
  timeZone: string;
  /** The debtor's reference. */
  caseRef: string | null;
  debtorName: string | null;
  creditorName: string | null;
}

const toSettlement = (r: SettlementRow): SettlementRecord => ({
  id: r.id, caseId: r.case_id, amountCents: Number(r.amount_cents), openCents: Number(r.open_cents), currency: r.currency.trim(),
  validUntil: r.valid_until, offeredOn: r.offered_on, status: r.status, offeredById: r.offered_by, offeredByName: r.offered_by_name,
  decidedById: r.decided_by, decidedAt: r.decided_at, declineReason: r.decline_reason, paidAt: r.paid_at, expiredAt: r.expired_at,
  createdAt: r.created_at, timeZone: r.time_zone, caseRef: r.case_ref, debtorName: r.debtor_name, creditorName: r.creditor_name,
});

const SETTLEMENT_SELECT = `
  SELECT s.id, s.case_id, s.amount_cents, s.open_cents, s.currency, to_char(s.valid_until, 'YYYY-MM-DD') AS valid_until,
         to_char(s.offered_on, 'YYYY-MM-DD') AS offered_on, s.status, s.offered_by, u.name AS offered_by_name, s.decided_by,
         s.decided_at, s.decline_reason, s.paid_at, s.expired_at, s.created_at, d.ref AS case_ref, d.name AS debtor_name,
         cr.name AS creditor_name, cr.time_zone
    FROM settlements s
    JOIN cases c ON c.id = s.case_id
    JOIN debtors d ON d.id = c.debtor_id
    JOIN creditors cr ON cr.id = c.creditor_id
    LEFT JOIN users u ON u.id = s.offered_by`;

/** A creditor's agreement settings. */
export interface AgreementPolicyRecord {
  creditorId: string;
  planDefaultMissedInstallments: number;
  settlementMinSharePercent: number;
}

/** Plans whose default the run found: the cases come back to their collector's queue. */
export interface DefaultedPlan { planId: string; caseId: string; assigneeId: string | null; creditorId: string }

/** A settlement the sweep expired. */
export interface ExpiredSettlement {
  id: string; caseId: string; status: 'PENDING_APPROVAL' | 'OFFERED'; amountCents: number; currency: string; validUntil: IsoDate;
  assigneeId: string | null; creditorId: string;
}

/** Payment plans, settlements and write-offs: every statement of the agreements feature. */
@Injectable()
export class AgreementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The latest plan of each case (a running one first), with its installments by number. */
  async latestPlansOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, PaymentPlanRecord>> {
    const rows: PlanRow[] = await tx.query(
      `SELECT DISTINCT ON (pl.case_id) pl.id, pl.case_id, pl.status, pl.fee_cents, pl.created_at, pl.ended_at,
              cr.plan_default_missed_installments AS missed_to_default,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'due_date', to_char(p.due_date, 'YYYY-MM-DD'),
                          'amount_cents', p.amount_cents, 'paid_cents', p.paid_cents, 'status', p.status, 'installment', p.installment)
                          ORDER BY p.installment, p.due_date)
                         FROM promises p WHERE p.plan_id = pl.id), '[]') AS installments
         FROM payment_plans pl
         JOIN cases c ON c.id = pl.case_id
         JOIN creditors cr ON cr.id = c.creditor_id
        WHERE pl.case_id = ANY($1::uuid[])
        ORDER BY pl.case_id, (pl.status = 'ACTIVE') DESC, pl.created_at DESC, pl.id`,
      [caseIds],
    );
    return new Map(rows.map((r) => [r.case_id, {
      id: r.id, caseId: r.case_id, status: r.status, feeCents: Number(r.fee_cents), createdAt: r.created_at, endedAt: r.ended_at,
      missedToDefault: r.missed_to_default,
      installments: r.installments.map((i) => ({
        id: i.id, number: i.installment, dueDate: i.due_date, amountCents: Number(i.amount_cents), paidCents: Number(i.paid_cents), status: i.status,
      })),
    }]));
  }

  /** Completes the case's running plan once every installment is kept (the domain's nextPlanStatus); returns its id. */
  async completePlans(caseId: string, at: Date, tx: Queryable): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      // A SELECT over the UPDATE: the driver answers a bare UPDATE with [rows, count].
      `WITH done AS (
         UPDATE payment_plans pl SET status = 'COMPLETED', ended_at = $2
          WHERE pl.case_id = $1 AND pl.status = 'ACTIVE'
            AND EXISTS (SELECT 1 FROM promises p WHERE p.plan_id = pl.id)
            AND NOT EXISTS (SELECT 1 FROM promises p WHERE p.plan_id = pl.id AND p.status <> 'KEPT')
         RETURNING pl.id)
       SELECT id FROM done`,
      [caseId, at],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Terminverlust, set-based (the domain's nextPlanStatus): running plans with at least the creditor's
   * number of missed (broken) installments are DEFAULTED at `at`; their open installments are broken
   * too (the whole balance falls due), and their cases come back to the collector's queue at once
   * with priority `priorityMax`. The dunning resumes, as the plan no longer holds it.
   */
  async defaultPlans(at: Date, priorityMax: number, tx: Queryable): Promise<DefaultedPlan[]> {
    const rows: { plan_id: string; case_id: string; assignee_id: string | null; creditor_id: string }[] = await tx.query(
      `WITH due AS (
         SELECT pl.id, pl.case_id
           FROM payment_plans pl
           JOIN cases c ON c.id = pl.case_id
           JOIN creditors cr ON cr.id = c.creditor_id
          WHERE pl.status = 'ACTIVE'
            AND (SELECT count(*) FROM promises p WHERE p.plan_id = pl.id AND p.status = 'BROKEN') >= cr.plan_default_missed_installments
          FOR UPDATE OF pl
       ),
       ended AS (
         UPDATE payment_plans pl SET status = 'DEFAULTED', ended_at = $1 FROM due WHERE pl.id = due.id RETURNING pl.id, pl.case_id
       ),
       rest AS (
         UPDATE promises p SET status = 'BROKEN', resolved_at = $1 FROM ended e WHERE p.plan_id = e.id AND p.status = 'OPEN' RETURNING p.id
       ),
       requeued AS (
         UPDATE cases c SET next_action_at = $1, priority = $2, version = c.version + 1, updated_at = now()
           FROM ended e WHERE c.id = e.case_id AND c.status = 'OPEN'
         RETURNING c.id, c.assignee_id, c.creditor_id
       )
       SELECT e.id AS plan_id, e.case_id, r.assignee_id, r.creditor_id
         FROM ended e JOIN requeued r ON r.id = e.case_id
        WHERE (SELECT count(*) FROM rest) IS NOT NULL`,
      [at, priorityMax],
    );
    return rows.map((r) => ({ planId: r.plan_id, caseId: r.case_id, assigneeId: r.assignee_id, creditorId: r.creditor_id }));
  }

  /** A SYSTEM timeline entry on a case. */
  async insertSystemActivity(caseId: string, text: ActivityNote, at: Date, actorId: string | null, tx: Queryable): Promise<void> {
    const { note, noteTexts } = noteColumns(text);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at) VALUES ($1, $2, 'SYSTEM', $3, $4::jsonb, $5)`,
      [caseId, actorId, note, noteTexts, at],
    );
  }

  async policy(creditorId: string, tx: Queryable = this.db): Promise<AgreementPolicyRecord | null> {
    const rows: { id: string; plan_default_missed_installments: number; settlement_min_share_percent: number }[] = await tx.query(
      `SELECT id, plan_default_missed_installments, settlement_min_share_percent FROM creditors WHERE id = $1`, [creditorId],
    );
    const r = rows[0];
    return r ? { creditorId: r.id, planDefaultMissedInstallments: r.plan_default_missed_installments, settlementMinSharePercent: r.settlement_min_share_percent } : null;
  }

  async updatePolicy(p: AgreementPolicyRecord, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE creditors SET plan_default_missed_installments = $2, settlement_min_share_percent = $3 WHERE id = $1`,
      [p.creditorId, p.planDefaultMissedInstallments, p.settlementMinSharePercent],
    );
  }

  /** The settlement that is waiting or offered on a case (at most one), else the latest one. */
  async settlementsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, SettlementRecord>> {
    const rows: SettlementRow[] = await tx.query(
      `${SETTLEMENT_SELECT}
        WHERE s.id IN (SELECT DISTINCT ON (x.case_id) x.id FROM settlements x WHERE x.case_id = ANY($1::uuid[])
                        ORDER BY x.case_id, (x.status = ANY($2::text[])) DESC, x.created_at DESC, x.id)`,
      [caseIds, LIVE_SETTLEMENT_STATUSES],
    );
    return new Map(rows.map((r) => [r.case_id, toSettlement(r)]));
  }

  async settlement(id: string, tx: Queryable, lock = false): Promise<SettlementRecord | null> {
    if (lock) await tx.query(`SELECT 1 FROM settlements WHERE id = $1 FOR UPDATE`, [id]);
    const rows: SettlementRow[] = await tx.query(`${SETTLEMENT_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ? toSettlement(rows[0]) : null;
  }

  /** The settlement waiting or offered on a case, locked. */
  async liveSettlement(caseId: string, tx: Queryable): Promise<SettlementRecord | null> {
    const ids: { id: string }[] = await tx.query(
      `SELECT id FROM settlements WHERE case_id = $1 AND status = ANY($2::text[]) FOR UPDATE`, [caseId, LIVE_SETTLEMENT_STATUSES],
    );
    return ids[0] ? this.settlement(ids[0].id, tx) : null;
  }

  /**
   * The case's latest settlement, locked, when it is live or expired: the one a payment may pay (an
   * expired one only if it had been offered: `decidedById` set).
   */
  async latestSettlementForPayment(caseId: string, tx: Queryable): Promise<SettlementRecord | null> {
    const ids: { id: string }[] = await tx.query(
      `SELECT id FROM settlements WHERE id = (
         SELECT x.id FROM settlements x WHERE x.case_id = $1 ORDER BY (x.status = ANY($2::text[])) DESC, x.created_at DESC, x.id LIMIT 1)
         AND (status = ANY($2::text[]) OR status = 'EXPIRED')
       FOR UPDATE`,
      [caseId, LIVE_SETTLEMENT_STATUSES],
    );
    return ids[0] ? this.settlement(ids[0].id, tx) : null;
  }

  /**
   * Settlements waiting for a lead, oldest first, of the given creditors (null: all), leaving out those
   * whose last day has passed in the creditor's zone as of `now` (expired, even before the sweep books it).
   */
  async pendingSettlements(creditorIds: readonly string[] | null, now: Date, tx: Queryable = this.db): Promise<SettlementRecord[]> {
    const rows: SettlementRow[] = await tx.query(
      `${SETTLEMENT_SELECT} WHERE s.status = 'PENDING_APPROVAL' AND ($1::uuid[] IS NULL OR c.creditor_id = ANY($1::uuid[]))
          AND s.valid_until >= ($2::timestamptz AT TIME ZONE cr.time_zone)::date
        ORDER BY s.created_at, s.id LIMIT 200`,
      [creditorIds, now],
    );
    return rows.map(toSettlement);
  }

  /**
   * Settlements that expired within the last `days` days (their last day then or later), newest first,
   * of the given creditors (null: all): those booked EXPIRED and live ones past their last day in the
   * creditor's zone as of `now` that the sweep has not booked yet.
   */
  async expiredSettlements(creditorIds: readonly string[] | null, now: Date, days: number, tx: Queryable = this.db): Promise<SettlementRecord[]> {
    const rows: SettlementRow[] = await tx.query(
      `${SETTLEMENT_SELECT}
        CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE cr.time_zone)::date AS today) t
        WHERE ($1::uuid[] IS NULL OR c.creditor_id = ANY($1::uuid[]))
          AND (s.status = 'EXPIRED' OR (s.status = ANY($4::text[]) AND s.valid_until < t.today))
          AND s.valid_until >= t.today - $3::int
        ORDER BY s.valid_until DESC, s.created_at DESC, s.id LIMIT 200`,
      [creditorIds, now, days, LIVE_SETTLEMENT_STATUSES],
    );
    return rows.map(toSettlement);
  }

  async insertSettlement(s: {
    caseId: string; amountCents: number; openCents: number; currency: string; validUntil: IsoDate; offeredOn: IsoDate;
    status: SettlementStatus; offeredBy: string; decidedBy: string | null; at: Date;
  }, tx: Queryable): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO settlements (case_id, amount_cents, open_cents, currency, valid_until, offered_on, status, offered_by, decided_by, decided_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9::uuid IS NULL THEN NULL ELSE $10::timestamptz END, $10) RETURNING id`,
      [s.caseId, s.amountCents, s.openCents, s.currency, s.validUntil, s.offeredOn, s.status, s.offeredBy, s.decidedBy, s.at],
    );
    return row!.id;
  }

  /** Approves (OFFERED) or declines a waiting settlement. */
  async decideSettlement(id: string, d: { status: 'OFFERED' | 'DECLINED'; by: string; at: Date; reason: string | null }, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE settlements SET status = $2, decided_by = $3, decided_at = $4, decline_reason = $5 WHERE id = $1`,
      [id, d.status, d.by, d.at, d.reason],
    );
  }

  /**
   * The expiry sweep, set-based (the domain's settlementExpired): live settlements whose last day is
   * before the creditor's calendar day at `now` become EXPIRED, at most `limit` of them; rows another
   * instance holds are skipped (FOR UPDATE SKIP LOCKED), so every settlement expires once.
   */
  async expireDueSettlements(now: Date, limit: number, tx: Queryable): Promise<ExpiredSettlement[]> {
    const rows: {
      id: string; case_id: string; status: 'PENDING_APPROVAL' | 'OFFERED'; amount_cents: string; currency: string; valid_until: string;
      assignee_id: string | null; creditor_id: string;
    }[] = await tx.query(
      `WITH due AS (
         SELECT s.id, s.status FROM settlements s JOIN cases c ON c.id = s.case_id JOIN creditors cr ON cr.id = c.creditor_id
          WHERE s.status = ANY($3::text[]) AND s.valid_until < ($1::timestamptz AT TIME ZONE cr.time_zone)::date
          ORDER BY s.valid_until, s.id LIMIT $2
            FOR UPDATE OF s SKIP LOCKED),
       expired AS (
         UPDATE settlements s SET status = 'EXPIRED', expired_at = $1 FROM due WHERE s.id = due.id
         RETURNING s.id, s.case_id, due.status, s.amount_cents, s.currency, to_char(s.valid_until, 'YYYY-MM-DD') AS valid_until)
       SELECT e.*, c.assignee_id, c.creditor_id FROM expired e JOIN cases c ON c.id = e.case_id`,
      [now, limit, LIVE_SETTLEMENT_STATUSES],
    );
    return rows.map((r) => ({
      id: r.id, caseId: r.case_id, status: r.status, amountCents: Number(r.amount_cents), currency: r.currency.trim(), validUntil: r.valid_until,
      assigneeId: r.assignee_id, creditorId: r.creditor_id,
    }));
  }

  /** Expires one live settlement (found past its last day on approval or a new offer). */
  async markSettlementExpired(id: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE settlements SET status = 'EXPIRED', expired_at = $2 WHERE id = $1 AND status = ANY($3::text[])`, [id, at, LIVE_SETTLEMENT_STATUSES]);
  }

  /** Marks a settlement PAID (an expired one keeps its expired_at as history). */
  async markSettlementPaid(id: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE settlements SET status = 'PAID', paid_at = $2 WHERE id = $1`, [id, at]);
  }

  /** The payments of a case (amount, day received), oldest first. */
  async paymentsOfCase(caseId: string, tx: Queryable): Promise<{ amountCents: number; receivedOn: IsoDate }[]> {
    const rows: { amount_cents: string | number; received_on: string }[] = await tx.query(
      `SELECT amount_cents, to_char(received_at, 'YYYY-MM-DD') AS received_on FROM payments WHERE case_id = $1 ORDER BY received_at, created_at`,
      [caseId],
    );
    return rows.map((r) => ({ amountCents: Number(r.amount_cents), receivedOn: r.received_on }));
  }

  /** Books a write-off or adjustment in `adjustments`: its own booking, never a negative payment. */
  async insertAdjustment(a: {
    caseId: string; kind: Exclude<AdjustmentKind, 'DISPUTE_REDUCTION'>; amountCents: number; bookedOn: IsoDate; reason: string;
    settlementId: string | null; createdBy: string | null;
  }, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO adjustments (case_id, kind, amount_cents, booked_on, reason, settlement_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.caseId, a.kind, a.amountCents, a.bookedOn, a.reason, a.settlementId, a.createdBy],
    );
  }
}
