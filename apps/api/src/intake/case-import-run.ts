import { randomUUID } from 'node:crypto';
import {
  CASE_IMPORT_COLUMNS, calendarDateIn, checkCaseImportHeader, debtorAddressText, normalizeColumnName, validateCaseImportRow,
  type CaseImportRecord as RowValues, type CaseImportRow, type IsoDate, type PriorityWeights,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { placedCaseFigures, weightsOf, type PlacedCaseFigures } from './case-figures.js';
import type {
  CaseFiguresUpdate, CaseImportProgress, CaseImportRejection, IntakeClaimRecord, IntakeCreditorRecord, IntakeRepository, NewCase, NewClaim,
  NewDebtor,
} from './intake.repository.js';

/** Rows of the first batch: a file's first cases show up (progress, KPIs) within a moment. */
export const IMPORT_FIRST_BATCH_ROWS = 2_000;
/** Rows written per transaction after the first batch: large batches keep the statements set-based. */
export const IMPORT_BATCH_ROWS = 10_000;

/**
 * A large batch is split by debtor into this many parts, written at the same time, each in its own
 * transaction (the database does most of an import's work; two connections use two cores). A debtor's
 * rows of one batch stay in one part, and a batch starts once the previous one is committed, so the
 * case a file opened for a debtor is always found.
 */
export const IMPORT_WRITE_LANES = 2;
/** Parts are not smaller than this: a small batch is written in one transaction. */
const MIN_LANE_ROWS = 1_000;
/** A batch that lost a deadlock or a serialization conflict is tried again whole this often before it goes row by row. */
const BATCH_ATTEMPTS = 3;

/** A file whose header lacks required columns: nothing is imported. */
export class CaseImportHeaderError extends Error {}

interface Creditor extends IntakeCreditorRecord {
  /** Position in this run's list: a short key part. */
  index: number;
  today: IsoDate;
  weights: PriorityWeights;
}

interface ValidRow {
  line: number;
  row: CaseImportRow;
  creditor: Creditor;
  claimId: string;
  values: string[];
}

/** The rows of one debtor in a batch, with the figures of the case they would open. */
interface PreparedGroup {
  key: string;
  rows: ValidRow[];
  figures: PlacedCaseFigures;
}

/** A batch checked and grouped, ready to be written. */
interface PreparedBatch {
  /** Every valid row (duplicates within the batch included, for the count). */
  valid: ValidRow[];
  /** Each invoice once. */
  unique: ValidRow[];
  groups: Map<string, PreparedGroup>;
  rejections: CaseImportRejection[];
}

/** What one committed batch changed, applied to the run once its transaction committed. */
interface BatchEffects {
  /** Ids of the cases created. */
  placed: string[];
  imported: number;
  duplicates: number;
  creditorIds: Set<string>;
}

export interface CaseImportRunOptions {
  importId: string;
  /** Keep the ids of the cases created (the GraphQL mutation returns them; an upload does not). */
  collectCaseIds: boolean;
  /** Keep the rejected rows in memory too (the GraphQL mutation returns them). */
  collectRejections: boolean;
  /** Called after each committed batch with the creditors whose cases changed. */
  onBatch: (creditorIds: ReadonlySet<string>) => void;
}

/**
 * One import file on its way into the database: the header is checked, then rows arrive one by one
 * and are written in batches (IMPORT_FIRST_BATCH_ROWS, then IMPORT_BATCH_ROWS), each batch in one
 * transaction of a few set-based statements; the next batch is read and checked meanwhile, and the
 * reading waits (the request stream with it) while a batch is still being written. Memory stays flat:
 * at most two batches are held, and the cases a file opened are found in the database
 * (cases.case_import_id), not kept in a map. A large batch is written in parts by debtor at the same
 * time (IMPORT_WRITE_LANES). A batch (part) that fails as a whole (a constraint the domain validator
 * did not foresee) is written again row by row, each row in its own transaction, so one bad row never
 * stops the good ones.
 */
export class CaseImportRun {
  private columns: (string | null)[] = [];
  private headerCount = 0;
  private pending: { line: number; values: string[] }[] = [];
  private pendingRejections: CaseImportRejection[] = [];
  private batchRows = IMPORT_FIRST_BATCH_ROWS;
  private readonly creditorsByRef: Map<string, Creditor>;
  private readonly creditorList: Creditor[];
  readonly caseIds: string[] = [];
  readonly rejections: CaseImportRejection[] = [];
  warnings: string[] = [];
  readonly progress: CaseImportProgress = { bytesProcessed: 0, rowsProcessed: 0, imported: 0, casesCreated: 0, duplicates: 0, rejected: 0 };
  private lastSkippedLine = -1;
  /** The batch being written while the next one is read (at most one at a time). */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly repository: IntakeRepository,
    creditors: readonly IntakeCreditorRecord[],
    now: Date,
    private readonly options: CaseImportRunOptions,
  ) {
    this.creditorList = creditors.map((c, index) => ({ ...c, index, today: calendarDateIn(now, c.timeZone), weights: weightsOf(c.priorityWeights) }));
    this.creditorsByRef = new Map(this.creditorList.map((c) => [c.ref, c]));
  }

  /** The header row: names the unknown columns in a warning; throws CaseImportHeaderError when required ones are missing. */
  async header(names: readonly string[]): Promise<void> {
    const check = checkCaseImportHeader(names);
    if (check.missing.length) {
      throw new CaseImportHeaderError(`The header row lacks the column${check.missing.length > 1 ? 's' : ''} ${check.missing.join(', ')}; `
        + `a case import file needs ${CASE_IMPORT_COLUMNS.slice(0, 13).join(',')}.`);
    }
    if (check.duplicated.length) throw new CaseImportHeaderError(`The header row names ${check.duplicated.join(', ')} more than once.`);
    const known = new Set<string>(CASE_IMPORT_COLUMNS);
    this.columns = names.map((n) => (known.has(normalizeColumnName(n)) ? normalizeColumnName(n) : null));
    this.headerCount = names.length;
    if (check.unknown.length) {
      this.warnings.push(`Unknown column${check.unknown.length > 1 ? 's' : ''} ignored: ${check.unknown.join(', ')}.`);
    }
    await this.repository.setImportHeader(this.db.manager, this.options.importId, names, this.warnings);
  }

  /** A line the CSV parser could not read (an unclosed quote, say). */
  unreadable(line: number, message: string): void {
    if (line === this.lastSkippedLine) return;
    this.lastSkippedLine = line;
    this.progress.rowsProcessed++;
    this.reject({ line, column: null, message: `The line is not valid CSV: ${message}`, record: [] });
  }

  async row(line: number, values: string[]): Promise<void> {
    this.progress.rowsProcessed++;
    if (values.length !== this.headerCount) {
      this.reject({ line, column: null, message: `The row has ${values.length} fields; the header has ${this.headerCount}.`, record: values });
    } else {
      this.pending.push({ line, values });
    }
    if (this.pending.length >= this.batchRows) {
      this.batchRows = IMPORT_BATCH_ROWS;
      // The batch is checked and its figures computed here, while the previous one is still being written.
      const batch = this.prepare();
      await this.writing;
      this.writing = this.writeRound(batch);
      // A failed write surfaces at the next await of `writing`; keep it from counting as unhandled meanwhile.
      this.writing.catch(() => undefined);
    }
  }

  /** Writes what is still pending, after the batch in flight. */
  async flush(): Promise<void> {
    const batch = this.prepare();
    await this.writing;
    this.writing = Promise.resolve();
    await this.writeRound(batch);
  }

  /**
   * The pending rows, checked by the domain (rejections noted), each invoice once, grouped by debtor
   * with the figures of the case each group would open. Only JavaScript: no statement, no await.
   */
  private prepare(): PreparedBatch {
    const rows = this.pending;
    this.pending = [];
    const columns = this.columns;
    const valid: ValidRow[] = [];
    for (const { line, values } of rows) {
      const record: RowValues = {};
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        if (c) record[c] = values[i];
      }
      const creditor = this.creditorsByRef.get((record.creditor_ref ?? '').trim());
      const result = validateCaseImportRow(record, creditor?.today);
      if (!result.ok) {
        this.reject({ line, column: result.problem.field, message: result.problem.message, record: values });
      } else if (!creditor) {
        this.reject({ line, column: 'creditor_ref', message: `creditor_ref: no creditor has the ref "${result.row.creditorRef}".`, record: values });
      } else if (result.row.currency !== creditor.currency) {
        this.reject({
          line, column: 'currency', record: values,
          message: `currency: the creditor ${creditor.ref} keeps its claims in ${creditor.currency}, not ${result.row.currency}.`,
        });
      } else {
        valid.push({ line, row: result.row, creditor, claimId: randomUUID(), values });
      }
    }
    const rejections = this.pendingRejections;
    this.pendingRejections = [];
    // The same invoice twice in one batch: the first counts, the others are duplicates.
    const seen = new Set<string>();
    const unique = valid.filter((v) => {
      const key = `${v.creditor.index}\u0000${v.row.invoiceRef}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { valid, unique, groups: groupByDebtor(unique), rejections };
  }

  /** One batch, in parts by debtor written at the same time when it is large. */
  private async writeRound(batch: PreparedBatch): Promise<void> {
    const parts = batch.valid.length >= 2 * MIN_LANE_ROWS ? splitByDebtor(batch, IMPORT_WRITE_LANES) : [batch];
    const results = await Promise.allSettled(parts.map((part) => this.writeBatch(part)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async writeBatch(batch: PreparedBatch): Promise<void> {
    let effects: BatchEffects | null = null;
    for (let attempt = 1; effects === null; attempt++) {
      try {
        effects = await this.db.transaction((tx) => this.write(tx, batch));
      } catch (e) {
        // Parts of one batch written at the same time may meet on the KPI read models' rows.
        if (attempt < BATCH_ATTEMPTS && isTransient(e)) continue;
        break;
      }
    }
    if (effects === null) {
      effects = noEffects();
      await this.db.transaction((tx) => this.saveRejections(tx, batch.rejections));
      for (const one of batch.valid) {
        try {
          const single: PreparedBatch = { valid: [one], unique: [one], groups: groupByDebtor([one]), rejections: [] };
          this.merge(effects, await this.db.transaction((tx) => this.write(tx, single)));
        } catch (e) {
          const rejection: CaseImportRejection = {
            line: one.line, column: null, record: one.values,
            message: `The row could not be stored: ${e instanceof Error ? e.message : String(e)}`,
          };
          this.progress.rejected++;
          if (this.options.collectRejections) this.rejections.push(rejection);
          await this.db.transaction((tx) => this.saveRejections(tx, [rejection]));
        }
      }
    }
    this.apply(effects);
  }

  private reject(r: CaseImportRejection): void {
    this.progress.rejected++;
    this.pendingRejections.push(r);
    if (this.options.collectRejections) this.rejections.push(r);
  }

  private async saveRejections(tx: EntityManager, rejections: readonly CaseImportRejection[]): Promise<BatchEffects> {
    await this.repository.insertRejections(tx, this.options.importId, rejections);
    await this.repository.saveProgress(tx, this.options.importId, this.progress);
    return noEffects();
  }

  private merge(into: BatchEffects, from: BatchEffects): void {
    for (const id of from.placed) into.placed.push(id);
    into.imported += from.imported;
    into.duplicates += from.duplicates;
    for (const id of from.creditorIds) into.creditorIds.add(id);
  }

  private apply(effects: BatchEffects): void {
    if (this.options.collectCaseIds) for (const id of effects.placed) this.caseIds.push(id);
    this.progress.casesCreated += effects.placed.length;
    this.progress.imported += effects.imported;
    this.progress.duplicates += effects.duplicates;
    if (effects.creditorIds.size) this.options.onBatch(effects.creditorIds);
  }

  /**
   * Writes one batch in the caller's transaction and says what it changed: a handful of set-based
   * statements whatever the batch's size (invoices registered, debtors found or inserted, cases,
   * claims, the figures of cases that got more claims, rejections, progress).
   */
  private async write(tx: EntityManager, batch: PreparedBatch): Promise<BatchEffects> {
    const effects = noEffects();
    const fresh = await this.repository.registerInvoices(
      tx, batch.unique.map((v) => ({ id: v.claimId, creditorId: v.creditor.id, reference: v.row.invoiceRef })),
    );
    const rows = fresh.size === batch.unique.length ? batch.unique : batch.unique.filter((v) => fresh.has(v.claimId));
    effects.duplicates = batch.valid.length - rows.length;
    effects.imported = rows.length;
    // Invoices placed before leave their debtor's group; a group that lost some is computed again.
    const groups = rows.length === batch.unique.length ? batch.groups : groupByDebtor(rows);

    // Each debtor once: found (with the case this import opened for them in an earlier batch) or inserted.
    const debtors = await this.debtorsOf(tx, [...groups.values()].map((g) => g.rows[0]!));
    const extended = new Map<string, Creditor>();
    const cases: NewCase[] = [];
    const caseOf = new Map<string, string>();
    for (const [key, { rows: group, figures }] of groups) {
      const first = group[0]!;
      const debtor = debtors.get(qualifiedRef(first))!;
      if (debtor.caseId) {
        caseOf.set(key, debtor.caseId);
        extended.set(debtor.caseId, first.creditor);
        continue;
      }
      const caseId = randomUUID();
      caseOf.set(key, caseId);
      cases.push({
        id: caseId, creditorId: first.creditor.id, debtorId: debtor.debtorId, currency: first.creditor.currency,
        placedAt: first.creditor.today, caseImportId: this.options.importId, ...figures,
      });
      effects.placed.push(caseId);
      effects.creditorIds.add(first.creditor.id);
    }
    await this.repository.insertCases(tx, cases);
    await this.repository.insertClaims(tx, rows.map((v) => toClaim(v, caseOf.get(debtorKey(v))!)));
    if (extended.size) await this.refreshExtended(tx, extended, effects);
    await this.repository.insertRejections(tx, this.options.importId, batch.rejections);
    await this.repository.saveProgress(tx, this.options.importId, {
      ...this.progress,
      imported: this.progress.imported + effects.imported,
      casesCreated: this.progress.casesCreated + effects.placed.length,
      duplicates: this.progress.duplicates + effects.duplicates,
    });
    return effects;
  }

  /** The debtor of the first row of each group: found by creditor-qualified ref (with this import's case of them), or inserted. */
  private async debtorsOf(tx: EntityManager, firsts: readonly ValidRow[]): Promise<Map<string, { debtorId: string; caseId: string | null }>> {
    const refs = [...new Set(firsts.map(qualifiedRef))];
    const found = await this.repository.debtorsWithImportCase(tx, this.options.importId, refs);
    const missing = new Map<string, NewDebtor>();
    for (const v of firsts) {
      const ref = qualifiedRef(v);
      if (found.has(ref) || missing.has(ref)) continue;
      missing.set(ref, newDebtor(v.row, v.creditor, ref));
    }
    const inserted = await this.repository.insertDebtors(tx, [...missing.values()]);
    const lost: string[] = [];
    for (const [ref, d] of missing) {
      if (inserted.has(d.id)) found.set(ref, { debtorId: d.id, caseId: null });
      else lost.push(ref);
    }
    if (lost.length) for (const [ref, d] of await this.repository.debtorsWithImportCase(tx, this.options.importId, lost)) found.set(ref, d);
    return found;
  }

  /** Cases created by an earlier batch of this file that got more claims: their figures again, from all their claims. */
  private async refreshExtended(tx: EntityManager, creditorOf: ReadonlyMap<string, Creditor>, effects: BatchEffects): Promise<void> {
    const byCase = new Map<string, IntakeClaimRecord[]>();
    for (const c of await this.repository.claimsOfCases(tx, [...creditorOf.keys()])) {
      const own = byCase.get(c.caseId);
      if (own) own.push(c);
      else byCase.set(c.caseId, [c]);
    }
    const updates: CaseFiguresUpdate[] = [];
    for (const [id, creditor] of creditorOf) {
      const own = byCase.get(id)!;
      const figures = placedCaseFigures(
        { country: creditor.country, debtorKind: own[0]!.debtorKind, currency: creditor.currency, weights: creditor.weights },
        own,
        creditor.today,
      );
      updates.push({ id, ...figures });
      effects.creditorIds.add(creditor.id);
    }
    await this.repository.updateCaseFigures(tx, updates);
  }
}

/** A deadlock or serialization failure: the transaction may simply be tried again. */
function isTransient(e: unknown): boolean {
  const code = (e as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ?? (e as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return code === '40P01' || code === '40001';
}

/**
 * A batch in `parts` parts by debtor, of about equal rows: each debtor's rows in one part, the batch's
 * rejections in the first. A row that repeats an invoice of the batch goes with its debtor, or to the
 * first part when its debtor has no other row (it counts as a duplicate there).
 */
function splitByDebtor(batch: PreparedBatch, parts: number): PreparedBatch[] {
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

const noEffects = (): BatchEffects => ({ placed: [], imported: 0, duplicates: 0, creditorIds: new Set() });

/** Rows by debtor, in file order, each group with the figures of the case it would open. */
function groupByDebtor(rows: readonly ValidRow[]): Map<string, PreparedGroup> {
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
      group.map((v) => ({
        reference: v.row.invoiceRef, principalCents: v.row.principalCents, dueDate: v.row.dueDate, defaultDate: v.row.defaultDate,
        arisenOn: v.row.contractDate ?? v.row.invoiceDate,
      })),
      first.creditor.today,
    );
    groups.set(key, { key, rows: group, figures });
  }
  return groups;
}

/** A debtor within this run: the creditor's index and the creditor's debtor ref. */
const debtorKey = (v: ValidRow): string => `${v.creditor.index}\u0000${v.row.debtorRef}`;

const qualifiedRef = (v: ValidRow): string => qualifiedDebtorRef(v.creditor.ref, v.row.debtorRef);

export function toClaim(v: { row: CaseImportRow; claimId: string; creditor: { id: string } }, caseId: string): NewClaim {
  const r = v.row;
  return {
    id: v.claimId, caseId, creditorId: v.creditor.id, reference: r.invoiceRef, principalCents: r.principalCents, currency: r.currency,
    invoiceDate: r.invoiceDate, dueDate: r.dueDate, defaultDate: r.defaultDate, contractSubject: r.contractSubject,
    contractDate: r.contractDate, claimKind: r.claimKind, remindersSent: r.remindersSent,
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
