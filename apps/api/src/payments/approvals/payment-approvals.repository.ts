import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate, PaymentApprovalReason } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../../database/queryable.js';

export type PaymentApprovalKind = 'PAYMENT' | 'PAID_OUTCOME';
export type PaymentApprovalStatus = 'PENDING' | 'APPROVED' | 'DECLINED';

interface ApprovalRow {
  id: string;
  kind: PaymentApprovalKind;
  case_id: string;
  debtor_ref: string;
  debtor_name: string;
  status: PaymentApprovalStatus;
  reasons: PaymentApprovalReason[];
  amount_cents: string | number | null;
  currency: string | null;
  received_at: string | null;
  reference: string | null;
  idempotency_key: string | null;
  note: string | null;
  channel: string | null;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decline_reason: string | null;
  payment_id: string | null;
}

export interface PaymentApprovalRecord {
  id: string;
  kind: PaymentApprovalKind;
  caseId: string;
  debtorRef: string;
  debtorName: string;
  status: PaymentApprovalStatus;
  reasons: PaymentApprovalReason[];
  amountCents: number | null;
  currency: string | null;
  receivedAt: IsoDate | null;
  reference: string | null;
  /** The stored (scoped) key of a payment's approval. */
  idempotencyKey: string | null;
  note: string | null;
  channel: string | null;
  requestedBy: string;
  requestedByName: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  declineReason: string | null;
  paymentId: string | null;
}

const toApproval = (r: ApprovalRow): PaymentApprovalRecord => ({
  id: r.id, kind: r.kind, caseId: r.case_id, debtorRef: r.debtor_ref, debtorName: r.debtor_name, status: r.status, reasons: r.reasons,
  amountCents: r.amount_cents === null ? null : Number(r.amount_cents), currency: r.currency, receivedAt: r.received_at,
  reference: r.reference, idempotencyKey: r.idempotency_key, note: r.note, channel: r.channel,
  requestedBy: r.requested_by, requestedByName: r.requested_by_name, requestedAt: r.requested_at,
  decidedBy: r.decided_by, decidedByName: r.decided_by_name, decidedAt: r.decided_at, declineReason: r.decline_reason, paymentId: r.payment_id,
});

const SELECT = `
  SELECT a.id, a.kind, a.case_id, d.ref AS debtor_ref, d.name AS debtor_name, a.status, a.reasons, a.amount_cents, a.currency,
         to_char(a.received_at, 'YYYY-MM-DD') AS received_at, a.reference, a.idempotency_key, a.note, a.channel,
         a.requested_by, ru.name AS requested_by_name, a.requested_at, a.decided_by, du.name AS decided_by_name, a.decided_at,
         a.decline_reason, a.payment_id
    FROM payment_approvals a
    JOIN cases c ON c.id = a.case_id
    JOIN debtors d ON d.id = c.debtor_id
    JOIN users ru ON ru.id = a.requested_by
    LEFT JOIN users du ON du.id = a.decided_by`;

export interface NewPaymentApproval {
  kind: PaymentApprovalKind;
  caseId: string;
  reasons: readonly PaymentApprovalReason[];
  amountCents?: number;
  currency?: string;
  receivedAt?: IsoDate;
  reference?: string;
  idempotencyKey?: string | null;
  note?: string | null;
  channel?: string | null;
  requestedBy: string;
  requestedAt: Date;
}

export interface ApprovalDecision {
  status: 'APPROVED' | 'DECLINED';
  by: string;
  at: Date;
  declineReason?: string | null;
  paymentId?: string | null;
}

/** Every statement on payment_approvals: a manual payment or a PAID outcome waiting for a second person. */
@Injectable()
export class PaymentApprovalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a pending approval; null when its idempotency key asked before (nothing written). */
  async insert(a: NewPaymentApproval, tx: Queryable = this.db): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO payment_approvals (kind, case_id, reasons, amount_cents, currency, received_at, reference, idempotency_key, note, channel,
                                      requested_by, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [a.kind, a.caseId, a.reasons, a.amountCents ?? null, a.currency ?? null, a.receivedAt ?? null, a.reference ?? null,
        a.idempotencyKey ?? null, a.note ?? null, a.channel ?? null, a.requestedBy, a.requestedAt],
    );
    return rows[0]?.id ?? null;
  }

  async byId(id: string, tx: Queryable = this.db): Promise<PaymentApprovalRecord | null> {
    const rows: ApprovalRow[] = await tx.query(`${SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? toApproval(rows[0]) : null;
  }

  /** Takes the approval's row lock for a decision in the caller's transaction; false when there is none. */
  async lock(id: string, tx: Queryable): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT id FROM payment_approvals WHERE id = $1 FOR UPDATE', [id]);
    return rows.length > 0;
  }

  async byIdempotencyKey(key: string, tx: Queryable = this.db): Promise<PaymentApprovalRecord | null> {
    const rows: ApprovalRow[] = await tx.query(`${SELECT} WHERE a.idempotency_key = $1`, [key]);
    return rows[0] ? toApproval(rows[0]) : null;
  }

  /** The pending PAID outcome of a case, if one waits. */
  async pendingPaidOutcome(caseId: string, tx: Queryable = this.db): Promise<PaymentApprovalRecord | null> {
    const rows: ApprovalRow[] = await tx.query(
      `${SELECT} WHERE a.case_id = $1 AND a.kind = 'PAID_OUTCOME' AND a.status = 'PENDING'`, [caseId],
    );
    return rows[0] ? toApproval(rows[0]) : null;
  }

  /** Every pending approval, oldest first. */
  async pending(tx: Queryable = this.db): Promise<PaymentApprovalRecord[]> {
    const rows: ApprovalRow[] = await tx.query(`${SELECT} WHERE a.status = 'PENDING' ORDER BY a.requested_at, a.id`);
    return rows.map(toApproval);
  }

  /** The pending approvals of cases, keyed by case id (oldest first). */
  async pendingOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, PaymentApprovalRecord[]>> {
    const out = new Map<string, PaymentApprovalRecord[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return out;
    const rows: ApprovalRow[] = await tx.query(
      `${SELECT} WHERE a.case_id = ANY($1::uuid[]) AND a.status = 'PENDING' ORDER BY a.requested_at, a.id`, [caseIds],
    );
    for (const row of rows) out.get(row.case_id)?.push(toApproval(row));
    return out;
  }

  async decide(id: string, d: ApprovalDecision, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE payment_approvals SET status = $2, decided_by = $3, decided_at = $4, decline_reason = $5, payment_id = $6
        WHERE id = $1 AND status = 'PENDING'`,
      [id, d.status, d.by, d.at, d.declineReason ?? null, d.paymentId ?? null],
    );
  }
}
