import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimKind, Country, DebtorKind, IsoDate, PriorityWeights } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** What intake needs to know of a creditor to place its cases. */
export interface IntakeCreditorRecord {
  id: string;
  ref: string;
  country: Country;
  currency: string;
  timeZone: string;
  letterLanguage: string;
  priorityWeights: PriorityWeights | null;
}

interface IntakeCreditorRow {
  id: string;
  ref: string;
  country: Country;
  currency: string;
  time_zone: string;
  letter_language: string;
  priority_weights: PriorityWeights | null;
}

export interface NewDebtor {
  id: string;
  /** Creditor-qualified: `<creditor ref>/<debtor ref>` (debtors.ref is unique across creditors). */
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

export interface NewCase {
  id: string;
  creditorId: string;
  debtorId: string;
  priority: number;
  openCents: number;
  principalOpenCents: number;
  currency: string;
  oldestDueDate: IsoDate;
  placedAt: IsoDate;
  /** The case's limitation snapshot (null: no end yet). */
  limitationDate: IsoDate | null;
  /** The import job that places the case (null for createCase). */
  caseImportId?: string | null;
}

export interface NewClaim {
  id: string;
  caseId: string;
  creditorId: string;
  reference: string;
  principalCents: number;
  currency: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  contractSubject: string | null;
  contractDate: IsoDate | null;
  claimKind: ClaimKind | null;
  remindersSent: number | null;
  /** Null: not stated (stored as agreed in advance, renteloven 3(1)). */
  dueDateFixed: boolean | null;
}

/** A case's figures after claims were added to it. */
export interface CaseFiguresUpdate {
  id: string;
  priority: number;
  openCents: number;
  principalOpenCents: number;
  oldestDueDate: IsoDate;
  limitationDate: IsoDate | null;
}

/** The claims of a case as its balance needs them. */
export interface IntakeClaimRecord {
  caseId: string;
  debtorKind: DebtorKind;
  reference: string;
  principalCents: number;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  invoiceDate: IsoDate;
  contractDate: IsoDate | null;
  claimKind: 'goods_services' | 'other' | null;
  dueDateFixed: boolean;
}

/** The statements that place cases: creditors, debtors, cases and claims, the invoices placed before. */
@Injectable()
export class IntakeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async creditors(tx: Queryable = this.db): Promise<IntakeCreditorRecord[]> {
    const rows: IntakeCreditorRow[] = await tx.query(
      'SELECT id, ref, country, currency, time_zone, letter_language, priority_weights FROM creditors ORDER BY ref',
    );
    return rows.map((r) => ({
      id: r.id, ref: r.ref, country: r.country, currency: r.currency, timeZone: r.time_zone, letterLanguage: r.letter_language,
      priorityWeights: r.priority_weights,
    }));
  }

  /** Every team: new cases in the pool change every team board's pool. */
  async teamIds(tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM teams ORDER BY id');
    return rows.map((r) => r.id);
  }

