import { randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INTAKE_TEXTS, calendarDateIn, fill, textIn, untranslated, validateCaseImportRow, type CaseImportRecord as RowValues, type CaseImportRow,
  type LocalizedText, type TextLanguage,
} from '@mahnwerk/domain';
import { CsvError, Parser } from 'csv-parse';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { MetricsService } from '../observability/metrics.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { placedCaseFigures, placedClaimOf, weightsOf } from './case-figures.js';
import { newDebtor, qualifiedDebtorRef, toClaim } from './case-import-batch.js';
import { CaseImportHeaderError, CaseImportRun } from './case-import-run.js';
import type { CaseImportResultModel } from './case-import.model.js';
import type { CreateCaseInput } from './dto/create-case.input.js';
import { CaseImportsRepository, type CaseImportRecord, type CaseImportRejection, type CaseImportStatus } from './case-imports.repository.js';
import { INTAKE_API_TEXTS } from './intake.i18n.js';
import { IntakeRepository } from './intake.repository.js';
import { IMPORT_HEARTBEAT_MS } from './interrupted-imports.service.js';

/** How often a running import tells the dashboards that figures moved. */
const KPI_EVENT_INTERVAL_MS = 1_000;
/** The GraphQL mutation takes the file as text; larger files go through the upload route. */
export const MAX_CSV_TEXT_CHARS = 5 * 1024 * 1024;

export interface UploadedCaseFile {
  /** The job's id, chosen by the client so that it can follow the progress while it uploads. */
  id: string | null;
  fileName: string;
  bytesTotal: number | null;
  body: Readable;
}

