import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate, OpenPromise, PromiseFill } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

export type PaymentSource = 'MANUAL' | 'BANK';
export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';

/** payments as pg returns it (bigint as string or number, dates as 'YYYY-MM-DD' text). */
interface PaymentRow {
  id: string;
  case_id: string;
  amount_cents: string | number;
  currency: string;
  received_at: string;
  reference: string;
  source: PaymentSource;
  idempotency_key: string;
  recorded_by: string | null;
  created_at: Date;
}

export interface PaymentRecord {
  id: string;
  caseId: string;
  amountCents: number;
  currency: string;
  receivedAt: IsoDate;
  reference: string;
  source: PaymentSource;
  idempotencyKey: string;
  recordedBy: string | null;
  createdAt: Date;
}

const PAYMENT_COLUMNS = 'id, case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by, created_at';

const toPayment = (row: PaymentRow): PaymentRecord => ({
  id: row.id,
  caseId: row.case_id,
  amountCents: Number(row.amount_cents),
  currency: row.currency,
  receivedAt: row.received_at,
  reference: row.reference,
  source: row.source,
  idempotencyKey: row.idempotency_key,
  recordedBy: row.recorded_by,
  createdAt: row.created_at,
});

/** promises as pg returns it. */

/** The open promises of a case as the domain reads them (promisesFilledBy). */
interface OpenPromiseRow {
  id: string;
  due_date: string;
  installment: number | null;
  amount_cents: string | number;
  paid_cents: string | number;
}

const toOpenPromise = (row: OpenPromiseRow): OpenPromise => ({
  id: row.id,
  dueDate: row.due_date,
  installment: row.installment,
  amountCents: Number(row.amount_cents),
  paidTowardsCents: Number(row.paid_cents),
});

export interface NewPayment {
  caseId: string;
  amountCents: number;
  currency: string;
  receivedAt: IsoDate;
  reference: string;
  source: PaymentSource;
  idempotencyKey: string;
  recordedBy: string;
}

/** The parts of a payment the balance allocated it to (BGB 367 / the Danish order). */
export interface PaymentParts {
  paymentId: string;
  principalCents: number;
  interestCents: number;
  feesCents: number;
}

/** How a case reads after a payment: settled (PAID, closed, unassigned) or only one version on. */
export interface CaseAfterPayment {
  caseId: string;
  settled: boolean;
  assigneeId: string | null;
  /** When the payment was recorded: updated_at, and paid_at when settled. */
  at: Date;
  /** The reporting day of `at`: closed_on when settled. */
  closedOn: IsoDate;
}