  /**
   * Registers each (creditor, invoice reference) once and returns the claim ids whose reference was
   * new; the others are duplicates. The primary key decides, so concurrent imports cannot both win.
   */
  async registerInvoices(tx: Queryable, claims: readonly Pick<NewClaim, 'id' | 'creditorId' | 'reference'>[]): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const rows: { claim_id: string }[] = await tx.query(
      `INSERT INTO creditor_invoices (creditor_id, invoice_ref, claim_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[])
       ON CONFLICT DO NOTHING RETURNING claim_id`,
      [claims.map((c) => c.creditorId), claims.map((c) => c.reference), claims.map((c) => c.id)],
    );
    return new Set(rows.map((r) => r.claim_id));
  }

  /**
   * Debtors by their (creditor-qualified) refs, each with the case the import job opened for them
   * already (one case per debtor per file), if any.
   */
  async debtorsWithImportCase(tx: Queryable, importId: string, refs: readonly string[]): Promise<Map<string, { debtorId: string; caseId: string | null }>> {
    if (refs.length === 0) return new Map();
    const rows: { ref: string; id: string; case_id: string | null }[] = await tx.query(
      `SELECT d.ref, d.id, (SELECT c.id FROM cases c WHERE c.debtor_id = d.id AND c.case_import_id = $2 LIMIT 1) AS case_id
         FROM debtors d WHERE d.ref = ANY($1::text[])`,
      [refs, importId],
    );
    return new Map(rows.map((r) => [r.ref, { debtorId: r.id, caseId: r.case_id }]));
  }

  /** Ids of debtors by their (creditor-qualified) refs. */
  async debtorIdsByRef(tx: Queryable, refs: readonly string[]): Promise<Map<string, string>> {
    if (refs.length === 0) return new Map();
    const rows: { id: string; ref: string }[] = await tx.query('SELECT id, ref FROM debtors WHERE ref = ANY($1::text[])', [refs]);
    return new Map(rows.map((r) => [r.ref, r.id]));
  }

  /** Inserts debtors; a ref another transaction inserted meanwhile is skipped (the caller reads its id). */
  async insertDebtors(tx: Queryable, debtors: readonly NewDebtor[]): Promise<Set<string>> {
    if (debtors.length === 0) return new Set();
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO debtors (id, ref, name, kind, country, email, phone, address, language, time_zone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                            $9::text[], $10::text[])
       ON CONFLICT (ref) DO NOTHING RETURNING id`,
      [
        debtors.map((d) => d.id), debtors.map((d) => d.ref), debtors.map((d) => d.name), debtors.map((d) => d.kind),
        debtors.map((d) => d.country), debtors.map((d) => d.email), debtors.map((d) => d.phone), debtors.map((d) => d.address),
        debtors.map((d) => d.language), debtors.map((d) => d.timeZone),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** New open cases in the first stage, unassigned: they join the claimable pool at once. */
  async insertCases(tx: Queryable, cases: readonly NewCase[]): Promise<void> {
    if (cases.length === 0) return;
    await tx.query(
      `INSERT INTO cases (id, creditor_id, debtor_id, stage, priority, open_cents, principal_open_cents, currency,
                          oldest_due_date, placed_at, stage_entered_on, case_import_id, limitation_date)
       SELECT id, creditor_id, debtor_id, 'REMINDER', priority, open_cents, principal_open_cents, currency, oldest_due_date,
              placed_at, placed_at, case_import_id, limitation_date
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::bigint[], $6::bigint[], $7::text[], $8::date[], $9::date[],
                     $10::uuid[], $11::date[])
           AS n(id, creditor_id, debtor_id, priority, open_cents, principal_open_cents, currency, oldest_due_date, placed_at,
                case_import_id, limitation_date)`,
      [
        cases.map((c) => c.id), cases.map((c) => c.creditorId), cases.map((c) => c.debtorId), cases.map((c) => c.priority),
        cases.map((c) => c.openCents), cases.map((c) => c.principalOpenCents), cases.map((c) => c.currency),
        cases.map((c) => c.oldestDueDate), cases.map((c) => c.placedAt), cases.map((c) => c.caseImportId ?? null),
        cases.map((c) => c.limitationDate ?? 'infinity'),
      ],
    );
  }

  async insertClaims(tx: Queryable, claims: readonly NewClaim[]): Promise<void> {
    if (claims.length === 0) return;
    await tx.query(
      `INSERT INTO claims (id, case_id, reference, principal_cents, currency, invoice_date, due_date, default_date,
                           contract_subject, contract_date, claim_kind, reminders_sent, due_date_fixed)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::date[], $7::date[], $8::date[],
                            $9::text[], $10::date[], $11::text[], $12::int[], $13::boolean[])`,
      [
        claims.map((c) => c.id), claims.map((c) => c.caseId), claims.map((c) => c.reference), claims.map((c) => c.principalCents),
        claims.map((c) => c.currency), claims.map((c) => c.invoiceDate), claims.map((c) => c.dueDate),
        claims.map((c) => c.defaultDate), claims.map((c) => c.contractSubject), claims.map((c) => c.contractDate),
        claims.map((c) => c.claimKind), claims.map((c) => c.remindersSent), claims.map((c) => c.dueDateFixed ?? true),
      ],
    );
  }

  /** The claims of cases, for their balance after more claims joined them. */
  async claimsOfCases(tx: Queryable, caseIds: readonly string[]): Promise<IntakeClaimRecord[]> {
    if (caseIds.length === 0) return [];
    const rows: {
      case_id: string; debtor_kind: DebtorKind; reference: string; principal_cents: string | number; due_date: string; default_date: string | null;
      invoice_date: string; contract_date: string | null; claim_kind: 'goods_services' | 'other' | null; due_date_fixed: boolean;
    }[] = await tx.query(
      `SELECT cl.case_id, d.kind AS debtor_kind, cl.reference, cl.principal_cents, cl.due_date, cl.default_date,
              cl.invoice_date, cl.contract_date, cl.claim_kind, cl.due_date_fixed
         FROM claims cl JOIN cases c ON c.id = cl.case_id JOIN debtors d ON d.id = c.debtor_id
        WHERE cl.case_id = ANY($1::uuid[]) ORDER BY cl.case_id, cl.due_date, cl.reference`,
      [caseIds],
    );
    return rows.map((r) => ({
      caseId: r.case_id, debtorKind: r.debtor_kind, reference: r.reference, principalCents: Number(r.principal_cents), dueDate: r.due_date, defaultDate: r.default_date,
      invoiceDate: r.invoice_date, contractDate: r.contract_date, claimKind: r.claim_kind, dueDateFixed: r.due_date_fixed,
    }));
  }

  async updateCaseFigures(tx: Queryable, updates: readonly CaseFiguresUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await tx.query(
      `UPDATE cases c SET priority = u.priority, open_cents = u.open_cents, principal_open_cents = u.principal_open_cents,
              oldest_due_date = u.oldest_due_date, limitation_date = u.limitation_date, version = c.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::bigint[], $5::date[], $6::date[])
           AS u(id, priority, open_cents, principal_open_cents, oldest_due_date, limitation_date)
        WHERE c.id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => u.priority), updates.map((u) => u.openCents),
        updates.map((u) => u.principalOpenCents), updates.map((u) => u.oldestDueDate), updates.map((u) => u.limitationDate ?? 'infinity')],
    );
  }
}