/**
 * Portfolio intake: case files (as GraphQL text or streamed through the upload route) and single
 * cases placed through the API. A file becomes an import job that keeps its progress and result.
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: IntakeRepository,
    private readonly importJobs: CaseImportsRepository,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
  ) {}

  /**
   * importCases(csv): the whole file in one request; returns the created cases and every rejected row,
   * the messages in `language`.
   */
  async importText(user: AuthUser, csv: string, language: TextLanguage = 'en', fileName = 'import.csv'): Promise<CaseImportResultModel> {
    if (csv.length > MAX_CSV_TEXT_CHARS) {
      throw badInput(fill(INTAKE_API_TEXTS.fileTooLong, { length: csv.length, max: MAX_CSV_TEXT_CHARS }), 'csv');
    }
    const { run, job } = await this.runImport(user, { id: null, fileName, bytesTotal: Buffer.byteLength(csv), body: Readable.from([csv]) }, true);
    if (job.status === 'FAILED') throw badInput(job.errorTexts ?? job.error ?? INTAKE_TEXTS.importFailed, 'csv');
    return {
      imported: run.progress.imported, caseIds: run.caseIds, duplicates: run.progress.duplicates,
      warnings: run.warnings.map((w) => w[language]), importId: job.id,
      rejected: run.rejections.map((r) => ({ line: r.line, message: textIn(r.texts ?? r.message, language), column: r.column })),
    };
  }

  /** The upload route: the body is read as it arrives, never whole; returns the finished job. */
  async importUpload(user: AuthUser, file: UploadedCaseFile): Promise<CaseImportRecord> {
    return (await this.runImport(user, file, false)).job;
  }

  async job(id: string): Promise<CaseImportRecord> {
    const job = await this.importJobs.importJob(id);
    if (!job) throw notFound('Case import', id);
    return job;
  }

  jobs(limit: number): Promise<CaseImportRecord[]> {
    return this.importJobs.importJobs(Math.min(Math.max(limit, 1), 200));
  }

  /** The rejected rows of a job, page by page in line order (for the CSV download). */
  async *rejections(id: string): AsyncGenerator<CaseImportRejection[]> {
    let after = 0;
    for (;;) {
      const page = await this.importJobs.rejections(id, after, 1_000);
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1]!.line;
    }
  }

  private async runImport(user: AuthUser, file: UploadedCaseFile, collect: boolean): Promise<{ run: CaseImportRun; job: CaseImportRecord }> {
    const id = file.id ?? randomUUID();
    const created = await this.importJobs.createImport(this.db.manager, {
      id, createdBy: user.id, fileName: file.fileName.slice(0, 255) || 'import.csv', bytesTotal: file.bytesTotal, startedAt: this.clock.now(),
    });
    if (!created) {
      file.body.resume();
      throw conflict(fill(INTAKE_API_TEXTS.idTaken, { id }));
    }
    const touched = new Set<string>();
    let lastEvent = 0;
    const teamIds = await this.repository.teamIds();
    // The dashboards (placed cases) and the team boards (the pool) after each batch, at most once a second.
    const publishKpis = async () => {
      const ids = [...touched];
      touched.clear();
      lastEvent = Date.now();
      if (ids.length) {
        await this.events.publish(
          ...ids.map((creditorId) => ({ topic: 'kpis' as const, payload: { creditorId } })),
          { topic: 'team', payload: { teamIds } },
        );
      }
    };
    const run = new CaseImportRun(this.db, this.repository, this.importJobs, await this.repository.creditors(), this.clock.now(), {
      importId: id, collectCaseIds: collect, collectRejections: collect,
      onBatch: (creditorIds) => {
        for (const c of creditorIds) touched.add(c);
        if (Date.now() - lastEvent >= KPI_EVENT_INTERVAL_MS) void publishKpis();
      },
    });

    let status: CaseImportStatus = 'DONE';
    let error: LocalizedText | null = null;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        run.progress.bytesProcessed += chunk.length;
        done(null, chunk);
      },
    });
    const parser = new LineNumberedParser({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true });
    parser.on('skip', (e: CsvError & { lines?: number }) => run.unreadable(e.lines ?? 0, e.message));
    file.body.on('error', (e) => counter.destroy(e));
    counter.on('error', (e) => parser.destroy(e));
    file.body.pipe(counter).pipe(parser);
    // The job's sign of life also while no batch completes (a slow upload): see InterruptedImports.
    const heartbeat = setInterval(() => void this.importJobs.touchImport(id).catch(() => undefined), IMPORT_HEARTBEAT_MS);
    heartbeat.unref();
    try {
      let header = true;
      for await (const [line, record] of parser as AsyncIterable<NumberedRecord>) {
        if (header) {
          await run.header(record);
          header = false;
        } else {
          await run.row(line, record);
        }
      }
      if (header) throw new CaseImportHeaderError(INTAKE_TEXTS.fileEmpty);
      await run.flush();
    } catch (e) {
      status = 'FAILED';
      error = e instanceof CaseImportHeaderError
        ? e.texts
        : fill(INTAKE_TEXTS.stoppedAtRow, { row: run.progress.rowsProcessed + 1, reason: untranslated(e instanceof Error ? e.message : String(e)) });
      file.body.destroy();
    } finally {
      clearInterval(heartbeat);
    }
    const progress = { ...run.progress };
    await this.db.transaction(async (tx) => {
      await this.importJobs.finishImport(tx, id, { ...progress, status, error, finishedAt: this.clock.now(), warnings: run.warnings });
      await this.audit.record(tx, {
        actorId: user.id, action: 'cases.imported', entity: 'case_import', entityId: id,
        after: { fileName: file.fileName, status, imported: progress.imported, casesCreated: progress.casesCreated,
          duplicates: progress.duplicates, rejected: progress.rejected },
      });
    });
    this.metrics.importRows('cases', { imported: progress.imported, duplicate: progress.duplicates, rejected: progress.rejected });
    await publishKpis();
    return { run, job: (await this.importJobs.importJob(id))! };
  }

  /** createCase: one case with one or more invoices, all or nothing. */
  async createCase(user: AuthUser, input: CreateCaseInput): Promise<CaseModel> {
    const creditor = (await this.repository.creditors()).find((c) => c.id === input.creditorId);
    if (!creditor) throw badInput(fill(INTAKE_API_TEXTS.noCreditorWithId, { id: input.creditorId }), 'creditorId');
    const today = calendarDateIn(this.clock.now(), creditor.timeZone);
    const rows: CaseImportRow[] = input.claims.map((claim, i) => {
      const values: RowValues = {
        creditor_ref: creditor.ref, debtor_ref: input.debtorRef, debtor_name: input.debtorName, debtor_kind: input.debtorKind,
        debtor_country: input.debtorCountry, debtor_email: input.debtorEmail ?? '', debtor_phone: input.debtorPhone ?? '',
        invoice_ref: claim.invoiceRef, principal_cents: String(claim.principalCents), currency: input.currency ?? creditor.currency,
        invoice_date: claim.invoiceDate, due_date: claim.dueDate, default_date: claim.defaultDate ?? '',
        debtor_street: input.debtorStreet ?? '', debtor_postcode: input.debtorPostcode ?? '', debtor_city: input.debtorCity ?? '',
        debtor_language: input.debtorLanguage ?? '', contract_subject: claim.contractSubject ?? '', contract_date: claim.contractDate ?? '',
        claim_kind: claim.claimKind ?? '', reminders_sent: claim.remindersSent === null || claim.remindersSent === undefined ? '' : String(claim.remindersSent),
        due_date_fixed: claim.dueDateFixed === null || claim.dueDateFixed === undefined ? '' : String(claim.dueDateFixed),
      };
      const result = validateCaseImportRow(values, today);
      if (!result.ok) throw badInput(result.problem.texts, inputField(result.problem.field, i));
      return result.row;
    });
    if (rows[0]!.currency !== creditor.currency) {
      throw badInput(fill(INTAKE_TEXTS.creditorCurrency, { creditor: creditor.ref, currency: creditor.currency }), 'currency');
    }
    const refs = new Set(rows.map((r) => r.invoiceRef));
    if (refs.size !== rows.length) throw badInput(INTAKE_API_TEXTS.invoiceRefTwice, 'claims');
    const caseId = randomUUID();
    const claimIds = rows.map(() => randomUUID());
    await this.db.transaction(async (tx) => {
      const fresh = await this.repository.registerInvoices(tx, rows.map((r, i) => ({ id: claimIds[i]!, creditorId: creditor.id, reference: r.invoiceRef })));
      const placedBefore = rows.map((r, i) => ({ ref: r.invoiceRef, i })).filter(({ i }) => !fresh.has(claimIds[i]!));
      if (placedBefore.length) {
        throw conflict(
          fill(INTAKE_API_TEXTS.placedBefore, { creditor: creditor.ref, invoices: placedBefore.map((p) => p.ref).join(', ') }),
          { field: `claims.${placedBefore[0]!.i}.invoiceRef` },
        );
      }
      const ref = qualifiedDebtorRef(creditor.ref, rows[0]!.debtorRef);
      let debtorId = (await this.repository.debtorIdsByRef(tx, [ref])).get(ref);
      if (!debtorId) {
        const debtor = newDebtor(rows[0]!, creditor, ref);
        await this.repository.insertDebtors(tx, [debtor]);
        debtorId = (await this.repository.debtorIdsByRef(tx, [ref])).get(ref)!;
      }
      const figures = placedCaseFigures(
        { country: creditor.country, debtorKind: rows[0]!.debtorKind, currency: creditor.currency, weights: weightsOf(creditor.priorityWeights) },
        rows.map(placedClaimOf),
        today,
      );
      await this.repository.insertCases(tx, [{ id: caseId, creditorId: creditor.id, debtorId, currency: creditor.currency, placedAt: today, ...figures }]);
      await this.repository.insertClaims(tx, rows.map((row, i) => toClaim({ row, claimId: claimIds[i]!, creditor }, caseId)));
      await this.audit.record(tx, {
        actorId: user.id, action: 'case.created', entity: 'case', entityId: caseId,
        after: { creditorId: creditor.id, debtorId, claims: rows.map((r) => ({ reference: r.invoiceRef, principalCents: r.principalCents })) },
      });
    });
    await this.events.publish(
      { topic: 'case', payload: { caseId } }, { topic: 'kpis', payload: { creditorId: creditor.id } },
      { topic: 'team', payload: { teamIds: await this.repository.teamIds() } },
    );
    return this.cases.findOne(user, caseId);
  }
}

