import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppError, badInput, conflict } from '../../common/errors.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import { MetricsService } from '../../observability/metrics.service.js';
import type { BankImportResultModel } from './bank-import.model.js';
import { BankImportRepository, type BankTransactionRecord } from './bank-import.repository.js';
import { BankReconciliationService } from './bank-reconciliation.service.js';
import { parseCamt053 } from './camt053-parser.js';
import { parseCsvStatement } from './csv-statement-parser.js';
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
}

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
  ) {}

  async import(user: AuthUser, request: ImportRequest): Promise<BankImportResultModel> {
    const fileName = validateImportRequest(request);
    const parsed = parseStatement(request.format, request.content);
    try {
      const result = await this.db.transaction((manager) => this.store(manager, user, parsed, fileName));
      this.metrics.importRows('bank_statement', { imported: result.imported, duplicate: result.duplicates, rejected: result.rejected.length, skipped: result.skippedDebits });
      return result;
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === PG_DEADLOCK || code === PG_SERIALIZATION) {
        throw conflict('Another change touched the same cases at the same moment; import the file again (lines already imported count as duplicates).');
      }
      throw error;
    }
  }

  private async store(
    manager: EntityManager, user: AuthUser, parsed: ParsedStatement, fileName: string | null,
  ): Promise<BankImportResultModel> {
    const statementId = await this.repository.insertStatement(parsed, fileName, user.id, manager);
    let matched = 0;
    let unmatched = 0;
    let duplicates = 0;
    for (const line of parsed.credits) {
      const tx = await this.repository.insertTransaction(statementId, line, manager);
      if (!tx) {
        duplicates += 1;
        continue;
      }
      if (await this.matchByReference(manager, user, tx)) matched += 1;
      else unmatched += 1;
    }
    const counts = {
      imported: matched + unmatched, matched, unmatched, duplicates,
      skippedDebits: parsed.skippedDebits, rejected: parsed.rejected.length,
    };
    await this.repository.finishStatement(statementId, {
      ...counts, totalLines: counts.imported + duplicates + counts.skippedDebits + counts.rejected,
    }, manager);
    await this.audit.record(manager, {
      actorId: user.id, action: 'bank_statement.import', entity: 'bank_statement', entityId: statementId,
      after: {
        source: parsed.source, fileName, accountIban: parsed.accountIban, statementRef: parsed.statementRef, ...counts,
        rejectedLines: parsed.rejected.map((r) => r.line),
      },
    });
    return { statementId, ...counts, rejected: parsed.rejected };
  }

  /** Books the line on the one open case its references name; otherwise records why not. */
  private async matchByReference(manager: EntityManager, user: AuthUser, tx: BankTransactionRecord): Promise<boolean> {
    const hits = await this.repository.referenceHits(remittanceReferences(tx.remittanceInformation), manager);
    const choice = chooseCase(hits, tx.currency);
    let reason: string;
    if (choice.matched) {
      try {
        await this.reconciliation.matchIn(manager, user, tx, choice.caseId, 'REFERENCE');
        return true;
      } catch (error) {
        // A refusal by the payment rules (e.g. a booking date after today) is raised before
        // anything is written: the line waits for a person, with the rule's message.
        if (!(error instanceof AppError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
        reason = `Matches ${choice.reference}, but the payment was refused: ${error.message}`;
      }
    } else {
      reason = choice.reason;
    }
    await this.repository.markUnmatched(tx.id, reason, manager);
    return false;
  }
}

/** Checks what GraphQL cannot: size, emptiness, the file name; returns the cleaned file name. */
export function validateImportRequest(request: ImportRequest): string | null {
  if (request.format !== 'CAMT053' && request.format !== 'CSV') {
    throw badInput(`Unknown statement format "${String(request.format)}"; use CAMT053 or CSV.`, 'format');
  }
  const bytes = Buffer.byteLength(request.content, 'utf8');
  if (bytes > MAX_STATEMENT_BYTES) {
    throw badInput(
      `The file has ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_STATEMENT_BYTES / 1024 / 1024} MB. Split the statement into smaller files.`,
      'content',
    );
  }
  if (!request.content.trim()) throw badInput('The file is empty.', 'content');
  const fileName = request.fileName?.trim() || null;
  if (fileName && fileName.length > MAX_FILE_NAME_LENGTH) {
    throw badInput(`The file name is longer than ${MAX_FILE_NAME_LENGTH} characters.`, 'fileName');
  }
  return fileName;
}

function parseStatement(format: StatementSource, content: string): ParsedStatement {
  try {
    return format === 'CAMT053' ? parseCamt053(content) : parseCsvStatement(content);
  } catch (error) {
    if (error instanceof StatementFormatError) throw badInput(error.message, 'content');
    throw error;
  }
}
