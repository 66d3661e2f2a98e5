import { randomUUID } from 'node:crypto';
import {
  CASE_IMPORT_COLUMNS, INTAKE_TEXTS, calendarDateIn, caseImportHeaderProblem, caseImportHeaderWarning, checkCaseImportHeader, fieldCountText,
  fill, normalizeColumnName, untranslated, validateCaseImportRow, type CaseImportRecord as RowValues, type LocalizedText,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { weightsOf } from './case-figures.js';
import {
  groupByDebtor, isTransient, noEffects, splitByDebtor, type BatchEffects, type Creditor, type PreparedBatch, type ValidRow,
} from './case-import-batch.js';
import { CaseImportWriter } from './case-import-writer.js';
import type { CaseImportProgress, CaseImportRejection, CaseImportsRepository } from './case-imports.repository.js';
import type { IntakeCreditorRecord, IntakeRepository } from './intake.repository.js';

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
export class CaseImportHeaderError extends Error {
  constructor(readonly texts: LocalizedText) {
    super(texts.en);
  }
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
  warnings: LocalizedText[] = [];
  readonly progress: CaseImportProgress = { bytesProcessed: 0, rowsProcessed: 0, imported: 0, casesCreated: 0, duplicates: 0, rejected: 0 };
  private lastSkippedLine = -1;
  /** The batch being written while the next one is read (at most one at a time). */
  private writing: Promise<void> = Promise.resolve();

  private readonly writer: CaseImportWriter;

  constructor(
    private readonly db: DataSource,
    repository: IntakeRepository,
    private readonly jobs: CaseImportsRepository,
    creditors: readonly IntakeCreditorRecord[],
    now: Date,
    private readonly options: CaseImportRunOptions,
  ) {
    this.writer = new CaseImportWriter(repository, jobs, options.importId);
    this.creditorList = creditors.map((c, index) => ({ ...c, index, today: calendarDateIn(now, c.timeZone), weights: weightsOf(c.priorityWeights) }));
    this.creditorsByRef = new Map(this.creditorList.map((c) => [c.ref, c]));
  }

  /** The header row: names the unknown columns in a warning; throws CaseImportHeaderError when required ones are missing. */
  async header(names: readonly string[]): Promise<void> {
    const check = checkCaseImportHeader(names);
    const problem = caseImportHeaderProblem(check);
    if (problem) throw new CaseImportHeaderError(problem);
    const known = new Set<string>(CASE_IMPORT_COLUMNS);
    this.columns = names.map((n) => (known.has(normalizeColumnName(n)) ? normalizeColumnName(n) : null));
    this.headerCount = names.length;
    const warning = caseImportHeaderWarning(check);
    if (warning) this.warnings.push(warning);
    await this.jobs.setImportHeader(this.db.manager, this.options.importId, names, this.warnings);
  }

  /** A line the CSV parser could not read (an unclosed quote, say). */
  unreadable(line: number, message: string): void {
    if (line === this.lastSkippedLine) return;
    this.lastSkippedLine = line;
    this.progress.rowsProcessed++;
    this.reject({ line, column: null, texts: fill(INTAKE_TEXTS.unreadableLine, { reason: message }), record: [] });
  }

  async row(line: number, values: string[]): Promise<void> {
    this.progress.rowsProcessed++;
    if (values.length !== this.headerCount) {
      this.reject({ line, column: null, texts: fieldCountText(values.length, this.headerCount), record: values });
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
        this.reject({ line, column: result.problem.field, texts: result.problem.texts, record: values });
      } else if (!creditor) {
        this.reject({ line, column: 'creditor_ref', texts: fill(INTAKE_TEXTS.noCreditor, { ref: result.row.creditorRef }), record: values });
      } else if (result.row.currency !== creditor.currency) {
        this.reject({
          line, column: 'currency', record: values,
          texts: fill(INTAKE_TEXTS.otherCurrency, { creditor: creditor.ref, currency: creditor.currency, given: result.row.currency }),
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
        effects = await this.db.transaction((tx) => this.writer.write(tx, batch, this.progress));
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
          this.merge(effects, await this.db.transaction((tx) => this.writer.write(tx, single, this.progress)));
        } catch (e) {
          const texts = fill(INTAKE_TEXTS.notStored, { reason: untranslated(e instanceof Error ? e.message : String(e)) });
          const rejection: CaseImportRejection = { line: one.line, column: null, record: one.values, message: texts.en, texts };
          this.progress.rejected++;
          if (this.options.collectRejections) this.rejections.push(rejection);
          await this.db.transaction((tx) => this.saveRejections(tx, [rejection]));
        }
      }
    }
    this.apply(effects);
  }

  private reject(rejection: Omit<CaseImportRejection, 'message' | 'texts'> & { texts: LocalizedText }): void {
    const r: CaseImportRejection = { ...rejection, message: rejection.texts.en };
    this.progress.rejected++;
    this.pendingRejections.push(r);
    if (this.options.collectRejections) this.rejections.push(r);
  }

  private async saveRejections(tx: EntityManager, rejections: readonly CaseImportRejection[]): Promise<BatchEffects> {
    await this.jobs.insertRejections(tx, this.options.importId, rejections);
    await this.jobs.saveProgress(tx, this.options.importId, this.progress);
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

}