/** A job with its error and warnings in `language` (English where only the English text was kept). */
export function caseImportIn(job: CaseImportRecord, language: TextLanguage): CaseImportRecord {
  return {
    ...job,
    error: job.errorTexts ? job.errorTexts[language] : job.error,
    warnings: job.warningTexts && job.warningTexts.length === job.warnings.length ? job.warningTexts.map((w) => w[language]) : job.warnings,
  };
}

/** A CSV record with the number of the line it ends on. */
type NumberedRecord = [line: number, record: string[]];

/**
 * csv-parse's stream parser, each record paired with the line it ends on. The parser pushes each record
 * the moment it completes it, so its running line count is the record's; csv-parse's own `info: true`
 * copies its whole statistics object per record, which costs a large file noticeably.
 */
class LineNumberedParser extends Parser {
  override push(record: unknown): boolean {
    return record === null ? super.push(null) : super.push([this.info.lines, record] satisfies [number, unknown]);
  }
}

/** The CreateCaseInput field of an import column: debtor_name -> debtorName, invoice_ref of claim 2 -> claims.2.invoiceRef. */
function inputField(column: string, claimIndex: number): string {
  const camel = column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return column.startsWith('debtor_') || column === 'currency' || column === 'creditor_ref' ? camel : `claims.${claimIndex}.${camel}`;
}
