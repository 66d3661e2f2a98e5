import { randomUUID } from 'node:crypto';
import { debtorAddressText, type CaseImportRow, type IsoDate, type PriorityWeights } from '@mahnwerk/domain';
import { placedCaseFigures, placedClaimOf, type PlacedCaseFigures } from './case-figures.js';
import type { CaseImportRejection } from './case-imports.repository.js';
import type { IntakeCreditorRecord, NewClaim, NewDebtor } from './intake.repository.js';

/*
 * The rows of a case import file between reading and writing: a creditor as the run knows it, the
 * valid rows of a batch grouped by debtor, and the pure steps between (grouping, splitting into
 * parts, the debtor and claim a row describes).
 */

/** A creditor as a run uses it. */
export interface Creditor extends IntakeCreditorRecord {
  /** Position in this run's list: a short key part. */
  index: number;
  today: IsoDate;
  weights: PriorityWeights;
}

export interface ValidRow {
  line: number;
  row: CaseImportRow;
  creditor: Creditor;
  claimId: string;
  values: string[];
}

/** The rows of one debtor in a batch, with the figures of the case they would open. */
export interface PreparedGroup {
  key: string;
  rows: ValidRow[];
  figures: PlacedCaseFigures;
}

/** A batch checked and grouped, ready to be written. */
export interface PreparedBatch {
  /** Every valid row (duplicates within the batch included, for the count). */
  valid: ValidRow[];
  /** Each invoice once. */
  unique: ValidRow[];
  groups: Map<string, PreparedGroup>;
  rejections: CaseImportRejection[];
}

/** What one committed batch changed, applied to the run once its transaction committed. */
export interface BatchEffects {
  /** Ids of the cases created. */
  placed: string[];
  imported: number;
  duplicates: number;
  creditorIds: Set<string>;
}

/** A deadlock or serialization failure: the transaction may simply be tried again. */
export function isTransient(e: unknown): boolean {
  const code = (e as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ?? (e as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return code === '40P01' || code === '40001';
}

/**
 * A batch in `parts` parts by debtor, of about equal rows: each debtor's rows in one part, the batch's
 * rejections in the first. A row that repeats an invoice of the batch goes with its debtor, or to the
 * first part when its debtor has no other row (it counts as a duplicate there).
 */
export function splitByDebtor(batch: PreparedBatch, parts: number): PreparedBatch[] {
  const out: PreparedBatch[] = Array.from({ length: parts }, (_v, i) => ({
    valid: [], unique: [], groups: new Map(), rejections: i === 0 ? batch.rejections : [],
  }));
  const partOf = new Map<string, PreparedBatch>();
  for (const [key, group] of batch.groups) {
    let smallest = out[0]!;
    for (const part of out) if (part.unique.length < smallest.unique.length) smallest = part;
    smallest.groups.set(key, group);
    for (const v of group.rows) smallest.unique.push(v);
    partOf.set(key, smallest);
  }
  for (const v of batch.valid) (partOf.get(debtorKey(v)) ?? out[0]!).valid.push(v);
  return out.filter((part) => part.valid.length > 0 || part.rejections.length > 0);
}

export const noEffects = (): BatchEffects => ({ placed: [], imported: 0, duplicates: 0, creditorIds: new Set() });

/** Rows by debtor, in file order, each group with the figures of the case it would open. */
export function groupByDebtor(rows: readonly ValidRow[]): Map<string, PreparedGroup> {
  const byKey = new Map<string, ValidRow[]>();
  for (const v of rows) {
    const key = debtorKey(v);
    const group = byKey.get(key);
    if (group) group.push(v);
    else byKey.set(key, [v]);
  }
  const groups = new Map<string, PreparedGroup>();
  for (const [key, group] of byKey) {
    const first = group[0]!;
    const figures = placedCaseFigures(
      { country: first.creditor.country, debtorKind: first.row.debtorKind, currency: first.creditor.currency, weights: first.creditor.weights },
      group.map((v) => placedClaimOf(v.row)),
      first.creditor.today,
    );
    groups.set(key, { key, rows: group, figures });
  }
  return groups;
}

/** A debtor within this run: the creditor's index and the creditor's debtor ref. */
export const debtorKey = (v: ValidRow): string => `${v.creditor.index}\u0000${v.row.debtorRef}`;

export const qualifiedRef = (v: ValidRow): string => qualifiedDebtorRef(v.creditor.ref, v.row.debtorRef);

export function toClaim(v: { row: CaseImportRow; claimId: string; creditor: { id: string } }, caseId: string): NewClaim {
  const r = v.row;
  return {
    id: v.claimId, caseId, creditorId: v.creditor.id, reference: r.invoiceRef, principalCents: r.principalCents, currency: r.currency,
    invoiceDate: r.invoiceDate, dueDate: r.dueDate, defaultDate: r.defaultDate, contractSubject: r.contractSubject,
    contractDate: r.contractDate, claimKind: r.claimKind, remindersSent: r.remindersSent, dueDateFixed: r.dueDateFixed,
  };
}

/** The debtor a row describes, stored under its creditor-qualified ref. */
export function newDebtor(r: CaseImportRow, creditor: Pick<IntakeCreditorRecord, 'letterLanguage' | 'timeZone'>, ref: string): NewDebtor {
  const home = r.debtorCountry === 'DK' ? { language: 'da', timeZone: 'Europe/Copenhagen' }
    : r.debtorCountry === 'DE' ? { language: 'de', timeZone: 'Europe/Berlin' }
      : { language: creditor.letterLanguage, timeZone: creditor.timeZone };
  return {
    id: randomUUID(), ref, name: r.debtorName, kind: r.debtorKind, country: r.debtorCountry, email: r.debtorEmail, phone: r.debtorPhone,
    address: debtorAddressText(r.debtorStreet, r.debtorPostcode, r.debtorCity), language: r.debtorLanguage ?? home.language,
    timeZone: home.timeZone,
  };
}

/** debtors.ref of a creditor's debtor: `<creditor ref>/<debtor ref>` (a debtor ref holds no "/", so it is unambiguous). */
export const qualifiedDebtorRef = (creditorRef: string, debtorRef: string): string => `${creditorRef}/${debtorRef}`;