/** Every statement on payments and promises, and the case and activity writes a payment makes. */
@Injectable()
export class PaymentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts a payment once per idempotency key; null when the key was used before (nothing written). */
  async insertPayment(payment: NewPayment, tx: Queryable = this.db): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO payments (case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [payment.caseId, payment.amountCents, payment.currency, payment.receivedAt, payment.reference, payment.source,
        payment.idempotencyKey, payment.recordedBy],
    );
    return rows[0]?.id ?? null;
  }

  /** What a manual payment is decided on besides the case and its balance: the earliest invoice date and the creditor's threshold. */
  async guardSnapshot(caseId: string, creditorId: string, tx: Queryable = this.db): Promise<{ earliestInvoiceDate: IsoDate | null; approvalThresholdCents: number | null }> {
    const rows: { earliest_invoice_date: string | null; threshold: string | number | null }[] = await tx.query(
      `SELECT (SELECT to_char(min(invoice_date), 'YYYY-MM-DD') FROM claims WHERE case_id = $1) AS earliest_invoice_date,
              (SELECT payment_approval_threshold_cents FROM creditors WHERE id = $2) AS threshold`,
      [caseId, creditorId],
    );
    const row = rows[0]!;
    return { earliestInvoiceDate: row.earliest_invoice_date, approvalThresholdCents: row.threshold === null ? null : Number(row.threshold) };
  }

  /** What the case's payments overpaid so far (to refund). */
  async overpaidOfCase(caseId: string, tx: Queryable = this.db): Promise<number> {
    const rows: { cents: string | number }[] = await tx.query(
      'SELECT coalesce(sum(overpaid_cents), 0) AS cents FROM payments WHERE case_id = $1', [caseId],
    );
    return Number(rows[0]!.cents);
  }

  /** What each case's payments overpaid (to refund), keyed by case id; 0 for a case without. */
  async overpaidOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, number>> {
    const out = new Map<string, number>(caseIds.map((id) => [id, 0]));
    if (caseIds.length === 0) return out;
    const rows: { case_id: string; cents: string | number }[] = await tx.query(
      `SELECT case_id, sum(overpaid_cents) AS cents FROM payments WHERE case_id = ANY($1::uuid[]) AND overpaid_cents > 0 GROUP BY case_id`,
      [caseIds],
    );
    for (const row of rows) out.set(row.case_id, Number(row.cents));
    return out;
  }

  /** Records what a payment paid beyond the balance (to refund). */
  async setOverpaid(paymentId: string, cents: number, tx: Queryable = this.db): Promise<void> {
    await tx.query('UPDATE payments SET overpaid_cents = $2 WHERE id = $1', [paymentId, cents]);
  }

  /** The payment an idempotency key recorded, if any. */
  async paymentByIdempotencyKey(idempotencyKey: string, tx: Queryable = this.db): Promise<PaymentRecord | null> {
    const rows: PaymentRow[] = await tx.query(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows[0] ? toPayment(rows[0]) : null;
  }

  /** A case's payments in the order the balance reads them: by day received, then as recorded. */
  async paymentsOfCase(caseId: string, tx: Queryable = this.db): Promise<PaymentRecord[]> {
    const rows: PaymentRow[] = await tx.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE case_id = $1 ORDER BY received_at, created_at`,
      [caseId],
    );
    return rows.map(toPayment);
  }

  /** A case's open promises, in the order they were read before (due date, installment, then as made). */
  async openPromisesOfCase(caseId: string, tx: Queryable = this.db): Promise<OpenPromise[]> {
    const rows: OpenPromiseRow[] = await tx.query(
      `SELECT id, due_date, installment, amount_cents, paid_cents FROM promises
        WHERE case_id = $1 AND status = 'OPEN' ORDER BY due_date, installment, created_at, id`,
      [caseId],
    );
    return rows.map(toOpenPromise);
  }

  /** Adds what a payment paid towards each promise; a kept promise is KEPT as of `resolvedAt`. One statement. */
  async fillPromises(fills: readonly PromiseFill[], resolvedAt: Date, tx: Queryable = this.db): Promise<void> {
    if (fills.length === 0) return;
    await tx.query(
      `UPDATE promises p SET paid_cents = p.paid_cents + x.applied,
              status = CASE WHEN x.kept THEN 'KEPT' ELSE p.status END,
              resolved_at = CASE WHEN x.kept THEN $4::timestamptz ELSE p.resolved_at END
         FROM unnest($1::uuid[], $2::bigint[], $3::boolean[]) AS x(id, applied, kept)
        WHERE p.id = x.id`,
      [fills.map((f) => f.id), fills.map((f) => f.appliedCents), fills.map((f) => f.kept), resolvedAt],
    );
  }

  /** Stores the allocated parts on each payment; rows that already hold them are not touched. */
  async storeParts(parts: readonly PaymentParts[], tx: Queryable = this.db): Promise<void> {
    if (parts.length === 0) return;
    await tx.query(
      `UPDATE payments p SET principal_cents = x.principal, interest_cents = x.interest, fees_cents = x.fees
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[]) AS x(id, principal, interest, fees)
        WHERE p.id = x.id AND (p.principal_cents, p.interest_cents, p.fees_cents) IS DISTINCT FROM (x.principal, x.interest, x.fees)`,
      [parts.map((x) => x.paymentId), parts.map((x) => x.principalCents), parts.map((x) => x.interestCents), parts.map((x) => x.feesCents)],
    );
  }

  /** Moves the case one version on; a settled case becomes PAID, closed on the day and leaves every queue. */
  async updateCaseAfterPayment(change: CaseAfterPayment, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `UPDATE cases SET version = version + 1, updated_at = $2,
              status = CASE WHEN $3 THEN 'PAID' ELSE status END,
              paid_at = CASE WHEN $3 THEN $2::timestamptz ELSE paid_at END,
              closed_on = CASE WHEN $3 THEN $5::date ELSE closed_on END,
              assignee_id = $4, next_action_at = CASE WHEN $3 THEN NULL ELSE next_action_at END
        WHERE id = $1`,
      [change.caseId, change.at, change.settled, change.assigneeId, change.closedOn],
    );
  }

  /** The SYSTEM activity that says a payment arrived. */
  async insertPaymentActivity(
    activity: { caseId: string; actorId: string; note: ActivityNote; occurredAt: Date }, tx: Queryable = this.db,
  ): Promise<void> {
    const { note, noteTexts } = noteColumns(activity.note);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at) VALUES ($1, $2, 'SYSTEM', $3, $4::jsonb, $5)`,
      [activity.caseId, activity.actorId, note, noteTexts, activity.occurredAt],
    );
  }
}
