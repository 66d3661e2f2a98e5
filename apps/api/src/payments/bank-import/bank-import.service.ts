import { Inject, Injectable } from '@nestjs/common';
import {
  doubleBookingReason, fill, joinTexts, normalizeIban, possibleDoubleBooking, statementAccount, untranslated, type LocalizedText, type TextLanguage,
} from '@mahnwerk/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppError, badInput, conflict } from '../../common/errors.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import { MetricsService } from '../../observability/metrics.service.js';
import type { BankImportResultModel, OwnBankAccountModel } from './bank-import.model.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import { BankImportRepository, type BankTransactionRecord } from './bank-import.repository.js';
import { BankReconciliationService } from './bank-reconciliation.service.js';
import { parseCamt053 } from './camt053-parser.js';
import type {
  BankCsvMappingInput, BankStatementPreviewInput, BankStatementPreviewModel, BankStatementPreviewRowModel,
} from './bank-csv-mapping.model.js';
import { toLayoutModel } from './bank-csv-mapping.model.js';
import { BankCsvMappingService } from './bank-csv-mapping.service.js';
import { detectCsvLayout } from './csv-layout-detection.js';
import { readMappedCsv, toParsedStatement, type MappedCsv } from './csv-mapped-parser.js';
import { mappingProblems, type CsvMapping } from './csv-mapping.js';
import { hasStandardHeader, parseCsvStatement } from './csv-statement-parser.js';
import { chooseCase, remittanceReferences } from './reference-match.js';
import { StatementFormatError, type ParsedStatement, type StatementSource } from './statement-line.js';

export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

const PG_DEADLOCK = '40P01';
const PG_SERIALIZATION = '40001';

export interface ImportRequest {
  format: StatementSource;
  content: string;
  fileName?: string | null;
  mappingId?: string | null;
  mapping?: BankCsvMappingInput | null;
  /** The account the statement is for, chosen by the person when neither the file nor its mapping names one. */
  accountIban?: string | null;
}

export const MAX_PREVIEW_ROWS = 200;

/**
 * Imports a bank statement in one transaction: the statement row, every new credit line, the
 * payments booked for lines matched by reference, their activities, audit events and live events
 * commit together or not at all. Lines are idempotent by the bank's transaction id.
 */
