import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BALANCE_LINE_ADJUSTMENT_KINDS, balanceAdjustmentKindOf, type AdjustmentKind } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';

export interface ClaimRecord {
  id: string;
  caseId: string;
  reference: string;
  principalCents: number;
  currency: string;
  invoiceDate: string;
  dueDate: string;
  defaultDate: string | null;
  /** goods_services or other (BGB 288(2) margin); null: a business invoice counts as goods or services. */
  claimKind: 'goods_services' | 'other' | null;
  contractDate: string | null;
  /** The due date was fixed in advance (renteloven 3(1)). */
  dueDateFixed: boolean;
  /** The day the obligation arose: the contract date, else the invoice date (BGB 366(2), EGBGB Art. 229 section 34). */
  arisenOn: string;
}
interface ClaimRow {
  id: string; case_id: string; reference: string; principal_cents: number; currency: string; invoice_date: string;
  due_date: string; default_date: string | null; claim_kind: 'goods_services' | 'other' | null; contract_date: string | null;
  due_date_fixed: boolean; arisen_on: string;
}
const toClaim = (r: ClaimRow): ClaimRecord => ({
  id: r.id, caseId: r.case_id, reference: r.reference, principalCents: Number(r.principal_cents), currency: r.currency,
  invoiceDate: r.invoice_date, dueDate: r.due_date, defaultDate: r.default_date,
  claimKind: r.claim_kind, contractDate: r.contract_date, dueDateFixed: r.due_date_fixed, arisenOn: r.arisen_on,
});

export interface FeeRecord {
  caseId: string;
  label: string;
  amountCents: number;
  chargedOn: string;
  /** An agency's costs of legal pursuit: the BGB 288(5) flat is credited against them. */
  collectionCost: boolean;
}
interface FeeRow { case_id: string; label: string; amount_cents: number; charged_on: string; collection_cost: boolean }
const toFee = (r: FeeRow): FeeRecord => ({
  caseId: r.case_id, label: r.label, amountCents: Number(r.amount_cents), chargedOn: r.charged_on, collectionCost: r.collection_cost,
});

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

/** Groups rows by case id, every asked id present (empty when it has none), in the rows' order. */
interface AdjustmentRow { case_id: string; kind: AdjustmentKind; amount_cents: string | number; booked_on: string; reason: string }

/** A write-off or adjustment as a line of the balance: lowers the balance, never a payment. */
export interface AdjustmentRecord {
  caseId: string;
  /** As the balance shows it (a settlement's write-off is a WRITE_OFF line). */
  kind: 'WRITE_OFF' | 'ADJUSTMENT';
  amountCents: number;
  bookedOn: string;
  reason: string;
}

function byCase<T extends { caseId: string }>(caseIds: readonly string[], records: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>(caseIds.map((id) => [id, []]));
  for (const r of records) out.get(r.caseId)?.push(r);
  return out;
}

/**
 * What the Case fields and the balance read per batch of cases: claims and fees, and the
 * case-facing reads of payments and promises (the payments feature writes them).
 */
@Injectable()
export class CaseDetailsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The claims of cases, by due date and reference, per case. */
  async claimsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, ClaimRecord[]>> {
    const rows: ClaimRow[] = await tx.query(
      `SELECT id, case_id, reference, principal_cents, currency, invoice_date, due_date, default_date,
              claim_kind, contract_date, due_date_fixed,
              coalesce(contract_date, invoice_date) AS arisen_on
         FROM claims WHERE case_id = ANY($1::uuid[]) ORDER BY due_date, reference`,
      [caseIds],
    );
    return byCase(caseIds, rows.map(toClaim));
  }

  /** The fees charged on cases, by charge date, per case. */
  async feesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, FeeRecord[]>> {
    const rows: FeeRow[] = await tx.query(
      'SELECT case_id, label, amount_cents, charged_on, collection_cost FROM fees WHERE case_id = ANY($1::uuid[]) ORDER BY charged_on',
      [caseIds],
    );
    return byCase(caseIds, rows.map(toFee));
  }

  /**
   * The bookings of `adjustments` that are lines of the balance (the domain's BALANCE_LINE_ADJUSTMENT_KINDS:
   * write-offs and adjustments, not the dispute reductions already taken off the claims' principal),
   * oldest first, per case.
   */
  async adjustmentsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, AdjustmentRecord[]>> {
    const rows: AdjustmentRow[] = await tx.query(
      `SELECT case_id, kind, amount_cents, to_char(booked_on, 'YYYY-MM-DD') AS booked_on, reason
         FROM adjustments WHERE case_id = ANY($1::uuid[]) AND kind = ANY($2::text[]) ORDER BY booked_on, created_at, id`,
      [caseIds, BALANCE_LINE_ADJUSTMENT_KINDS],
    );
    return byCase(caseIds, rows.flatMap((r) => {
      const kind = balanceAdjustmentKindOf(r.kind);
      return kind ? [{ caseId: r.case_id, kind, amountCents: Number(r.amount_cents), bookedOn: r.booked_on, reason: r.reason }] : [];
    }));
  }

  /** The payments on cases, oldest first (received, then recorded), per case. */
  async paymentsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, CasePaymentRecord[]>> {
    const rows: PaymentRow[] = await tx.query(
      `SELECT id, case_id, amount_cents, currency, received_at, reference, source, created_at
         FROM payments WHERE case_id = ANY($1::uuid[]) ORDER BY received_at, created_at`,
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
}