@Injectable()
export class BankImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: BankImportRepository,
    private readonly reconciliation: BankReconciliationService,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
    private readonly mappings: BankCsvMappingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Imports the statement; the rejected lines' messages in `language` (refusals are translated by the error filter). */
  async import(user: AuthUser, request: ImportRequest, language: TextLanguage = 'en'): Promise<BankImportResultModel> {
    const fileName = validateImportRequest(request);
    const mapping = await this.mappingFor(request);
    const read = parseStatement(request.format, request.content, mapping);
    const parsed = { ...read, accountIban: await this.accountOf(read.accountIban, request.accountIban ?? null) };
    const via = mapping ? { mappingId: request.mappingId ?? null, mappingName: mapping.name } : {};
    try {
      const result = await this.db.transaction((manager) => this.store(manager, user, parsed, fileName, via));
      this.metrics.importRows('bank_statement', { imported: result.imported, duplicate: result.duplicates, rejected: result.rejected.length, skipped: result.skippedDebits });
      return { ...result, rejected: parsed.rejected.map((r) => ({ line: r.line, message: r.texts[language], column: r.column ?? null })) };
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === PG_DEADLOCK || code === PG_SERIALIZATION) {
        throw conflict(T.sameMoment);
      }
      throw error;
    }
  }

  /**
   * What importing the file would read, importing nothing: a CSV through the mapping given, else
   * the standard header, else the layout guessed from the file (returned as `detected` to start a
   * mapping from). A file that cannot be read as a whole answers with `problem` instead of rows. The
   * problems are worded in `language`.
   */
  async preview(input: BankStatementPreviewInput, language: TextLanguage = 'en'): Promise<BankStatementPreviewModel> {
    validateImportRequest({ format: input.format, content: input.content });
    const limit = input.limit ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PREVIEW_ROWS) {
      throw badInput(fill(T.limitRange, { max: MAX_PREVIEW_ROWS }), 'limit');
    }
    const mapping = await this.mappingFor(input);
    const empty: BankStatementPreviewModel = {
      format: input.format, problem: null, accountIban: null, headerLine: null, columns: [], layout: null, detected: null,
      totalRows: 0, credits: 0, debits: 0, rejected: 0, rows: [],
    };
    if (input.format === 'CAMT053') {
      return this.withImported(previewOf(empty, parseOrProblem(() => parseCamt053(input.content)), language), limit);
    }
    if (input.content.replace(/^\uFEFF/, '').trimStart().startsWith('<')) {
      return { ...empty, problem: T.looksLikeXml[language] };
    }
    const detected = detectCsvLayout(input.content);
    const layout = mapping ?? (hasStandardHeader(input.content) ? null : detected.mapping);
    const base = { ...empty, detected: toLayoutModel(detected.mapping), columns: detected.columns, headerLine: detected.headerLine };
    const unknown = mapping ? [] : mappingProblems({ ...detected.mapping, name: detected.mapping.name || 'detected' });
    if (layout && unknown.length) {
      return { ...base, problem: fill(T.headerNotRecognised, { problems: joinTexts(unknown.map((p) => p.texts)) })[language] };
    }
    if (!layout) return this.withImported(previewOf(base, parseOrProblem(() => parseCsvStatement(input.content)), language), limit);
    let csv: MappedCsv;
    try {
      csv = readMappedCsv(input.content, layout);
    } catch (error) {
      if (!(error instanceof StatementFormatError)) throw error;
      return { ...base, layout: toLayoutModel(layout), problem: error.texts[language] };
    }
    const rows = csv.rows.map((r): BankStatementPreviewRowModel => ({
      ...r, alreadyImported: false, errors: r.errors.map((e) => ({ column: e.column, message: e.texts[language] })),
    }));
    return this.withImported({
      ...base, layout: toLayoutModel(layout), accountIban: layout.accountIban, headerLine: csv.headerLine, columns: csv.columns,
      totalRows: rows.length,
      credits: rows.filter((r) => r.kind === 'CREDIT').length,
      debits: rows.filter((r) => r.kind === 'DEBIT').length,
      rejected: rows.filter((r) => r.kind === 'REJECTED').length,
      rows,
    }, limit);
  }

  /**
   * The agency's own accounts, for which statements are imported: AGENCY_IBAN, BANK_OWN_ACCOUNTS and
   * the creditors' IBANs (each once, in that order).
   */
  async ownAccounts(): Promise<OwnBankAccountModel[]> {
    const agency = this.config.agency;
    const all = [
      { iban: agency.account.iban, holder: agency.account.holder },
      ...this.config.bankOwnAccounts.map((iban) => ({ iban, holder: agency.name })),
      ...(await this.repository.creditorAccounts()),
    ];
    const seen = new Set<string>();
    return all.flatMap((account) => {
      const iban = normalizeIban(account.iban);
      if (seen.has(iban)) return [];
      seen.add(iban);
      return [{ iban, holder: account.holder }];
    });
  }

  /**
   * The account the statement is for (the domain's statementAccount): the one the file or mapping
   * names, else the one chosen; it must be one of ownAccounts. Refused with BAD_USER_INPUT otherwise.
   */
  private async accountOf(named: string | null, chosen: string | null): Promise<string> {
    const own = (await this.ownAccounts()).map((a) => a.iban);
    const account = statementAccount(named, chosen, own);
    if (account.problem !== null) throw badInput(account.problem, named?.trim() && !chosen?.trim() ? 'content' : 'accountIban');
    return account.iban;
  }

  /** Cuts the rows to `limit` and marks those whose transaction id was imported before. */
  private async withImported(preview: BankStatementPreviewModel, limit: number): Promise<BankStatementPreviewModel> {
    const rows = preview.rows.slice(0, limit);
    const known = new Set(await this.repository.existingTransactionIds(rows.flatMap((r) => (r.transactionId ? [r.transactionId] : []))));
    return { ...preview, rows: rows.map((r) => ({ ...r, alreadyImported: r.transactionId !== null && known.has(r.transactionId) })) };
  }

  private async mappingFor(request: { format: StatementSource; mappingId?: string | null; mapping?: BankCsvMappingInput | null }) {
    if (request.format !== 'CSV' && (request.mappingId || request.mapping)) {
      throw badInput(T.mappingCsvOnly, request.mappingId ? 'mappingId' : 'mapping');
    }
    return this.mappings.resolve(request);
  }

  private async store(
    manager: EntityManager, user: AuthUser, parsed: ParsedStatement, fileName: string | null,
    via: { mappingId?: string | null; mappingName?: string },
  ): Promise<BankImportResultModel> {
    const statementId = await this.repository.insertStatement(parsed, fileName, user.id, manager);
    let matched = 0;
    let unmatched = 0;
    let review = 0;
    let duplicates = 0;
    for (const line of parsed.credits) {
      const tx = await this.repository.insertTransaction(statementId, line, manager);
      if (!tx) {
        duplicates += 1;
        continue;
      }
      const outcome = await this.matchByReference(manager, user, tx);
      if (outcome === 'MATCHED') matched += 1;
      else if (outcome === 'REVIEW') review += 1;
      else unmatched += 1;
    }
    const counts = {
      imported: matched + unmatched + review, matched, unmatched, review, duplicates,
      skippedDebits: parsed.skippedDebits, rejected: parsed.rejected.length,
    };
    await this.repository.finishStatement(statementId, {
      ...counts, totalLines: counts.imported + duplicates + counts.skippedDebits + counts.rejected,
    }, manager);
    await this.audit.record(manager, {
      actorId: user.id, action: 'bank_statement.import', entity: 'bank_statement', entityId: statementId,
      after: {
        source: parsed.source, fileName, accountIban: parsed.accountIban, statementRef: parsed.statementRef, ...via, ...counts,
        rejectedLines: parsed.rejected.map((r) => r.line),
      },
    });
    return { statementId, ...counts, rejected: parsed.rejected.map((r) => ({ line: r.line, message: r.message, column: r.column ?? null })) };
  }

  /**
   * Books the line on the one open case its references name; otherwise records why not. A line that
   * looks like a manual payment already on that case (the domain's possibleDoubleBooking) waits in
   * REVIEW instead of being booked twice.
   */
  private async matchByReference(
    manager: EntityManager, user: AuthUser, tx: BankTransactionRecord,
  ): Promise<'MATCHED' | 'UNMATCHED' | 'REVIEW'> {
    const hits = await this.repository.referenceHits(remittanceReferences(tx.remittanceInformation), manager);
    const choice = chooseCase(hits, tx.currency);
    let reason: LocalizedText;
    if (choice.matched) {
      const earlier = possibleDoubleBooking(tx, await this.repository.manualPaymentsOf(choice.caseId, manager));
      if (earlier) {
        await this.repository.markReview(tx.id, { caseId: choice.caseId, paymentId: earlier.id, reason: doubleBookingReason(earlier) }, manager);
        return 'REVIEW';
      }
      try {
        await this.reconciliation.matchIn(manager, user, tx, choice.caseId, 'REFERENCE');
        return 'MATCHED';
      } catch (error) {
        // A refusal by the payment rules (e.g. a booking date after today) is raised before
        // anything is written: the line waits for a person, with the rule's message.
        if (!(error instanceof AppError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
        reason = fill(T.matchesButRefused, { reference: choice.reference, reason: error.texts ?? untranslated(error.message) });
      }
    } else {
      reason = choice.reason;
    }
    await this.repository.markUnmatched(tx.id, reason, manager);
    return 'UNMATCHED';
  }
}

/** Checks what GraphQL cannot: size, emptiness, the file name; returns the cleaned file name. */
export function validateImportRequest(request: ImportRequest): string | null {
  if (request.format !== 'CAMT053' && request.format !== 'CSV') {
    throw badInput(fill(T.unknownFormat, { format: String(request.format) }), 'format');
  }
  const bytes = Buffer.byteLength(request.content, 'utf8');
  if (bytes > MAX_STATEMENT_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    throw badInput(
      fill(T.fileTooLarge, { size: { en: size, de: size.replace('.', ','), da: size.replace('.', ',') }, max: MAX_STATEMENT_BYTES / 1024 / 1024 }),
      'content',
    );
  }
  if (!request.content.trim()) throw badInput(T.fileEmpty, 'content');
  if (request.accountIban && request.accountIban.length > 64) throw badInput(T.accountNotIban, 'accountIban');
  const fileName = request.fileName?.trim() || null;
  if (fileName && fileName.length > MAX_FILE_NAME_LENGTH) {
    throw badInput(fill(T.fileNameTooLong, { max: MAX_FILE_NAME_LENGTH }), 'fileName');
  }
  return fileName;
}

function parseStatement(format: StatementSource, content: string, mapping: CsvMapping | null): ParsedStatement {
  try {
    if (format === 'CAMT053') return parseCamt053(content);
    return mapping ? toParsedStatement(readMappedCsv(content, mapping), mapping) : parseCsvStatement(content);
  } catch (error) {
    if (error instanceof StatementFormatError) throw badInput(error.texts, 'content');
    throw error;
  }
}

function parseOrProblem(parse: () => ParsedStatement): ParsedStatement | LocalizedText {
  try {
    return parse();
  } catch (error) {
    if (error instanceof StatementFormatError) return error.texts;
    throw error;
  }
}

/** A preview from a parser's result: credits and rejected lines in file order (debits are only counted). */
function previewOf(base: BankStatementPreviewModel, parsed: ParsedStatement | LocalizedText, language: TextLanguage): BankStatementPreviewModel {
  if (!('credits' in parsed)) return { ...base, problem: parsed[language] };
  const rows: BankStatementPreviewRowModel[] = [
    ...parsed.credits.map((c): BankStatementPreviewRowModel => ({
      line: c.line, kind: 'CREDIT', bookingDate: c.bookingDate, valueDate: c.valueDate, amountCents: c.amountCents,
      currency: c.currency, counterpartyName: c.debtorName, counterpartyIban: c.debtorIban, reference: c.remittanceInformation,
      transactionId: c.bankTransactionId, transactionIdDerived: /^(camt|csv)-[0-9a-f]{64}$/.test(c.bankTransactionId),
      alreadyImported: false, errors: [],
    })),
    ...parsed.rejected.map((r): BankStatementPreviewRowModel => ({
      line: r.line, kind: 'REJECTED', bookingDate: null, valueDate: null, amountCents: null, currency: null,
      counterpartyName: null, counterpartyIban: null, reference: '', transactionId: null, transactionIdDerived: false,
      alreadyImported: false, errors: [{ column: r.column ?? null, message: r.texts[language] }],
    })),
  ].sort((a, b) => a.line - b.line);
  return {
    ...base, accountIban: parsed.accountIban, totalRows: parsed.credits.length + parsed.rejected.length + parsed.skippedDebits,
    credits: parsed.credits.length, debits: parsed.skippedDebits, rejected: parsed.rejected.length, rows,
  };
}
